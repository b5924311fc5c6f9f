#pragma once

// Chooses the servers that are Internet gateways: every server of the organization with a check
// box, the likely ones (local bridgeheads of a connector for SMTP:*) marked as suggestions.

#include "Dn.h"

#include <QDialog>

class QTreeWidget;

namespace topology {
class Topology;
}

namespace analyzerui {

class GatewayDialog : public QDialog {
    Q_OBJECT
public:
    GatewayDialog(const topology::Topology *topology, const QList<directory::Dn> &gateways,
                  const QList<directory::Dn> &suggested, QWidget *parent = nullptr);

    // The checked servers, in list order.
    QList<directory::Dn> gateways() const;
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace analyzerui
