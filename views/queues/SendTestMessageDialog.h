#pragma once

// Send Test Message: a message to a virtual server's binding (or any host:port), with From, To and
// Subject filled in and a token unique to the message; the SMTP transcript shows as it happens.
// When the server takes the message, "Find this message" asks for Find Messages prefilled to find
// exactly it; a refusal shows the server's reply.

#include "SmtpClient.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace widgets {
class FieldMessage;
}

namespace queueui {

class SendTestMessageDialog : public QDialog {
    Q_OBJECT
public:
    struct Target {
        QString label;    // "Default SMTP Virtual Server (10.1.0.5:25)"
        QString endpoint; // "10.1.0.5:25"
    };

    SendTestMessageDialog(const QString &title, const QList<Target> &targets, const QString &from,
                          const QString &to, QWidget *parent = nullptr);

    void send();
    bool isSending() const { return m_client.isRunning(); }
    const smtp::SmtpClient::Result &result() const { return m_result; }
    const smtp::TestMessage &message() const { return m_message; }
    QString transcript() const;

Q_SIGNALS:
    void sent(const smtp::SmtpClient::Result &result);
    // Find Messages for exactly this message: its sender, first recipient and token.
    void findRequested(const QString &sender, const QString &recipient, const QString &token);

private:
    bool validate();
    void onTranscript(smtp::SmtpClient::Direction direction, const QString &line);
    void onFinished(const smtp::SmtpClient::Result &result);

    QComboBox *m_server;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QCheckBox *m_startTls;
    QLineEdit *m_caFile;
    widgets::FieldMessage *m_serverMessage;
    widgets::FieldMessage *m_fromMessage;
    widgets::FieldMessage *m_toMessage;
    widgets::FieldMessage *m_subjectMessage;
    QPlainTextEdit *m_transcript;
    QLabel *m_outcome;
    QPushButton *m_send;
    QPushButton *m_stop;
    QPushButton *m_find;
    smtp::SmtpClient m_client;
    smtp::TestMessage m_message;
    smtp::SmtpClient::Result m_result;
};

} // namespace queueui
