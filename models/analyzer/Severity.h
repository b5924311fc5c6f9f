#pragma once

// How much a finding matters, from worst to mildest, with the stable names the command line and
// its JSON use ("error", "warning", "info") and the words the console shows.

#include <QString>

#include <optional>

namespace analyzer {

enum class Severity { Error, Warning, Info };

inline constexpr Severity AllSeverities[] = {Severity::Error, Severity::Warning, Severity::Info};

// "error", "warning", "info": never translated.
QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);
// "Error", "Warning", "Information", translated.
QString severityText(Severity severity);
// "1 error", "4 warnings", "3 info", translated.
QString severityCount(Severity severity, int count);
// The icon resource: ":/icons/error.svg" …
QString severityIconPath(Severity severity);

} // namespace analyzer
