#include "SendTestSubcommand.h"

#include "SmtpClient.h"

#include <QHostInfo>

namespace cli {

SendTestSubcommand::SendTestSubcommand(QObject *parent)
    : Subcommand(parent) {}

SendTestSubcommand::~SendTestSubcommand() = default;

QString SendTestSubcommand::description() const {
    return tr("Send a test message over SMTP and print the transcript and the message's token.");
}

void SendTestSubcommand::addOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("to"), tr("The recipient (repeat for more)."), tr("ADDRESS")});
    parser.addOption({QStringLiteral("server"), tr("The SMTP server, as host:port."), tr("HOST:PORT")});
    parser.addOption({QStringLiteral("from"), tr("The sender (default: bridgehead@ this machine's name)."),
                      tr("ADDRESS")});
    parser.addOption({QStringLiteral("subject"),
                      tr("The subject (default: \"Bridgehead test message <time>\" "
                         "with the token)."),
                      tr("TEXT")});
    parser.addOption({QStringLiteral("starttls"), tr("Use STARTTLS and check the server's certificate.")});
    parser.addOption(
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), tr("FILE")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 30)."),
                      tr("SECONDS"), QStringLiteral("30")});
}

void SendTestSubcommand::start(const QCommandLineParser &parser) {
    if (!parser.isSet(QStringLiteral("to")) || !parser.isSet(QStringLiteral("server"))) {
        refuse(tr("Give at least --to ADDRESS and --server HOST:PORT."));
        return;
    }
    QString error;
    const std::optional<smtp::SmtpEndpoint> server =
        smtp::SmtpEndpoint::parse(parser.value(QStringLiteral("server")), &error);
    if (!server) {
        refuse(tr("--server: %1").arg(error));
        return;
    }
    QString from = parser.value(QStringLiteral("from"));
    if (from.isEmpty()) {
        const QString host = QHostInfo::localHostName();
        from = QStringLiteral("bridgehead@") +
               (host.contains(QLatin1Char('.')) ? host : host + QStringLiteral(".localdomain"));
    }
    if (const QString problem = smtp::TestMessage::validateAddress(from); !problem.isEmpty()) {
        refuse(tr("--from: %1").arg(problem));
        return;
    }
    const QStringList to = parser.values(QStringLiteral("to"));
    for (const QString &t : to)
        if (const QString problem = smtp::TestMessage::validateAddress(t); !problem.isEmpty()) {
            refuse(tr("--to: %1").arg(problem));
            return;
        }
    bool ok = false;
    smtp::SmtpClient::Options options;
    options.startTls = parser.isSet(QStringLiteral("starttls"));
    options.caFile = parser.value(QStringLiteral("ca-file"));
    options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || options.timeoutSeconds < 1) {
        refuse(tr("--timeout needs a number of seconds."));
        return;
    }
    smtp::TestMessage message = smtp::TestMessage::create(from.trimmed(), to);
    if (parser.isSet(QStringLiteral("subject")))
        message.subject = parser.value(QStringLiteral("subject"));
    m_client = std::make_unique<smtp::SmtpClient>();
    connect(m_client.get(), &smtp::SmtpClient::transcript, this,
            [this](smtp::SmtpClient::Direction direction, const QString &line) {
                static const char *const prefix[] = {"C: ", "S: ", "* ", "! "};
                out() << prefix[int(direction)] << line << Qt::endl;
            });
    connect(m_client.get(), &smtp::SmtpClient::finished, this, [this](const smtp::SmtpClient::Result &r) {
        out() << tr("Token: %1").arg(r.token) << Qt::endl;
        if (r.accepted) {
            if (!r.queueId.isEmpty())
                out() << tr("Queue ID: %1").arg(r.queueId) << Qt::endl;
            finish(Success);
        } else if (r.refused) {
            refuse(r.summary());
        } else {
            cannotRun(r.summary());
        }
    });
    m_client->send(*server, message, options);
}

} // namespace cli
