#include "PrepareAdSubcommand.h"

#include "Connection.h"
#include "ConnectionOptions.h"
#include "SchemaPreparer.h"

namespace cli {

PrepareAdSubcommand::PrepareAdSubcommand(QObject *parent)
    : Subcommand(parent) {}

PrepareAdSubcommand::~PrepareAdSubcommand() = default;

QString PrepareAdSubcommand::description() const {
    return tr("Prepare an Active Directory forest for Bridgehead (add the Exchange schema it uses).");
}

void PrepareAdSubcommand::addOptions(QCommandLineParser &parser) {
    parser.addOptions(ConnectionOptions::options());
    parser.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), tr("Show what would be added; write nothing.")));
}

void PrepareAdSubcommand::start(const QCommandLineParser &parser) {
    QString error;
    const std::optional<directory::ConnectionSettings> settings = ConnectionOptions::read(parser, &error);
    if (!settings) {
        refuse(error);
        return;
    }
    m_connection = std::make_unique<directory::Connection>();
    m_connection->setSettings(*settings);
    m_preparer = new schema::SchemaPreparer(m_connection.get(), this);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    connect(m_preparer, &schema::SchemaPreparer::planned, this,
            [this, dryRun](const schema::SchemaPlan &plan) {
                if (plan.isComplete() || plan.hasConflicts())
                    return; // the outcome says it
                out() << (dryRun ? tr("Preparing this forest would make these schema changes:")
                                 : tr("Preparing this forest makes these schema changes:"))
                      << '\n';
                for (const QString &line : plan.describe())
                    out() << "  " << line << '\n';
                out().flush();
            });
    connect(m_preparer, &schema::SchemaPreparer::progress, this, [this](const QString &step) {
        out() << tr("Writing: %1").arg(step) << '\n';
        out().flush();
    });
    connect(m_preparer, &schema::SchemaPreparer::finished, this,
            [this](schema::SchemaPreparer::Outcome outcome) {
                switch (outcome) {
                case schema::SchemaPreparer::Outcome::Prepared:
                case schema::SchemaPreparer::Outcome::NothingToDo:
                    out() << m_preparer->message() << '\n';
                    out().flush();
                    finish(Success);
                    break;
                case schema::SchemaPreparer::Outcome::Refused:
                    refuse(m_preparer->message());
                    break;
                case schema::SchemaPreparer::Outcome::Failed:
                    cannotRun(m_preparer->message());
                    break;
                }
            });
    m_preparer->start(dryRun);
}

} // namespace cli
