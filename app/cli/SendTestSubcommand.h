#pragma once

// `bridgehead send-test`: sends a test message to an SMTP server with the console's SMTP client,
// printing the transcript as it goes and the message's token (what Find Messages and
// `bridgehead queues --subject` find it by). Exit status 0 when the server accepted it, 1 when an
// address was refused (by us or by the server, whose reply is printed), 2 when it could not connect.

#include "Subcommand.h"

#include <memory>

namespace smtp {
class SmtpClient;
}

namespace cli {

class SendTestSubcommand : public Subcommand {
    Q_OBJECT
public:
    explicit SendTestSubcommand(QObject *parent = nullptr);
    ~SendTestSubcommand() override;

    QStringList words() const override { return {QStringLiteral("send-test")}; }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    std::unique_ptr<smtp::SmtpClient> m_client;
};

} // namespace cli
