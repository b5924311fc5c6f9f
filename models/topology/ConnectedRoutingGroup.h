#pragma once

// One routing group an SMTP connector connects to (Connected Routing Groups tab), with its cost:
// one connectedDomains value "<org>§<administrative group>§{<routing group id>}§<cost>§<address
// space>", "§" being character 167. Reading, checking and writing that form happens here only.
//
// The format comes from Exchange 2007's reading of the attribute; that it holds this tab is
// inferred. The id is the routing group's objectGUID (Active Directory) or entryUUID (OpenLDAP)
// when the console knows it, else its name; both are accepted when reading.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace topology {

class ConnectedRoutingGroup {
    Q_DECLARE_TR_FUNCTIONS(topology::ConnectedRoutingGroup)
public:
    static constexpr int MinCost = 1;
    static constexpr int MaxCost = 100;

    ConnectedRoutingGroup() = default;
    ConnectedRoutingGroup(const QString &organization, const QString &adminGroup,
                          const QString &routingGroupId, int cost,
                          const QString &addressSpace = QStringLiteral("SMTP:*"));

    static std::optional<ConnectedRoutingGroup> parse(const QString &value, QString *error = nullptr);
    static QString checkCost(qint64 cost);

    QString organization() const { return m_organization; }
    QString adminGroup() const { return m_adminGroup; }
    QString routingGroupId() const { return m_routingGroupId; }
    int cost() const { return m_cost; }
    void setCost(int cost) { m_cost = cost; }
    QString addressSpace() const { return m_addressSpace; }
    QString toString() const;

    friend bool operator==(const ConnectedRoutingGroup &a, const ConnectedRoutingGroup &b);

private:
    QString m_organization;
    QString m_adminGroup;
    QString m_routingGroupId;
    int m_cost = 1;
    QString m_addressSpace = QStringLiteral("SMTP:*");
};

} // namespace topology
