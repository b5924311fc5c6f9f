#include "MailAddress.h"

#include "SmartHostList.h"

namespace topology {

QString MailAddress::checkDomain(const QString &domain) {
    const QString name = domain.trimmed();
    if (name.isEmpty())
        return tr("Enter a domain name, such as example.com.");
    SmartHostList::SmartHost host;
    if (const QString problem = SmartHostList::checkEntry(name, &host); !problem.isEmpty())
        return problem;
    if (host.isLiteral)
        return tr("“%1” is an IP address; enter a domain name, such as example.com.").arg(name);
    return QString();
}

QString MailAddress::checkAddress(const QString &address) {
    const QString text = address.trimmed();
    if (text.isEmpty())
        return tr("Enter a mail address, such as postmaster@example.com.");
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == text.size() - 1)
        return tr("“%1” is not a mail address: it needs a name, “@” and a domain, such as "
                  "postmaster@example.com.")
            .arg(text);
    const QString local = text.left(at);
    for (QChar c : local)
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(',') ||
            c == QLatin1Char(';') || c == QLatin1Char('@') || c.category() == QChar::Other_Control)
            return tr("The part before “@” in “%1” contains “%2”, which is not allowed.")
                .arg(text, QString(c));
    if (local.size() > 64)
        return tr("The part before “@” in “%1” is longer than 64 characters.").arg(text);
    return checkDomain(text.mid(at + 1));
}

} // namespace topology
