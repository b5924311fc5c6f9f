#include "SyncProtocol.h"

#include <memory>

namespace directory::sync {

namespace {

struct BerFree {
    void operator()(BerElement *ber) const { ber_free(ber, 1); }
};
using Ber = std::unique_ptr<BerElement, BerFree>;

Ber reader(const QByteArray &value) {
    berval bv{ber_len_t(value.size()), const_cast<char *>(value.constData())};
    return Ber(ber_init(&bv)); // copies the bytes
}

QByteArray bytes(const berval &bv) {
    return bv.bv_val ? QByteArray(bv.bv_val, qsizetype(bv.bv_len)) : QByteArray();
}

// Skips an optional cookie (OCTET STRING) at the reader's position.
bool skipCookie(BerElement *ber) {
    ber_len_t len = 0;
    if (ber_peek_tag(ber, &len) != LDAP_TAG_SYNC_COOKIE)
        return true;
    berval cookie{0, nullptr};
    return ber_scanf(ber, "m", &cookie) != LBER_ERROR;
}

// Reads an optional BOOLEAN at the reader's position into *flag (left as is when absent).
bool readOptionalBoolean(BerElement *ber, bool *flag) {
    ber_len_t len = 0;
    if (ber_peek_tag(ber, &len) != LBER_BOOLEAN)
        return true;
    ber_int_t value = 0;
    if (ber_scanf(ber, "b", &value) == LBER_ERROR)
        return false;
    *flag = value != 0;
    return true;
}

} // namespace

QByteArray requestControlValue(int mode) {
    BerElement *ber = ber_alloc_t(LBER_USE_DER);
    if (!ber)
        return {};
    QByteArray out;
    berval *flat = nullptr;
    // syncRequestValue ::= SEQUENCE { mode ENUMERATED, cookie OPTIONAL, reloadHint DEFAULT FALSE }
    if (ber_printf(ber, "{e}", ber_int_t(mode)) != -1 && ber_flatten(ber, &flat) == 0 && flat) {
        out = bytes(*flat);
        ber_bvfree(flat);
    }
    ber_free(ber, 1);
    return out;
}

std::optional<StateControl> decodeState(const QByteArray &value) {
    // syncStateValue ::= SEQUENCE { state ENUMERATED, entryUUID OCTET STRING, cookie OPTIONAL }
    Ber ber = reader(value);
    if (!ber)
        return std::nullopt;
    ber_int_t state = 0;
    berval uuid{0, nullptr};
    if (ber_scanf(ber.get(), "{em", &state, &uuid) == LBER_ERROR)
        return std::nullopt;
    if (state < LDAP_SYNC_PRESENT || state > LDAP_SYNC_DELETE)
        return std::nullopt;
    return StateControl{EntryState(state), bytes(uuid)};
}

std::optional<InfoMessage> decodeInfo(const QByteArray &value) {
    Ber ber = reader(value);
    if (!ber)
        return std::nullopt;
    InfoMessage info;
    ber_len_t len = 0;
    switch (ber_peek_tag(ber.get(), &len)) {
    case LDAP_TAG_SYNC_NEW_COOKIE:
        info.kind = InfoMessage::Kind::NewCookie;
        return info;
    case LDAP_TAG_SYNC_REFRESH_DELETE:
    case LDAP_TAG_SYNC_REFRESH_PRESENT: {
        info.kind = ber_peek_tag(ber.get(), &len) == LDAP_TAG_SYNC_REFRESH_DELETE
                        ? InfoMessage::Kind::RefreshDelete
                        : InfoMessage::Kind::RefreshPresent;
        // [1|2] SEQUENCE { cookie OPTIONAL, refreshDone BOOLEAN DEFAULT TRUE }
        if (ber_scanf(ber.get(), "{") == LBER_ERROR || !skipCookie(ber.get()) ||
            !readOptionalBoolean(ber.get(), &info.refreshDone))
            return std::nullopt;
        return info;
    }
    case LDAP_TAG_SYNC_ID_SET: {
        info.kind = InfoMessage::Kind::IdSet;
        // [3] SEQUENCE { cookie OPTIONAL, refreshDeletes BOOLEAN DEFAULT FALSE, syncUUIDs SET OF }
        if (ber_scanf(ber.get(), "{") == LBER_ERROR || !skipCookie(ber.get()) ||
            !readOptionalBoolean(ber.get(), &info.refreshDeletes))
            return std::nullopt;
        BerVarray uuids = nullptr;
        if (ber_scanf(ber.get(), "[W]", &uuids) == LBER_ERROR)
            return std::nullopt;
        for (int i = 0; uuids && uuids[i].bv_val; ++i)
            info.uuids.append(bytes(uuids[i]));
        ber_bvarray_free(uuids);
        return info;
    }
    default:
        return std::nullopt;
    }
}

std::optional<DoneControl> decodeDone(const QByteArray &value) {
    // syncDoneValue ::= SEQUENCE { cookie OPTIONAL, refreshDeletes BOOLEAN DEFAULT FALSE }
    Ber ber = reader(value);
    DoneControl done;
    if (!ber || ber_scanf(ber.get(), "{") == LBER_ERROR || !skipCookie(ber.get()) ||
        !readOptionalBoolean(ber.get(), &done.refreshDeletes))
        return std::nullopt;
    return done;
}

std::optional<StateControl> stateOf(LDAP *ld, LDAPMessage *entry) {
    LDAPControl **controls = nullptr;
    if (ldap_get_entry_controls(ld, entry, &controls) != LDAP_SUCCESS || !controls)
        return std::nullopt;
    std::optional<StateControl> out;
    if (LDAPControl *c = ldap_control_find(LDAP_CONTROL_SYNC_STATE, controls, nullptr))
        out = decodeState(bytes(c->ldctl_value));
    ldap_controls_free(controls);
    return out;
}

std::optional<InfoMessage> infoOf(LDAP *ld, LDAPMessage *intermediate) {
    char *oid = nullptr;
    berval *data = nullptr;
    if (ldap_parse_intermediate(ld, intermediate, &oid, &data, nullptr, 0) != LDAP_SUCCESS)
        return std::nullopt;
    std::optional<InfoMessage> out;
    if (oid && qstrcmp(oid, LDAP_SYNC_INFO) == 0 && data)
        out = decodeInfo(bytes(*data));
    ldap_memfree(oid);
    ber_bvfree(data);
    return out;
}

} // namespace directory::sync
