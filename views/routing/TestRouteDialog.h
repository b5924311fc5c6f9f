#pragma once

// "Test Route…" on a server: the user enters a recipient and sees the route a message from that
// server takes, drawn and listed hop by hop with the reason for each choice, and the connectors
// not taken with theirs. The route follows the directory: when the organization changes while
// the dialog is open, the route shown is worked out again.

#include "Dn.h"
#include "Route.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace topology {
class Topology;
}
namespace widgets {
class FieldMessage;
}

namespace routingui {

class RouteDiagram;

class TestRouteDialog : public QDialog {
    Q_OBJECT
public:
    TestRouteDialog(topology::Topology *topology, const directory::Dn &server, QWidget *parent = nullptr);

    void setRecipient(const QString &recipient);
    // Works out the route for the recipient entered; a recipient that does not parse is reported
    // at its field and nothing else changes.
    bool test();
    const routing::Route &route() const { return m_route; }
    RouteDiagram *diagram() const { return m_diagram; }

Q_SIGNALS:
    void routeChanged();

private:
    void display(const routing::Route &route);
    QString summary(const routing::Route &route) const;

    QPointer<topology::Topology> m_topology;
    directory::Dn m_server;
    routing::Route m_route;
    bool m_tested = false;
    QLineEdit *m_recipient = nullptr;
    widgets::FieldMessage *m_recipientMessage = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_summary = nullptr;
    RouteDiagram *m_diagram = nullptr;
    QTreeWidget *m_hops = nullptr;
    QTreeWidget *m_rejected = nullptr;
};

} // namespace routingui
