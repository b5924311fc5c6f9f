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
    // One form for one and one for any other number: English and German need no more.
    const bool one = count == 1;
    switch (severity) {
    case Severity::Error:
        return one ? QCoreApplication::translate("analyzer::Severity", "1 error")
                   : QCoreApplication::translate("analyzer::Severity", "%1 errors").arg(count);
    case Severity::Warning:
        return one ? QCoreApplication::translate("analyzer::Severity", "1 warning")
                   : QCoreApplication::translate("analyzer::Severity", "%1 warnings").arg(count);
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("analyzer::Severity", "%1 info").arg(count);
}

QString severityIconPath(Severity severity) {
    return QStringLiteral(":/icons/%1.svg").arg(severityName(severity));
}

} // namespace analyzer
