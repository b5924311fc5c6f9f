#include "LdapHandle.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <algorithm>
#include <csignal>

#include <sys/time.h>

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

QString LdapHandle::tcpFailure(const QString &uri, int timeoutSeconds) {
    LDAPURLDesc *url = nullptr;
    if (ldap_url_parse(uri.trimmed().toUtf8().constData(), &url) != LDAP_URL_SUCCESS || !url)
        return QString();
    QString host = QString::fromUtf8(url->lud_host ? url->lud_host : "");
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    const int port = url->lud_port
                         ? url->lud_port
                         : (QString::fromUtf8(url->lud_scheme) == QLatin1String("ldaps") ? 636 : 389);
    const bool isIpc = QString::fromUtf8(url->lud_scheme) == QLatin1String("ldapi");
    ldap_free_urldesc(url);
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("directory::LdapHandle", text);
    };
    if (isIpc)
        return tr("Nothing answers on the local socket %1. Check that the directory server is running.")
            .arg(uri);
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    const int seconds = std::max(1, timeoutSeconds);
    if (socket.waitForConnected(seconds * 1000)) {
        socket.abort();
        return QString();
    }
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("The connection to %1 was refused: no directory server listens there. Check the address "
                  "and "
                  "the port, and that the server is running.")
            .arg(where);
    case QAbstractSocket::SocketTimeoutError:
        return tr("%1 did not answer within %2 s. Check the address, and that no firewall drops the "
                  "connection.")
            .arg(where)
            .arg(seconds);
    case QAbstractSocket::HostNotFoundError:
        return tr("The host name %1 is not known. Check the address.").arg(host);
    default:
        return tr("%1 cannot be reached: %2").arg(where, socket.errorString());
    }
}

void LdapHandle::initializeLibrary() {
    static std::once_flag once;
    std::call_once(once, [] {
        int version = LDAP_VERSION3;
        ldap_set_option(nullptr, LDAP_OPT_PROTOCOL_VERSION, &version);
        // libldap writes with plain write()/send(): an unbind or abandon sent to a server that has
        // just gone (a stopped demo directory, a killed slapd) would otherwise kill the whole
        // process with SIGPIPE instead of failing that one write with EPIPE.
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
    m_features = ServerFeatures();
}

Entry LdapHandle::readRootDse() {
    if (!m_ld)
        return Entry();
    std::vector<QByteArray> names;
    std::vector<char *> attrs;
    for (const QString &a : ServerFeatures::rootDseAttributes()) {
        names.push_back(a.toLatin1());
        attrs.push_back(names.back().data());
    }
    attrs.push_back(nullptr);
    timeval timeout{m_timeoutSeconds, 0};
    LDAPMessage *res = nullptr;
    const int rc = ldap_search_ext_s(m_ld, "", LDAP_SCOPE_BASE, "(objectClass=*)", attrs.data(), 0, nullptr,
                                     nullptr, &timeout, 1, &res);
    Entry dse;
    if (rc == LDAP_SUCCESS && res)
        if (LDAPMessage *first = ldap_first_entry(m_ld, res))
            dse = toEntry(first);
    if (res)
        ldap_msgfree(res);
    return dse;
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
    // Never chased: Active Directory refers subtree searches of its configuration partition to
    // ldap://<domain>/…, and following that would look the domain up in DNS.
    ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    m_timeoutSeconds = settings.timeoutSeconds > 0 ? settings.timeoutSeconds : 5;
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
        if (tls == ConnectionSettings::Tls::Ldaps &&
            tcpFailure(settings.uri, settings.timeoutSeconds).isEmpty())
            return tlsFailure(rc);
        LdapResult r = errorFor(rc);
        // libldap says only "can't contact"; say whether the port refused or did not answer.
        if (const QString why = tcpFailure(settings.uri, settings.timeoutSeconds); !why.isEmpty())
            r.setMessage(why);
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
            if (rc == LDAP_STRONG_AUTH_REQUIRED && tls == ConnectionSettings::Tls::None)
                r.setMessage(QCoreApplication::translate(
                    "directory::LdapHandle",
                    "The server accepts a password only over an encrypted connection. Choose StartTLS, "
                    "or an ldaps:// address, and give the CA certificate of the server."));
            else if (rc == LDAP_TIMEOUT || rc == LDAP_SERVER_DOWN)
                r.setMessage(silentServer(settings));
            else
                r.setMessage(QCoreApplication::translate("directory::LdapHandle",
                                                         "The server refused the bind as "
                                                         "%1: %2")
                                 .arg(settings.bindDn, r.message()));
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
        r.setMessage(silentServer(settings));
        close();
        return r;
    }
    // Read once here, so the connection and the change feed choose their ways by the same facts.
    m_features = ServerFeatures::fromRootDse(readRootDse());
    if (m_identity.isEmpty())
        m_identity = settings.bind == ConnectionSettings::Bind::Simple
                         ? settings.bindDn
                         : QCoreApplication::translate("directory::LdapHandle", "anonymous");
    return LdapResult::success();
}

QString LdapHandle::silentServer(const ConnectionSettings &settings) {
    return QCoreApplication::translate(
               "directory::LdapHandle",
               "The server at %1 accepted the connection but did not answer within %2 s. "
               "Is it a directory server, and is it overloaded?")
        .arg(settings.uri)
        .arg(settings.timeoutSeconds > 0 ? settings.timeoutSeconds : 5);
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
    // One pass over the message, as ldapsearch reads it: the DN, then each attribute with its values
    // pointing into the message (ldap_get_values_len would search the entry again for every name).
    BerElement *ber = nullptr;
    berval dn{};
    if (ldap_get_dn_ber(m_ld, msg, &ber, &dn) != LDAP_SUCCESS) {
        if (ber)
            ber_free(ber, 0);
        return entry;
    }
    entry.setDn(QString::fromUtf8(dn.bv_val, qsizetype(dn.bv_len)));
    berval attr{};
    berval *values = nullptr;
    while (ldap_get_attribute_ber(m_ld, msg, ber, &attr, &values) == LDAP_SUCCESS && attr.bv_val) {
        // Every entry names the same few attributes: share one QString per name.
        const QByteArray key = QByteArray::fromRawData(attr.bv_val, qsizetype(attr.bv_len));
        auto name = m_attributeNames.constFind(key);
        if (name == m_attributeNames.constEnd())
            name = m_attributeNames.insert(QByteArray(attr.bv_val, qsizetype(attr.bv_len)),
                                           QString::fromLatin1(key));
        Attribute a{*name, {}};
        if (values) {
            qsizetype count = 0;
            while (values[count].bv_val)
                ++count;
            a.values.reserve(count);
            for (qsizetype i = 0; i < count; ++i)
                a.values.append(QByteArray(values[i].bv_val, qsizetype(values[i].bv_len)));
            ber_memfree(values);
            values = nullptr;
        }
        entry.append(std::move(a));
    }
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

void ControlList::addWithoutValue(const char *oid, bool critical) {
    add(oid, QByteArray(), critical);
    m_local.back()->ldctl_value.bv_val = nullptr;
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
