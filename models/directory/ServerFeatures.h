#pragma once

// What a directory server offers, as its root DSE says: the controls, extensions and capabilities
// Bridgehead chooses its ways of reading, following and writing by. Parsed in one place.

#include "Entry.h"

#include <QMetaType>

namespace directory {

struct ServerFeatures {
    bool known = false;              // the root DSE was read
    bool syncReplication = false;    // RFC 4533 (slapd's syncprov)
    bool transactions = false;       // RFC 5805
    bool assertion = false;          // RFC 4528 assertion control
    bool pagedResults = false;       // RFC 2696
    bool activeDirectory = false;    // supportedCapabilities names Active Directory
    bool serverNotification = false; // AD LDAP_SERVER_NOTIFICATION_OID
    bool showDeleted = false;        // AD LDAP_SERVER_SHOW_DELETED_OID
    QString configurationNamingContext;
    QString schemaNamingContext;
    QString defaultNamingContext;
    QStringList namingContexts;
    qint64 highestCommittedUsn = -1; // AD: the newest update sequence number at the time of reading

    static constexpr auto SyncOid = "1.3.6.1.4.1.4203.1.9.1.1";
    static constexpr auto TransactionStartOid = "1.3.6.1.1.21.1";
    static constexpr auto AssertionOid = "1.3.6.1.1.12";
    static constexpr auto PagedResultsOid = "1.2.840.113556.1.4.319";
    static constexpr auto ActiveDirectoryOid = "1.2.840.113556.1.4.800";
    static constexpr auto ServerNotificationOid = "1.2.840.113556.1.4.528";
    static constexpr auto ShowDeletedOid = "1.2.840.113556.1.4.417";

    static ServerFeatures fromRootDse(const Entry &rootDse);
    // The attributes to ask the root DSE for.
    static QStringList rootDseAttributes();
};

} // namespace directory

Q_DECLARE_METATYPE(directory::ServerFeatures)
