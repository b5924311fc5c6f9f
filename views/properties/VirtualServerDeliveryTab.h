#pragma once

// Delivery tab of an SMTP virtual server: the outbound TCP port and the smart host set on the virtual
// server itself (which Exchange discourages in favour of a connector's smart hosts).

#include "PropertyTab.h"

class QLineEdit;
class QSpinBox;

namespace widgets {
class FieldMessage;
}

namespace properties {

class VirtualServerDeliveryTab : public PropertyTab {
    Q_OBJECT
public:
    explicit VirtualServerDeliveryTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

private:
    QString portProblem() const;
    QString smartHostProblem() const;

    QSpinBox *m_portSpin;
    widgets::FieldMessage *m_portMessage;
    QLineEdit *m_smartHostEdit;
    widgets::FieldMessage *m_smartHostMessage;

    int m_shownPort = 25;
    QString m_shownSmartHost;
    bool m_shownSmartHostUsable = false; // as stored, Exchange can use it (else saving rewrites it)
};

} // namespace properties
