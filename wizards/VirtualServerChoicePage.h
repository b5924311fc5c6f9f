#pragma once

// The Internet Mail wizard's second page: which of the gateway's SMTP virtual servers sends the mail
// (CreationPlanner::preferredVirtualServer chosen at first), or a new one (set up on the next page).
// Filled again when the gateway changes.

#include "Dn.h"

#include <QWizardPage>

#include <functional>

class QComboBox;
class QRadioButton;

namespace topology {
class Topology;
}

namespace wizards {

class VirtualServerChoicePage : public QWizardPage {
    Q_OBJECT
public:
    VirtualServerChoicePage(const topology::Topology &topology, std::function<directory::Dn()> gateway,
                            QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool createsNew() const;
    directory::Dn virtualServer() const; // the existing one chosen; empty when a new one is made
    QComboBox *combo() const { return m_combo; }
    QRadioButton *existingRadio() const { return m_existingRadio; }
    QRadioButton *newRadio() const { return m_newRadio; }

private:
    const topology::Topology &m_topology;
    std::function<directory::Dn()> m_gateway;
    directory::Dn m_filledFor;
    QRadioButton *m_existingRadio;
    QRadioButton *m_newRadio;
    QComboBox *m_combo;
};

} // namespace wizards
