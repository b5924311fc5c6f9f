#pragma once

// The queue viewer's Settings, as in ESM 2003: how often the queues refresh by themselves.

#include <QDialog>

class QComboBox;

namespace queueui {

class QueueSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit QueueSettingsDialog(int refreshSeconds, QWidget *parent = nullptr);
    int refreshSeconds() const;

private:
    QComboBox *m_interval;
};

} // namespace queueui
