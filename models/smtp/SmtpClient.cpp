#include "SmtpClient.h"

#include <QFile>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace smtp {

QString SmtpClient::Result::summary() const {
    if (accepted)
        return queueId.isEmpty() ? SmtpClient::tr("The server accepted the message.")
                                 : SmtpClient::tr("The server accepted the message as %1.").arg(queueId);
    if (refused)
        return SmtpClient::tr("The server refused the message: %1 %2").arg(code).arg(reply);
    return SmtpClient::tr("The message was not sent: %1").arg(error);
}

SmtpClient::SmtpClient(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<Result>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The server did not answer within %n second(s).", nullptr, m_options.timeoutSeconds));
    });
}

SmtpClient::~SmtpClient() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

QString SmtpClient::queueIdFrom(const QString &reply) {
    static const QRegularExpression queued(QStringLiteral("queued as ([0-9A-Za-z]+)"));
    const QRegularExpressionMatch m = queued.match(reply);
    return m.hasMatch() ? m.captured(1) : QString();
}

void SmtpClient::log(Direction direction, const QString &line) {
    static const char *const prefix[] = {"C: ", "S: ", "* ", "! "};
    m_transcript << QString::fromLatin1(prefix[int(direction)]) + line;
    Q_EMIT transcript(direction, line);
}

void SmtpClient::armTimeout() {
    m_timeout.start(std::max(m_options.timeoutSeconds, 1) * 1000);
}

void SmtpClient::send(const SmtpEndpoint &server, const TestMessage &message, const Options &options) {
    cancel();
    m_server = server;
    m_message = message;
    m_options = options;
    m_heloName = options.heloName.isEmpty() ? QHostInfo::localHostName() : options.heloName;
    if (m_heloName.isEmpty())
        m_heloName = QStringLiteral("localhost");
    m_buffer.clear();
    m_replyLines.clear();
    m_capabilities.clear();
    m_transcript.clear();
    m_rcpt = 0;
    m_queueId.clear();
    m_sslProblem.clear();
    m_quitting = false;
    m_step = Step::Greeting;
    delete m_socket;
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    log(Direction::Info, tr("Connecting to %1…").arg(server.toString()));
    armTimeout();
    m_socket->connectToHost(server.host(), quint16(server.port()));
}

void SmtpClient::cancel() {
    if (m_step == Step::Idle)
        return;
    fail(tr("Cancelled."));
}

void SmtpClient::onConnected() {
    log(Direction::Info, tr("Connected to %1.").arg(m_socket->peerAddress().toString()));
    armTimeout();
}

void SmtpClient::write(const QByteArray &line, bool logIt) {
    if (logIt)
        log(Direction::Client, QString::fromUtf8(line));
    m_socket->write(line + "\r\n");
    armTimeout();
}

void SmtpClient::onReadyRead() {
    m_buffer += m_socket->readAll();
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0)
            break;
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        log(Direction::Server, text);
        if (m_step == Step::Idle)
            continue;
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || line.size() < 3) {
            fail(tr("The server's answer is not SMTP: %1").arg(text));
            return;
        }
        m_replyLines << QString::fromUtf8(line.mid(4));
        if (line.size() > 3 && line.at(3) == '-')
            continue; // more lines of the same reply
        const QStringList lines = m_replyLines;
        m_replyLines.clear();
        onReply(code, lines);
        if (m_step == Step::StartTls || !m_socket)
            break; // what follows is TLS, not lines
    }
}

void SmtpClient::onReply(int code, const QStringList &lines) {
    m_timeout.stop();
    switch (m_step) {
    case Step::Idle:
        return;
    case Step::Greeting:
        if (code != 220) {
            refuse(code, lines);
            return;
        }
        m_step = Step::Ehlo;
        write("EHLO " + m_heloName.toUtf8());
        return;
    case Step::Ehlo:
    case Step::EhloAgain:
        if (code != 250) {
            if (m_step == Step::Ehlo && (code == 500 || code == 502) && !m_options.startTls) {
                m_step = Step::Helo;
                write("HELO " + m_heloName.toUtf8());
                return;
            }
            refuse(code, lines);
            return;
        }
        m_capabilities.clear();
        for (const QString &l : lines.mid(1))
            m_capabilities << l.section(QLatin1Char(' '), 0, 0).toUpper();
        if (m_step == Step::Ehlo && m_options.startTls) {
            if (!m_capabilities.contains(QLatin1String("STARTTLS"))) {
                fail(tr("The server does not offer STARTTLS."));
                return;
            }
            m_step = Step::StartTls;
            write("STARTTLS");
            return;
        }
        sendMail();
        return;
    case Step::Helo:
        if (code != 250) {
            refuse(code, lines);
            return;
        }
        sendMail();
        return;
    case Step::StartTls: {
        if (code != 220) {
            refuse(code, lines);
            return;
        }
        QSslConfiguration config = m_socket->sslConfiguration();
        if (!m_options.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_options.caFile);
            if (cas.isEmpty()) {
                fail(tr("%1 holds no PEM certificate.").arg(m_options.caFile));
                return;
            }
            config.addCaCertificates(cas);
        }
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket->setSslConfiguration(config);
        m_socket->setPeerVerifyName(m_server.host());
        log(Direction::Info, tr("Starting TLS…"));
        armTimeout();
        m_socket->startClientEncryption();
        return;
    }
    case Step::Mail:
        if (code != 250) {
            refuse(code, lines);
            return;
        }
        m_step = Step::Rcpt;
        m_rcpt = 0;
        write("RCPT TO:<" + m_message.to.at(0).toUtf8() + ">");
        return;
    case Step::Rcpt:
        if (code != 250 && code != 251) {
            refuse(code, lines);
            return;
        }
        if (++m_rcpt < m_message.to.size()) {
            write("RCPT TO:<" + m_message.to.at(m_rcpt).toUtf8() + ">");
            return;
        }
        m_step = Step::Data;
        write("DATA");
        return;
    case Step::Data: {
        if (code != 354) {
            refuse(code, lines);
            return;
        }
        m_step = Step::Body;
        for (const QString &l : m_message.lines(m_heloName))
            log(Direction::Client, l);
        log(Direction::Client, QStringLiteral("."));
        m_socket->write(m_message.toData(m_heloName));
        armTimeout();
        return;
    }
    case Step::Body:
        if (code != 250) {
            refuse(code, lines);
            return;
        }
        m_queueId = queueIdFrom(lines.join(QLatin1Char(' ')));
        m_step = Step::Quit;
        m_quitting = true;
        write("QUIT");
        return;
    case Step::Quit: {
        Result r;
        r.accepted = true;
        r.code = code;
        r.reply = lines.join(QLatin1Char('\n'));
        r.queueId = m_queueId;
        r.token = m_message.token;
        done(r);
        return;
    }
    }
}

void SmtpClient::sendMail() {
    m_step = Step::Mail;
    QByteArray mail = "MAIL FROM:<" + m_message.from.toUtf8() + ">";
    if (m_message.needsSmtpUtf8() && m_capabilities.contains(QLatin1String("SMTPUTF8")))
        mail += " SMTPUTF8";
    write(mail);
}

void SmtpClient::onEncrypted() {
    const QSslCipher cipher = m_socket->sessionCipher();
    log(Direction::Info, tr("TLS is up (%1, %2).").arg(cipher.protocolString(), cipher.name()));
    m_step = Step::EhloAgain;
    write("EHLO " + m_heloName.toUtf8());
}

void SmtpClient::onSslErrors(const QList<QSslError> &errors) {
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons << e.errorString();
    m_sslProblem = reasons.join(QStringLiteral("; "));
    for (const QString &r : std::as_const(reasons))
        log(Direction::Error, tr("Certificate: %1").arg(r));
    // Not ignored: the handshake fails, and onSocketError says why.
}

void SmtpClient::onSocketError() {
    if (m_step == Step::Idle)
        return;
    // The server may close right after its "221" to QUIT.
    if (m_quitting && m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        Result r;
        r.accepted = true;
        r.queueId = m_queueId;
        r.token = m_message.token;
        done(r);
        return;
    }
    if (!m_sslProblem.isEmpty())
        fail(tr("The server's certificate was not accepted: %1").arg(m_sslProblem));
    else
        fail(m_socket->errorString());
}

void SmtpClient::fail(const QString &error) {
    if (m_step == Step::Idle)
        return;
    log(Direction::Error, error);
    Result r;
    r.error = error;
    r.token = m_message.token;
    done(r);
}

void SmtpClient::refuse(int code, const QStringList &lines) {
    Result r;
    r.refused = true;
    r.code = code;
    r.reply = lines.join(QLatin1Char('\n'));
    r.token = m_message.token;
    // Say goodbye properly; the outcome does not wait for it.
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_step != Step::Greeting)
        write("QUIT");
    done(r);
}

void SmtpClient::done(Result result) {
    m_step = Step::Idle;
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished(result);
}

} // namespace smtp
