// The SMTP client against a real private Postfix: a message accepted with the queue ID the server
// names, a refusal with the server's own reply, STARTTLS with a trusted and with an unknown
// certificate, and a closed port.

#include "PostfixFixture.h"
#include "SmtpClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using smtp::SmtpClient;
using smtp::SmtpEndpoint;
using smtp::TestMessage;

class TestSmtpClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void sendsAndNamesTheQueueId();
    void refusalShowsTheServersReply();
    void startTlsWithATrustedCertificate();
    void startTlsRefusesAnUnknownCertificate();
    void closedPort();
    void testMessageCarriesItsToken();

private:
    SmtpClient::Result send(const TestMessage &message, const SmtpClient::Options &options, int port = 0,
                            QStringList *transcript = nullptr);

    testsupport::PostfixFixture m_postfix;
};

void TestSmtpClient::initTestCase() {
    testsupport::PostfixFixture::Options options;
    options.tls = true;
    QVERIFY(m_postfix.start(options));
}

void TestSmtpClient::init() {
    QVERIFY(m_postfix.clearQueue());
}

SmtpClient::Result TestSmtpClient::send(const TestMessage &message, const SmtpClient::Options &options,
                                        int port, QStringList *transcript) {
    SmtpClient client;
    QSignalSpy done(&client, &SmtpClient::finished);
    QSignalSpy lines(&client, &SmtpClient::transcript);
    client.send(SmtpEndpoint(QStringLiteral("127.0.0.1"), port ? port : m_postfix.smtpPort()), message,
                options);
    if (!done.wait(30000))
        return {};
    if (transcript)
        *transcript = client.transcriptLines();
    // The transcript is told as it happens, line by line.
    if (lines.size() != client.transcriptLines().size())
        return {};
    return done.first().first().value<SmtpClient::Result>();
}

void TestSmtpClient::sendsAndNamesTheQueueId() {
    const TestMessage message =
        TestMessage::create(QStringLiteral("tester@example.com"), {QStringLiteral("someone@remote.example")});
    QStringList transcript;
    const SmtpClient::Result r = send(message, {}, 0, &transcript);
    QVERIFY2(r.accepted, qPrintable(r.summary() + QLatin1Char('\n') + transcript.join(QLatin1Char('\n'))));
    QVERIFY(!r.queueId.isEmpty());
    QCOMPARE(r.token, message.token);
    QVERIFY(transcript.filter(QStringLiteral("C: EHLO ")).size() == 1);
    QVERIFY(transcript.contains(QStringLiteral("C: MAIL FROM:<tester@example.com>")));
    QVERIFY(transcript.contains(QStringLiteral("C: RCPT TO:<someone@remote.example>")));
    QVERIFY(!transcript.filter(QRegularExpression(QStringLiteral("^S: 354 "))).isEmpty());
    QVERIFY(!transcript.filter(QStringLiteral("queued as ") + r.queueId).isEmpty());
    QVERIFY(m_postfix.waitForQueue([&](const QList<queues::QueuedMessage> &messages) {
        return messages.size() == 1 && messages.first().id == r.queueId &&
               messages.first().sender == QLatin1String("tester@example.com");
    }));
}

void TestSmtpClient::refusalShowsTheServersReply() {
    const TestMessage message =
        TestMessage::create(QStringLiteral("tester@example.com"),
                            {QStringLiteral("ok@remote.example"),
                             QStringLiteral("no@") + testsupport::PostfixFixture::RefusedDomain});
    const SmtpClient::Result r = send(message, {});
    QVERIFY(!r.accepted);
    QVERIFY(r.refused);
    QCOMPARE(r.code, 554);
    QVERIFY2(r.reply.contains(testsupport::PostfixFixture::RefusedText), qPrintable(r.reply));
    QVERIFY(r.summary().contains(testsupport::PostfixFixture::RefusedText));
    QVERIFY(m_postfix.list().isEmpty());
}

void TestSmtpClient::startTlsWithATrustedCertificate() {
    SmtpClient::Options options;
    options.startTls = true;
    options.caFile = m_postfix.caFile();
    QStringList transcript;
    const SmtpClient::Result r =
        send(TestMessage::create(QStringLiteral("tls@example.com"), {QStringLiteral("x@remote.example")}),
             options, 0, &transcript);
    QVERIFY2(r.accepted, qPrintable(r.summary() + QLatin1Char('\n') + transcript.join(QLatin1Char('\n'))));
    QVERIFY(!transcript.filter(QStringLiteral("* TLS is up")).isEmpty());
    QCOMPARE(transcript.filter(QStringLiteral("C: EHLO ")).size(), 2); // again after the handshake
}

void TestSmtpClient::startTlsRefusesAnUnknownCertificate() {
    SmtpClient::Options options;
    options.startTls = true; // no CA file: the private CA is unknown
    const SmtpClient::Result r =
        send(TestMessage::create(QStringLiteral("tls@example.com"), {QStringLiteral("x@remote.example")}),
             options);
    QVERIFY(!r.accepted);
    QVERIFY(!r.refused);
    QVERIFY2(r.error.contains(QStringLiteral("certificate")), qPrintable(r.error));
    QVERIFY(m_postfix.list().isEmpty());
}

void TestSmtpClient::closedPort() {
    int port = 0;
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        port = s.serverPort();
    }
    const SmtpClient::Result r = send(
        TestMessage::create(QStringLiteral("a@example.com"), {QStringLiteral("b@remote.example")}), {}, port);
    QVERIFY(!r.accepted && !r.refused);
    QVERIFY2(r.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(r.error));
}

void TestSmtpClient::testMessageCarriesItsToken() {
    const TestMessage m =
        TestMessage::create(QStringLiteral("a@example.com"), {QStringLiteral("b@remote.example")});
    QVERIFY(m.token.startsWith(QStringLiteral("BH-")));
    QVERIFY(m.subject.startsWith(QStringLiteral("Bridgehead test message ")));
    QVERIFY(m.subject.contains(m.token));
    QVERIFY(TestMessage::create(QStringLiteral("a@example.com"), {}).token != m.token);
    const QByteArray data = m.toData(QStringLiteral("gw1.example.com"));
    QVERIFY(data.contains("X-Bridgehead-Token: " + m.token.toLatin1() + "\r\n"));
    QVERIFY(data.endsWith("\r\n.\r\n"));
    QVERIFY(TestMessage::validateAddress(QStringLiteral("a@example.com")).isEmpty());
    QVERIFY(!TestMessage::validateAddress(QStringLiteral("a b@example.com")).isEmpty());
    QVERIFY(!TestMessage::validateAddress(QStringLiteral("a@example.com>\r\nRCPT TO:<x@y")).isEmpty());
    QVERIFY(!TestMessage::validateAddress(QStringLiteral("nobody")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
