#pragma once

// The Internet Mail wizard's first page: which server sends the organization's Internet mail. Lists
// the servers of the organization or administrative group the wizard was started on, each with its
// routing group and description; a server without a routing group is refused at the field.

#include "Dn.h"

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace topology {
class Topology;
}

namespace widgets {
class FieldMessage;
}

namespace wizards {

class GatewayPage : public QWizardPage {
    Q_OBJECT
public:
    // `scope`: the organization or an administrative group.
    GatewayPage(const topology::Topology &topology, const directory::Dn &scope, QWidget *parent = nullptr);

    directory::Dn gateway() const;
    QComboBox *combo() const { return m_combo; }
    bool isComplete() const override;

private:
    QString problem() const;
    void chosen();

    const topology::Topology &m_topology;
    QComboBox *m_combo;
    widgets::FieldMessage *m_message;
    QLabel *m_details;
};

} // namespace wizards
