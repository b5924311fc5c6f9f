#include "LdapHandle.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <algorithm>

#include <sys/time.h>

#include <csignal>
#include <mutex>

namespace directory {

bool LdapHandle::tcpReachable(const QString &uri, int timeoutSeconds) {
    LDAPURLDesc *url = nullptr;
    if (ldap_url_parse(uri.trimmed().toUtf8().constData(), &url) != LDAP_URL_SUCCESS || !url)
        return false;
    const QString host = QString::fromUtf8(url->lud_host ? url->lud_host : "localhost");
    const int port = url->lud_port
                         ? url->lud_port
                         : (QString::fromUtf8(url->lud_scheme) == QLatin1String("ldaps") ? 636 : 389);
    const bool isIpc = QString::fromUtf8(url->lud_scheme) == QLatin1String("ldapi");
    ldap_free_urldesc(url);
    if (isIpc)
        return false;
    QTcpSocket socket;
    socket.connectToHost(host.isEmpty() ? QStringLiteral("localhost") : host, quint16(port));
    const bool ok = socket.waitForConnected(std::max(1, timeoutSeconds) * 1000);
    socket.abort();
    return ok;
}

void LdapHandle::initializeLibrary() {
    static std::once_flag once;
    std::call_once(once, [] {
        int version = LDAP_VERSION3;
        ldap_set_option(nullptr, LDAP_OPT_PROTOCOL_VERSION, &version);
        // liblber writes with write(2): an unbind or request on a connection the server has closed
        // would raise SIGPIPE and end the process, where it should be an error on that connection.
        std::signal(SIGPIPE, SIG_IGN);
    });
}

int LdapHandle::socket() const {
    int fd = -1;
    if (m_ld)
        ldap_get_option(m_ld, LDAP_OPT_DESC, &fd);
    return fd;
}

void LdapHandle::close() {
    if (m_ld) {
        ldap_unbind_ext(m_ld, nullptr, nullptr);
        m_ld = nullptr;
    }
    m_identity.clear();
}

LdapResult LdapHandle::errorFor(int rc) const {
    QString diagnostic;
    if (m_ld) {
        char *text = nullptr;
        if (ldap_get_option(m_ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &text) == LDAP_OPT_SUCCESS && text) {
            diagnostic = QString::fromUtf8(text);
            ldap_memfree(text);
        }
    }
    return LdapResult::fromCode(rc, diagnostic);
}

LdapResult LdapHandle::open(const ConnectionSettings &settings) {
    initializeLibrary();
    close();
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return LdapResult::clientError(problem);

    const QByteArray uri = settings.uri.trimmed().toUtf8();
    int rc = ldap_initialize(&m_ld, uri.constData());
    if (rc != LDAP_SUCCESS || !m_ld) {
        m_ld = nullptr;
        return LdapResult::clientError(
            QCoreApplication::translate("directory::LdapHandle", "The address %1 is not a valid LDAP URI.")
                .arg(settings.uri));
    }
    int version = LDAP_VERSION3;
    ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    ldap_set_option(m_ld, LDAP_OPT_RESTART, LDAP_OPT_ON);
    timeval timeout{settings.timeoutSeconds > 0 ? settings.timeoutSeconds : 5, 0};
    ldap_set_option(m_ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(m_ld, LDAP_OPT_TIMEOUT, &timeout);

    const auto tls = settings.effectiveTls();
    if (tls != ConnectionSettings::Tls::None) {
        int require = settings.verifyCertificate ? LDAP_OPT_X_TLS_DEMAND : LDAP_OPT_X_TLS_NEVER;
        ldap_set_option(m_ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &require);
        if (!settings.caFile.isEmpty()) {
            const QByteArray ca = settings.caFile.toUtf8();
            ldap_set_option(m_ld, LDAP_OPT_X_TLS_CACERTFILE, ca.constData());
        }
        int isServer = 0;
        ldap_set_option(m_ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
    }

    auto tlsFailure = [&](int code) {
        LdapResult r = errorFor(code);
        const QString diag = r.diagnostic();
        // libldap often reports a failed handshake as "can't contact server"; if the port answers
        // plain TCP, the handshake (in practice: certificate verification) is what failed.
        if (diag.contains(QLatin1String("certificate"), Qt::CaseInsensitive) ||
            diag.contains(QLatin1String("TLS"), Qt::CaseInsensitive) ||
            diag.contains(QLatin1String("verif"), Qt::CaseInsensitive) ||
            tcpReachable(settings.uri, settings.timeoutSeconds))
            r.setMessage(QCoreApplication::translate(
                "directory::LdapHandle",
                "The server's TLS certificate could not be verified. Give the CA certificate that "
                "signed it (CA file), or check that the address matches the certificate's name."));
        close();
        return r;
    };

    rc = ldap_connect(m_ld);
    if (rc != LDAP_SUCCESS) {
        if (tls == ConnectionSettings::Tls::Ldaps)
            return tlsFailure(rc);
        LdapResult r = errorFor(rc);
        close();
        return r;
    }
    if (tls == ConnectionSettings::Tls::StartTls) {
        rc = ldap_start_tls_s(m_ld, nullptr, nullptr);
        if (rc != LDAP_SUCCESS)
            return tlsFailure(rc);
    }

    switch (settings.bind) {
    case ConnectionSettings::Bind::Anonymous:
        break;
    case ConnectionSettings::Bind::Simple: {
        const QByteArray dn = settings.bindDn.toUtf8();
        QByteArray password = settings.password.toUtf8();
        berval cred{ber_len_t(password.size()), password.data()};
        rc = ldap_sasl_bind_s(m_ld, dn.constData(), LDAP_SASL_SIMPLE, &cred, nullptr, nullptr, nullptr);
        password.fill('\0');
        if (rc != LDAP_SUCCESS) {
            LdapResult r = errorFor(rc);
            close();
            return r;
        }
        break;
    }
    case ConnectionSettings::Bind::SaslExternal: {
        // An empty but present credential: EXTERNAL takes the identity from the transport.
        static char empty[] = "";
        berval cred{0, empty};
        rc = ldap_sasl_bind_s(m_ld, nullptr, "EXTERNAL", &cred, nullptr, nullptr, nullptr);
        if (rc != LDAP_SUCCESS) {
            LdapResult r = errorFor(rc);
            close();
            return r;
        }
        break;
    }
    }

    berval *authzid = nullptr;
    rc = ldap_whoami_s(m_ld, &authzid, nullptr, nullptr);
    if (rc == LDAP_SUCCESS && authzid) {
        QString id = QString::fromUtf8(authzid->bv_val, qsizetype(authzid->bv_len));
        m_identity = id.startsWith(QLatin1String("dn:")) ? id.mid(3) : id;
        ber_bvfree(authzid);
    } else if (rc == LDAP_SERVER_DOWN || rc == LDAP_TIMEOUT) {
        LdapResult r = errorFor(rc);
        close();
        return r;
    }
    if (m_identity.isEmpty())
        m_identity = settings.bind == ConnectionSettings::Bind::Simple
                         ? settings.bindDn
                         : QCoreApplication::translate("directory::LdapHandle", "anonymous");
    return LdapResult::success();
}

LdapResult LdapHandle::parseResult(LDAPMessage *msg, LDAPControl ***serverControls) const {
    int code = LDAP_SUCCESS;
    char *matched = nullptr;
    char *diag = nullptr;
    const int rc = ldap_parse_result(m_ld, msg, &code, &matched, &diag, nullptr, serverControls, 0);
    if (rc != LDAP_SUCCESS)
        return errorFor(rc);
    LdapResult r = LdapResult::fromCode(code, diag ? QString::fromUtf8(diag) : QString(),
                                        matched ? QString::fromUtf8(matched) : QString());
    ldap_memfree(matched);
    ldap_memfree(diag);
    return r;
}

Entry LdapHandle::toEntry(LDAPMessage *msg) const {
    Entry entry;
    if (char *dn = ldap_get_dn(m_ld, msg)) {
        entry.setDn(QString::fromUtf8(dn));
        ldap_memfree(dn);
    }
    BerElement *ber = nullptr;
    for (char *attr = ldap_first_attribute(m_ld, msg, &ber); attr;
         attr = ldap_next_attribute(m_ld, msg, ber)) {
        // Every entry names the same few attributes: share one QString per name.
        const QByteArray key(attr);
        auto name = m_attributeNames.constFind(key);
        if (name == m_attributeNames.constEnd())
            name = m_attributeNames.insert(key, QString::fromLatin1(key));
        Attribute a{*name, {}};
        if (berval **vals = ldap_get_values_len(m_ld, msg, attr)) {
            for (int i = 0; vals[i]; ++i)
                a.values.append(QByteArray(vals[i]->bv_val, qsizetype(vals[i]->bv_len)));
            ldap_value_free_len(vals);
        }
        entry.append(std::move(a));
        ldap_memfree(attr);
    }
    if (ber)
        ber_free(ber, 0);
    return entry;
}

ModList::ModList(const QList<Modification> &mods, bool forAdd) {
    size_t valueCount = 0;
    for (const Modification &m : mods)
        valueCount += size_t(m.values.size());
    m_bytes.reserve(valueCount + size_t(mods.size()));
    m_values.reserve(valueCount);
    m_valuePointers.resize(size_t(mods.size()));
    m_mods.resize(size_t(mods.size()));
    for (size_t i = 0; i < size_t(mods.size()); ++i) {
        const Modification &m = mods[qsizetype(i)];
        LDAPMod &mod = m_mods[i];
        mod.mod_op = LDAP_MOD_BVALUES;
        if (!forAdd) {
            switch (m.op) {
            case Modification::Op::Add:
                mod.mod_op |= LDAP_MOD_ADD;
                break;
            case Modification::Op::Replace:
                mod.mod_op |= LDAP_MOD_REPLACE;
                break;
            case Modification::Op::Delete:
                mod.mod_op |= LDAP_MOD_DELETE;
                break;
            }
        }
        m_bytes.push_back(m.attribute.toUtf8());
        mod.mod_type = m_bytes.back().data();
        for (const QByteArray &v : m.values) {
            m_bytes.push_back(v);
            m_values.push_back(berval{ber_len_t(v.size()), m_bytes.back().data()});
            m_valuePointers[i].push_back(&m_values.back());
        }
        m_valuePointers[i].push_back(nullptr);
        mod.mod_bvalues = m_valuePointers[i].data();
        m_pointers.push_back(&mod);
    }
    m_pointers.push_back(nullptr);
}

ControlList::~ControlList() {
    for (LDAPControl *c : m_owned)
        ldap_control_free(c);
}

void ControlList::adopt(LDAPControl *control) {
    if (control)
        m_owned.push_back(control);
}

void ControlList::add(const char *oid, const QByteArray &value, bool critical) {
    m_localValues.push_back(value);
    auto c = std::make_unique<LDAPControl>();
    c->ldctl_oid = const_cast<char *>(oid);
    c->ldctl_value.bv_len = ber_len_t(m_localValues.back().size());
    c->ldctl_value.bv_val = m_localValues.back().data();
    c->ldctl_iscritical = critical ? 1 : 0;
    m_local.push_back(std::move(c));
}

LDAPControl **ControlList::get() {
    m_array.clear();
    for (LDAPControl *c : m_owned)
        m_array.push_back(c);
    for (const auto &c : m_local)
        m_array.push_back(c.get());
    if (m_array.empty())
        return nullptr;
    m_array.push_back(nullptr);
    return m_array.data();
}

} // namespace directory
