#include "QueueSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace queueui {

QueueSettingsDialog::QueueSettingsDialog(int refreshSeconds, QWidget *parent)
    : QDialog(parent)
    , m_interval(new QComboBox(this)) {
    setObjectName(QStringLiteral("queueSettingsDialog"));
    setWindowTitle(tr("Queue Viewer Settings"));
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->addItem(tr("Never (F5 only)"), 0);
    m_interval->addItem(tr("Every 30 seconds"), 30);
    m_interval->addItem(tr("Every minute"), 60);
    m_interval->addItem(tr("Every 2 minutes"), 120);
    m_interval->addItem(tr("Every 5 minutes"), 300);
    m_interval->addItem(tr("Every 10 minutes"), 600);
    m_interval->addItem(tr("Every 30 minutes"), 1800);
    int at = m_interval->findData(refreshSeconds);
    if (at < 0) {
        m_interval->addItem(tr("Every %n second(s)", nullptr, refreshSeconds), refreshSeconds);
        at = m_interval->count() - 1;
    }
    m_interval->setCurrentIndex(at);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Refresh the queues:"), this);
    label->setBuddy(m_interval);
    form->addRow(label, m_interval);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int QueueSettingsDialog::refreshSeconds() const {
    return m_interval->currentData().toInt();
}

} // namespace queueui
