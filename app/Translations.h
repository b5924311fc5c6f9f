#pragma once

// Loads Bridgehead's own translation (embedded) and Qt's (Debian's qt6-translations-l10n) for
// the system locale, for the console and the command line alike.

class QCoreApplication;

void installTranslations(QCoreApplication &app);
