#pragma once

// The client side of RFC 4533 (LDAP Content Synchronization) as plain encode/decode functions:
// the Sync Request control we send, and the Sync State control, Sync Info message and Sync Done
// control slapd answers with. libldap's own ldap_sync_poll() reads several messages at once and
// then handles only the first of them (and drops the rest after a refreshDone), so the change feed
// reads one message at a time itself and decodes it here.

#include <QByteArray>
#include <QList>

#include <ldap.h>

#include <optional>

namespace directory::sync {

enum class EntryState {
    Present = LDAP_SYNC_PRESENT,
    Add = LDAP_SYNC_ADD,
    Modify = LDAP_SYNC_MODIFY,
    Delete = LDAP_SYNC_DELETE
};

struct StateControl {
    EntryState state = EntryState::Add;
    QByteArray uuid; // the entry's entryUUID, 16 raw bytes
};

struct InfoMessage {
    enum class Kind { NewCookie, RefreshDelete, RefreshPresent, IdSet };
    Kind kind = Kind::NewCookie;
    bool refreshDone = true;     // RefreshDelete / RefreshPresent: the refresh phase is over
    bool refreshDeletes = false; // IdSet: the UUIDs are deleted entries (else: present ones)
    QList<QByteArray> uuids;     // IdSet
};

struct DoneControl {
    bool refreshDeletes = false;
};

// The BER value of the Sync Request control for `mode` (LDAP_SYNC_REFRESH_AND_PERSIST …).
QByteArray requestControlValue(int mode);

// The Sync State control of a search entry, if it carries one.
std::optional<StateControl> stateOf(LDAP *ld, LDAPMessage *entry);
// A Sync Info intermediate response; nothing for other intermediates or undecodable ones.
std::optional<InfoMessage> infoOf(LDAP *ld, LDAPMessage *intermediate);
// Decoders of the raw values, for the functions above and for tests.
std::optional<StateControl> decodeState(const QByteArray &value);
std::optional<InfoMessage> decodeInfo(const QByteArray &value);
std::optional<DoneControl> decodeDone(const QByteArray &value);

} // namespace directory::sync
