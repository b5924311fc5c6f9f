#include "ApplyConfigDialog.h"

#include "ExchangeServer.h"
#include "Topology.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailserverui {

using postfix::ConfigApply;
using Step = postfix::ConfigApply::Step;

ApplyConfigDialog::ApplyConfigDialog(const topology::Topology &topology, const directory::Dn &server,
                                     const queues::PostfixInstance &instance,
                                     const postfix::PostfixConfigGenerator::Options &options, QWidget *parent)
    : QDialog(parent)
    , m_topology(topology)
    , m_server(server)
    , m_instance(instance)
    , m_options(options) {
    setObjectName(QStringLiteral("applyConfigDialog"));
    const auto *s = topology.findAs<topology::ExchangeServer>(server);
    const QString name = s ? s->name() : server.toDisplayString();
    setWindowTitle(tr("Apply to Mail Server: %1").arg(name));

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), new QLabel(name, this));
    auto *where = new QLabel(instance.displayName(), this);
    where->setObjectName(QStringLiteral("applyTarget"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Postfix configuration:"), where);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setRange(0, 4);
    m_progress->setTextVisible(false);

    auto *diffLabel = new QLabel(tr("Changes to the mail server's files:"), this);
    m_diff = new QPlainTextEdit(this);
    m_diff->setObjectName(QStringLiteral("applyDiff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    diffLabel->setBuddy(m_diff);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("applyNotes"));
    m_notes->setWordWrap(true);
    m_notes->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("applyCancelButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setText(tr("Close"));
    connect(m_applyButton, &QPushButton::clicked, this, &ApplyConfigDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &ApplyConfigDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(diffLabel);
    layout->addWidget(m_diff, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(&m_apply, &ConfigApply::progress, this, &ApplyConfigDialog::onProgress);
    connect(&m_apply, &ConfigApply::currentRead, this, &ApplyConfigDialog::onRead);
    connect(&m_apply, &ConfigApply::finished, this, &ApplyConfigDialog::onFinished);
    setBusy(false);
    resize(860, 620);
}

void ApplyConfigDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void ApplyConfigDialog::start() {
    m_started = true;
    QString error;
    const std::optional<postfix::PostfixConfig> config =
        postfix::PostfixConfigGenerator::generate(m_topology, m_server, m_options, &error);
    if (!config) {
        m_status->setText(error);
        return;
    }
    if (!config->warnings.isEmpty()) {
        m_notes->setText(
            tr("Not carried over to Postfix: %1").arg(config->warnings.join(QLatin1String("; "))));
        m_notes->show();
    }
    setBusy(true);
    m_apply.read(m_instance, *config);
}

void ApplyConfigDialog::onProgress(Step step) {
    switch (step) {
    case Step::Reading:
        m_status->setText(tr("Reading the mail server's configuration…"));
        break;
    case Step::Checking:
        m_status->setText(tr("Checking the new configuration with postfix check…"));
        break;
    case Step::Writing:
        m_status->setText(tr("Writing main.cf, master.cf and the transport map…"));
        break;
    case Step::Reloading:
        m_status->setText(tr("Reloading Postfix…"));
        break;
    case Step::Done:
        break;
    }
    m_progress->setValue(int(step));
    m_cancelButton->setEnabled(m_apply.canCancel());
}

void ApplyConfigDialog::onRead() {
    setBusy(false);
    if (!m_apply.hasChanges()) {
        m_diff->setPlainText(QString());
        m_status->setText(tr("The mail server already has this configuration: nothing to apply."));
        return;
    }
    m_diff->setPlainText(m_apply.diff());
    m_applyButton->setEnabled(true);
    m_status->setText(tr("Apply checks the new configuration with postfix check first, keeps each "
                         "file's previous version beside it as *%1 and reloads Postfix.")
                          .arg(ConfigApply::PreviousSuffix));
    Q_EMIT ready();
}

void ApplyConfigDialog::apply() {
    if (!canApply())
        return;
    m_applyButton->setEnabled(false);
    setBusy(true);
    m_apply.apply();
}

void ApplyConfigDialog::cancel() {
    m_apply.cancel();
}

void ApplyConfigDialog::onFinished(const ConfigApply::Outcome &outcome) {
    setBusy(false);
    if (outcome.succeeded) {
        m_done = true;
        m_status->setText(outcome.reloaded
                              ? tr("Applied: the new configuration is in place and Postfix has reloaded.")
                              : tr("Written: Postfix is not running, so it uses the new configuration "
                                   "when it starts."));
    } else if (outcome.cancelled) {
        m_status->setText(outcome.message);
        m_applyButton->setEnabled(m_apply.hasChanges());
    } else {
        QString consequence;
        switch (outcome.failedAt) {
        case Step::Reading:
            consequence = tr("Nothing was changed.");
            break;
        case Step::Checking:
            consequence = tr("Postfix refused the new configuration; the old one stays in place.");
            break;
        case Step::Writing:
            consequence = tr("Writing failed; the previous files were put back.");
            break;
        case Step::Reloading:
        case Step::Done:
            consequence = tr("The new files are in place, but Postfix did not reload.");
            break;
        }
        m_status->setText(consequence + QLatin1Char('\n') + outcome.message);
        m_applyButton->setEnabled(outcome.failedAt == Step::Checking && m_apply.hasChanges());
    }
    Q_EMIT applied(outcome);
}

void ApplyConfigDialog::setBusy(bool busy) {
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(int(m_apply.step()));
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy && m_apply.canCancel());
    m_closeButton->setEnabled(!busy || m_apply.canCancel());
}

bool ApplyConfigDialog::canApply() const {
    return !m_apply.isRunning() && m_apply.hasChanges() && !m_done;
}

QString ApplyConfigDialog::diffText() const {
    return m_diff->toPlainText();
}

QString ApplyConfigDialog::statusText() const {
    return m_status->text();
}

void ApplyConfigDialog::reject() {
    // Closing while the files are written would hide how it ended; until then it cancels.
    if (m_apply.isRunning() && !m_apply.canCancel())
        return;
    m_apply.cancel();
    QDialog::reject();
}

} // namespace mailserverui
