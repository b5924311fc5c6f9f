#pragma once

// View Headers: the header of one queued message, as postcat shows it, fetched when the dialog
// opens (or why it could not be: the message is gone, the tool was refused).

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;

namespace queues {
class MessageQueueSource;
}

namespace queueui {

class MessageHeadersDialog : public QDialog {
    Q_OBJECT
public:
    MessageHeadersDialog(queues::MessageQueueSource *source, const QString &id, QWidget *parent = nullptr);

    QString text() const;
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    QPlainTextEdit *m_text;
    QLabel *m_status;
    bool m_loaded = false;
};

} // namespace queueui
