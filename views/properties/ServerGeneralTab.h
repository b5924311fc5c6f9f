#pragma once

// General tab of an Exchange server: its version, DNS name, home routing group and its role there
// (master or member), and its SMTP virtual servers. Servers are installed, not edited, so the tab
// shows; it writes nothing.

#include "PropertyTab.h"

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace properties {

class ServerGeneralTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ServerGeneralTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override { return QString(); }
    bool isComplete() const override { return true; }
    void save(topology::EntryEdit &) const override {}

    QLabel *roleLabel() const { return m_role; }
    QTreeWidget *virtualServers() const { return m_virtualServers; }

private:
    QLineEdit *m_name;
    QLabel *m_version;
    QLabel *m_fqdn;
    QLabel *m_routingGroup;
    QLabel *m_role;
    QLabel *m_description;
    QTreeWidget *m_virtualServers;
};

} // namespace properties
