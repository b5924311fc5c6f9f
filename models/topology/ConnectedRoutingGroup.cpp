#include "ConnectedRoutingGroup.h"

#include "Limit.h"
#include "TextChecks.h"

#include <QStringList>

namespace topology {

namespace {
const QChar Separator(0x00A7); // §
}

ConnectedRoutingGroup::ConnectedRoutingGroup(const QString &organization, const QString &adminGroup,
                                             const QString &routingGroupId, int cost,
                                             const QString &addressSpace)
    : m_organization(organization)
    , m_adminGroup(adminGroup)
    , m_routingGroupId(routingGroupId)
    , m_cost(cost)
    , m_addressSpace(addressSpace) {}

QString ConnectedRoutingGroup::checkCost(qint64 cost) {
    return limits::Cost.check(cost);
}

std::optional<ConnectedRoutingGroup> ConnectedRoutingGroup::parse(const QString &value, QString *error) {
    auto refuse = [error, &value](const QString &why) -> std::optional<ConnectedRoutingGroup> {
        if (error)
            *error = tr("The connected routing group “%1” cannot be read: %2").arg(value, why);
        return std::nullopt;
    };
    const QStringList parts = value.split(Separator);
    if (parts.size() != 5)
        return refuse(tr("it does not have five parts separated by “§”."));
    QString id = parts.at(2).trimmed();
    if (id.startsWith(QLatin1Char('{')) && id.endsWith(QLatin1Char('}')))
        id = id.mid(1, id.size() - 2);
    if (id.isEmpty())
        return refuse(tr("it names no routing group."));
    const QString cost = parts.at(3).trimmed();
    if (!isAsciiDigits(cost) || cost.size() > 3 || !checkCost(cost.toInt()).isEmpty())
        return refuse(tr("its cost “%1” is not a number from %2 to %3.").arg(cost).arg(MinCost).arg(MaxCost));
    return ConnectedRoutingGroup(parts.at(0).trimmed(), parts.at(1).trimmed(), id, cost.toInt(),
                                 parts.at(4).trimmed());
}

QString ConnectedRoutingGroup::toString() const {
    return QStringList{m_organization, m_adminGroup, QLatin1Char('{') + m_routingGroupId + QLatin1Char('}'),
                       QString::number(m_cost), m_addressSpace}
        .join(Separator);
}

bool operator==(const ConnectedRoutingGroup &a, const ConnectedRoutingGroup &b) {
    return a.m_organization == b.m_organization && a.m_adminGroup == b.m_adminGroup &&
           a.m_routingGroupId.compare(b.m_routingGroupId, Qt::CaseInsensitive) == 0 && a.m_cost == b.m_cost &&
           a.m_addressSpace == b.m_addressSpace;
}

} // namespace topology
