#include "OutboundSecurity.h"

namespace topology {

OutboundSecurity OutboundSecurity::fromFlags(qint64 flags) {
    OutboundSecurity s;
    switch (flags & AuthenticationMask) {
    case 1:
        s.m_authentication = Authentication::Basic;
        break;
    case 2:
        s.m_authentication = Authentication::Integrated;
        break;
    default:
        s.m_authentication = Authentication::Anonymous;
        break;
    }
    s.m_tls = flags & TlsFlag;
    s.m_helo = flags & HeloFlag;
    return s;
}

qint64 OutboundSecurity::toFlags(qint64 previous) const {
    qint64 flags = previous & ~(AuthenticationMask | TlsFlag | HeloFlag);
    flags |= qint64(m_authentication);
    if (m_tls)
        flags |= TlsFlag;
    if (m_helo)
        flags |= HeloFlag;
    return flags;
}

QString OutboundSecurity::checkAccount(Authentication authentication, const QString &account) {
    if (authentication == Authentication::Anonymous)
        return QString();
    const QString name = account.trimmed();
    if (name.isEmpty())
        return tr("Enter the account to authenticate with.");
    if (name.size() > 256)
        return tr("The account name is longer than 256 characters.");
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return tr("The account name contains a control character.");
    return QString();
}

} // namespace topology
