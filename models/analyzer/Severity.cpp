#include "Severity.h"

#include <QCoreApplication>

namespace analyzer {

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

std::optional<Severity> severityFromName(const QString &name) {
    for (Severity s : AllSeverities)
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString severityText(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("analyzer::Severity", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("analyzer::Severity", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("analyzer::Severity", "Information");
}

QString severityCount(Severity severity, int count) {
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("analyzer::Severity", "%n error(s)", nullptr, count);
    case Severity::Warning:
        return QCoreApplication::translate("analyzer::Severity", "%n warning(s)", nullptr, count);
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("analyzer::Severity", "%n info", nullptr, count);
}

QString severityIconPath(Severity severity) {
    return QStringLiteral(":/icons/%1.svg").arg(severityName(severity));
}

} // namespace analyzer
