#pragma once

// Add… and Modify… on the Connected Routing Groups tab: which routing group, and its cost.

#include <QDialog>

class QComboBox;

namespace widgets {
class FieldMessage;
class NumberField;
} // namespace widgets

namespace properties {

class ConnectedRoutingGroupDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString name; // shown
        QString key;  // the caller's handle for it
    };

    // `choices` empty: modifying `fixedName`, only its cost can change.
    ConnectedRoutingGroupDialog(const QList<Choice> &choices, const QString &fixedName, int cost,
                                QWidget *parent = nullptr);

    QString chosenKey() const;
    int cost() const;
    QComboBox *routingGroupCombo() const { return m_combo; }
    widgets::NumberField *costSpin() const { return m_cost; }
    void accept() override;

private:
    QComboBox *m_combo;
    widgets::FieldMessage *m_comboMessage;
    widgets::NumberField *m_cost;
    widgets::FieldMessage *m_costMessage;
};

} // namespace properties
