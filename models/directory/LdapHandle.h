#pragma once

// Owns one libldap handle (LDAP*) for the thread that created it: initializes it from
// ConnectionSettings, runs TLS and the bind, converts messages into Entry and LdapResult.
// Used by the connection worker and the change feed so both connect the same way.

#include "ConnectionSettings.h"
#include "Entry.h"
#include "LdapResult.h"
#include "Requests.h"
#include "ServerFeatures.h"

#include <QHash>

#include <ldap.h>

#include <memory>
#include <vector>

namespace directory {

class LdapHandle {
public:
    LdapHandle() = default;
    ~LdapHandle() { close(); }
    LdapHandle(const LdapHandle &) = delete;
    LdapHandle &operator=(const LdapHandle &) = delete;

    // Initializes, connects, starts TLS if asked and binds. Blocks the calling (worker) thread for
    // at most the settings' timeout per step. On success, identity() holds the bound identity.
    LdapResult open(const ConnectionSettings &settings);
    void close();

    bool isOpen() const { return m_ld != nullptr; }
    LDAP *get() const { return m_ld; }
    int socket() const;
    QString identity() const { return m_identity; }
    // What the server offers, read from its root DSE right after the bind.
    const ServerFeatures &features() const { return m_features; }
    // Reads the root DSE again (blocking, at most the timeout); an empty entry if it cannot.
    Entry readRootDse();

    // The error state of the handle after a libldap call returned `rc`.
    LdapResult errorFor(int rc) const;
    // Parses a result message (does not free it). Server controls are returned if asked.
    LdapResult parseResult(LDAPMessage *msg, LDAPControl ***serverControls = nullptr) const;
    Entry toEntry(LDAPMessage *msg) const;

    // Called once before any thread uses libldap: its global options are not thread-safe to set up.
    static void initializeLibrary();

private:
    // Whether a plain TCP connection to the URI's host and port succeeds (runs on worker threads only).
    static bool tcpReachable(const QString &uri, int timeoutSeconds);
    // Why a plain TCP connection to the URI's host and port fails, in words for the user (refused,
    // timed out, unknown host); "" when it connects.
    static QString tcpFailure(const QString &uri, int timeoutSeconds);
    // A server that took the connection and then said nothing, in words for the user.
    static QString silentServer(const ConnectionSettings &settings);

    LDAP *m_ld = nullptr;
    QString m_identity;
    ServerFeatures m_features;
    int m_timeoutSeconds = 5;
    mutable QHash<QByteArray, QString> m_attributeNames;
};

// Owned LDAPMod** built from our Modification values.
class ModList {
public:
    explicit ModList(const QList<Modification> &mods, bool forAdd);
    LDAPMod **get() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<berval> m_values;
    std::vector<std::vector<berval *>> m_valuePointers;
    std::vector<LDAPMod> m_mods;
    std::vector<LDAPMod *> m_pointers;
};

// Owned, null-terminated LDAPControl* array.
class ControlList {
public:
    ControlList() = default;
    ~ControlList();
    ControlList(const ControlList &) = delete;
    ControlList &operator=(const ControlList &) = delete;
    // Takes ownership of a control allocated by libldap.
    void adopt(LDAPControl *control);
    // A control we build ourselves (copied value; an empty value is sent as present but empty,
    // which slapd's transaction identifiers are).
    void add(const char *oid, const QByteArray &value, bool critical);
    // A control that has no value at all (tree delete, server notification, show deleted).
    void addWithoutValue(const char *oid, bool critical);
    LDAPControl **get();

private:
    std::vector<LDAPControl *> m_owned; // freed with ldap_control_free
    std::vector<std::unique_ptr<LDAPControl>> m_local;
    std::vector<QByteArray> m_localValues;
    std::vector<LDAPControl *> m_array;
};

} // namespace directory
