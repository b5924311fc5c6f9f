#include "ServerFeatures.h"

namespace directory {

ServerFeatures ServerFeatures::fromRootDse(const Entry &dse) {
    ServerFeatures f;
    f.known = true;
    const QStringList controls = dse.strings(QStringLiteral("supportedControl"));
    const QStringList extensions = dse.strings(QStringLiteral("supportedExtension"));
    const QStringList capabilities = dse.strings(QStringLiteral("supportedCapabilities"));
    const auto offers = [](const QStringList &list, const char *oid) {
        return list.contains(QLatin1String(oid));
    };
    f.syncReplication = offers(controls, SyncOid);
    f.transactions = offers(extensions, TransactionStartOid);
    f.assertion = offers(controls, AssertionOid);
    f.pagedResults = offers(controls, PagedResultsOid);
    f.activeDirectory = offers(capabilities, ActiveDirectoryOid);
    f.serverNotification = offers(controls, ServerNotificationOid);
    f.showDeleted = offers(controls, ShowDeletedOid);
    f.configurationNamingContext = dse.string(QStringLiteral("configurationNamingContext"));
    f.schemaNamingContext = dse.string(QStringLiteral("schemaNamingContext"));
    f.defaultNamingContext = dse.string(QStringLiteral("defaultNamingContext"));
    f.namingContexts = dse.strings(QStringLiteral("namingContexts"));
    f.highestCommittedUsn = dse.integer(QStringLiteral("highestCommittedUSN"), -1);
    return f;
}

QStringList ServerFeatures::rootDseAttributes() {
    return {QStringLiteral("supportedControl"),           QStringLiteral("supportedExtension"),
            QStringLiteral("supportedCapabilities"),      QStringLiteral("namingContexts"),
            QStringLiteral("configurationNamingContext"), QStringLiteral("schemaNamingContext"),
            QStringLiteral("defaultNamingContext"),       QStringLiteral("highestCommittedUSN")};
}

} // namespace directory
