#pragma once

// Sends one message over SMTP with QtNetwork, as a test of a virtual server or smart host: EHLO
// (HELO if refused), optional STARTTLS with certificate checks, MAIL, RCPT for each recipient,
// DATA, QUIT. Every line both ways goes to the transcript as it happens; the outcome says whether
// the server took the message (with the queue ID it named) or what it answered instead.

#include "SmtpEndpoint.h"
#include "TestMessage.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace smtp {

class SmtpClient : public QObject {
    Q_OBJECT
public:
    enum class Direction { Client, Server, Info, Error };
    Q_ENUM(Direction)

    struct Options {
        bool startTls = false;
        QString caFile;   // extra trusted CA certificates (PEM) for STARTTLS
        QString heloName; // what EHLO says; default: this machine's host name
        int timeoutSeconds = 30;
    };

    struct Result {
        bool accepted = false; // the server took the message
        bool refused = false;  // the server answered, but said no (its reply is in `reply`)
        int code = 0;          // the last reply code
        QString reply;         // the last reply's text, all lines
        QString error;         // what went wrong, for a connection or TLS failure
        QString queueId;       // from "250 2.0.0 Ok: queued as 1053BA724D7", when the server says
        QString token;
        // One sentence for a status line.
        QString summary() const;
    };

    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    void send(const SmtpEndpoint &server, const TestMessage &message, const Options &options);
    void send(const SmtpEndpoint &server, const TestMessage &message) { send(server, message, Options()); }
    void cancel();
    bool isRunning() const { return m_step != Step::Idle; }
    const QStringList &transcriptLines() const { return m_transcript; }

    // "250 2.0.0 Ok: queued as 1053BA724D7" → "1053BA724D7".
    static QString queueIdFrom(const QString &reply);

Q_SIGNALS:
    void transcript(smtp::SmtpClient::Direction direction, const QString &line);
    void finished(const smtp::SmtpClient::Result &result);

private:
    enum class Step { Idle, Greeting, Ehlo, Helo, StartTls, EhloAgain, Mail, Rcpt, Data, Body, Quit };

    void onConnected();
    void onReadyRead();
    void onReply(int code, const QStringList &lines);
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void write(const QByteArray &line, bool logIt = true);
    void sendMail();
    void fail(const QString &error);
    void refuse(int code, const QStringList &lines);
    void done(Result result);
    void log(Direction direction, const QString &line);
    void armTimeout();

    QPointer<QSslSocket> m_socket;
    SmtpEndpoint m_server;
    TestMessage m_message;
    Options m_options;
    Step m_step = Step::Idle;
    QByteArray m_buffer;
    QStringList m_replyLines;
    QStringList m_capabilities;
    QStringList m_transcript;
    qsizetype m_rcpt = 0;
    QString m_queueId;
    QString m_heloName;
    QTimer m_timeout;
    QString m_sslProblem;
    bool m_quitting = false;
};

} // namespace smtp

Q_DECLARE_METATYPE(smtp::SmtpClient::Result)
