#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void installTranslations(QCoreApplication &app) {
    auto *own = new QTranslator(&app);
    // Without a catalogue for the user's language, English: its plural forms ("1 message").
    if (own->load(QLocale(), QStringLiteral("bridgehead"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/bridgehead_en.qm")))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (Cancel, Apply, the --help headings) come from Qt's catalogues.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
