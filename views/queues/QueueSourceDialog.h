#pragma once

// Where a server's queue is read from: a Postfix configuration directory on this machine (default
// /etc/postfix), and optionally a command that reaches another machine or other rights ("ssh
// root@gw1", "sudo"); with Test, which lists the queue once and says what came back, in the
// tool's own words when it failed. Bad input is refused at the field.

#include "PostfixInstance.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace widgets {
class FieldMessage;
}

namespace queues {
class QueueMonitor;
}

namespace queueui {

class QueueSourceDialog : public QDialog {
    Q_OBJECT
public:
    QueueSourceDialog(const QString &serverName, const queues::PostfixInstance &current,
                      QWidget *parent = nullptr);
    ~QueueSourceDialog() override;

    queues::PostfixInstance instance() const { return m_instance; }
    // Whether the user asked to forget the source.
    bool removeRequested() const { return m_remove; }
    void test();
    QString testResult() const;

    void accept() override;

Q_SIGNALS:
    void tested();

private:
    std::optional<queues::PostfixInstance> read();

    QLineEdit *m_directory;
    QLineEdit *m_prefix;
    widgets::FieldMessage *m_directoryMessage;
    widgets::FieldMessage *m_prefixMessage;
    QPushButton *m_test;
    QLabel *m_result;
    std::unique_ptr<queues::QueueMonitor> m_probe;
    queues::PostfixInstance m_instance;
    bool m_remove = false;
};

} // namespace queueui
