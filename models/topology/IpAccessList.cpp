#include "IpAccessList.h"

#include "IpAddress.h"

#include <QStringList>

namespace topology {

namespace {

const QString OnlyWord = QStringLiteral("ONLY");
const QString ExceptWord = QStringLiteral("EXCEPT");

std::optional<quint32> toNumber(const QString &dottedQuad) {
    const std::optional<QString> canonical = IpAddress::canonical(dottedQuad.trimmed());
    if (!canonical || canonical->contains(QLatin1Char(':')))
        return std::nullopt;
    quint32 n = 0;
    for (const QString &part : canonical->split(QLatin1Char('.')))
        n = (n << 8) | quint32(part.toUInt());
    return n;
}

} // namespace

QString IpAccessList::Entry::toString() const {
    return isGroup() ? address + QLatin1Char('/') + mask : address;
}

std::optional<IpAccessList::Entry> IpAccessList::parseEntry(const QString &address, const QString &mask,
                                                            QString *error) {
    auto refuse = [error](const QString &why) -> std::optional<Entry> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const std::optional<QString> canonical = IpAddress::canonical(address.trimmed());
    if (address.trimmed().isEmpty())
        return refuse(tr("Enter an IP address."));
    if (!canonical)
        return refuse(tr("“%1” is not an IPv4 address (four numbers from 0 to 255, such as 192.0.2.10).")
                          .arg(address.trimmed()));
    if (canonical->contains(QLatin1Char(':')))
        return refuse(tr("“%1” is an IPv6 address; these lists hold IPv4 addresses.").arg(address.trimmed()));
    if (mask.trimmed().isEmpty())
        return Entry{*canonical, QString()};
    const std::optional<quint32> maskBits = toNumber(mask);
    if (!maskBits)
        return refuse(tr("“%1” is not a subnet mask (such as 255.255.255.0).").arg(mask.trimmed()));
    // A mask is ones followed by zeros.
    if (*maskBits != 0 && ((~*maskBits + 1) & ~*maskBits) != 0)
        return refuse(tr("“%1” is not a subnet mask: its ones must come first (such as 255.255.255.0).")
                          .arg(mask.trimmed()));
    if (*maskBits == 0)
        return refuse(tr("A subnet mask of 0.0.0.0 would mean every computer; choose the other option "
                         "instead."));
    const quint32 net = *toNumber(*canonical);
    if ((net & *maskBits) != net)
        return refuse(tr("%1 is not the network address of the subnet %2; enter the first address of the "
                         "group.")
                          .arg(*canonical, mask.trimmed()));
    return Entry{*canonical, *IpAddress::canonical(mask.trimmed())};
}

std::optional<IpAccessList> IpAccessList::parse(const QByteArray &value, QString *error) {
    auto refuse = [error](const QString &why) -> std::optional<IpAccessList> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString text = QString::fromUtf8(value);
    if (text.toUtf8() != value || text.contains(QChar::ReplacementCharacter) || text.contains(QChar(0)))
        return refuse(tr("The list is stored in a form Bridgehead cannot read (Exchange’s own binary list). "
                         "It is kept as it is."));
    const QStringList parts = text.split(QLatin1Char(';'));
    const QString word = parts.first().trimmed().toUpper();
    IpAccessList list;
    if (word == OnlyWord)
        list.m_mode = Mode::OnlyListed;
    else if (word == ExceptWord)
        list.m_mode = Mode::AllExceptListed;
    else
        return refuse(tr("The list is stored in a form Bridgehead cannot read. It is kept as it is."));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString item = parts.at(i).trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        QString why;
        const std::optional<Entry> entry = parseEntry(slash < 0 ? item : item.left(slash),
                                                      slash < 0 ? QString() : item.mid(slash + 1), &why);
        if (!entry)
            return refuse(tr("The stored list has an entry that is not valid: %1").arg(why));
        list.add(*entry);
    }
    return list;
}

QString IpAccessList::add(const Entry &entry) {
    if (m_entries.contains(entry))
        return tr("%1 is on the list already.").arg(entry.toString());
    m_entries.append(entry);
    return QString();
}

bool IpAccessList::allows(const QString &address) const {
    const std::optional<quint32> ip = toNumber(address);
    if (!ip)
        return false;
    bool listed = false;
    for (const Entry &e : m_entries) {
        const quint32 net = *toNumber(e.address);
        const quint32 mask = e.isGroup() ? *toNumber(e.mask) : 0xffffffffu;
        listed = listed || (*ip & mask) == net;
    }
    return m_mode == Mode::OnlyListed ? listed : !listed;
}

QByteArray IpAccessList::toValue() const {
    QStringList parts{m_mode == Mode::OnlyListed ? OnlyWord : ExceptWord};
    for (const Entry &e : m_entries)
        parts << e.toString();
    return parts.join(QLatin1Char(';')).toUtf8();
}

} // namespace topology
