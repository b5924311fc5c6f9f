#pragma once

// Delivery Options tab of an SMTP connector: when the connector connects (activationStyle and
// activationSchedule), and, when asked, other times for messages above a size (messageSizeLimit
// in KB, msExchRoutingOversizedStyle and …Schedule).

#include "PropertyTab.h"

class QCheckBox;

namespace widgets {
class FieldMessage;
class NumberField;
} // namespace widgets

namespace properties {

class ScheduleChooser;

class ConnectorDeliveryOptionsTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorDeliveryOptionsTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;

    ScheduleChooser *schedule() const { return m_schedule; }
    ScheduleChooser *oversizeSchedule() const { return m_oversizeSchedule; }

private:
    void updateOversize();

    ScheduleChooser *m_schedule;
    QCheckBox *m_oversizeCheck;
    widgets::NumberField *m_oversizeSpin;
    widgets::FieldMessage *m_oversizeMessage;
    ScheduleChooser *m_oversizeSchedule;
    bool m_shownOversize = false;
    qint64 m_shownThreshold = 0;
};

} // namespace properties
