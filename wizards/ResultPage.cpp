#include "ResultPage.h"

#include "CreationWizard.h"
#include "DirectorySession.h"
#include "FieldMessage.h"
#include "SummaryPage.h"
#include "Topology.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wizards {

ResultPage::ResultPage(CreationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Result"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto makeText = [this, &fixed](const QString &name) {
        auto *text = new QPlainTextEdit(this);
        text->setObjectName(name);
        text->setReadOnly(true);
        text->setFont(fixed);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        return text;
    };
    m_created = makeText(QStringLiteral("createdText"));
    m_created->setMaximumHeight(m_created->fontMetrics().lineSpacing() * 4 + 12);
    m_commandLine = makeText(QStringLiteral("commandLineText"));
    m_ldif = makeText(QStringLiteral("ldifText"));

    m_equivalents = new QTabWidget(this);
    m_equivalents->setObjectName(QStringLiteral("equivalentTabs"));
    m_equivalents->addTab(copyableText(m_commandLine, QStringLiteral("copyCommandLineButton")),
                          tr("Command line"));
    m_equivalents->addTab(copyableText(m_ldif, QStringLiteral("copyLdifButton")), tr("LDIF"));

    m_openProperties = new QPushButton(tr("Open &Properties"), this);
    m_openProperties->setObjectName(QStringLiteral("openPropertiesButton"));
    connect(m_openProperties, &QPushButton::clicked, this,
            [this] { Q_EMIT openPropertiesClicked(m_plan.object()); });
    connect(m_wizard->session()->topology(), &topology::Topology::changed, this,
            &ResultPage::updateOpenProperties);

    m_createdTitle = new QLabel(this);
    m_createdTitle->setObjectName(QStringLiteral("createdTitle"));
    auto *equivalentTitle = new QLabel(tr("The same from a script, or for the record:"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_openProperties);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_createdTitle);
    layout->addWidget(m_created);
    layout->addWidget(equivalentTitle);
    layout->addWidget(m_equivalents, 1);
    layout->addLayout(bottom);
}

QWidget *ResultPage::copyableText(QPlainTextEdit *text, const QString &buttonName) {
    auto *holder = new QWidget(this);
    auto *copy = new QPushButton(tr("&Copy"), holder);
    copy->setObjectName(buttonName);
    connect(copy, &QPushButton::clicked, this,
            [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    auto *layout = new QVBoxLayout(holder);
    layout->addWidget(text, 1);
    layout->addLayout(buttons);
    return holder;
}

QString ResultPage::commandLine() const {
    return m_commandLine->toPlainText();
}

QString ResultPage::ldif() const {
    return m_ldif->toPlainText();
}

void ResultPage::initializePage() {
    const std::optional<topology::CreationPlanner::Plan> &plan = m_wizard->summaryPage()->plan();
    if (!plan) // the summary keeps Finish disabled without a plan
        return;
    // What the summary showed is what is written: an entry made meanwhile by someone else makes the
    // directory refuse the whole set.
    m_plan = *plan;
    m_written = false;
    m_writing = true;
    m_result = topology::ChangeSetResult{};
    setSubTitle(QString());
    m_status->setText(tr("Writing to the directory…"));
    m_createdTitle->setText(tr("Creating:"));
    m_status->setPalette(QPalette());
    QStringList created;
    for (const QString &dn : m_plan.changes.createdDns())
        created << directory::Dn::parse(dn).toDisplayString();
    m_created->setPlainText(created.join(QLatin1Char('\n')));
    m_commandLine->setPlainText(m_wizard->commandLine());
    m_ldif->setPlainText(m_plan.changes.toLdif());
    m_openProperties->setEnabled(false);
    // Back is closed while writing (and stays closed once written).
    m_wizard->summaryPage()->setCommitPage(true);
    Q_EMIT completeChanged();
    topology::ChangeSetWriter *writer = m_wizard->session()->submit(m_plan.changes);
    connect(writer, &topology::ChangeSetWriter::finished, this, &ResultPage::written);
}

void ResultPage::written(const topology::ChangeSetResult &result) {
    m_writing = false;
    m_result = result;
    m_written = result.ok();
    if (m_written) {
        setSubTitle(tr("Everything was created."));
        m_createdTitle->setText(tr("Created:"));
        m_status->setText(
            tr("The directory holds the new objects now; the console shows them as soon as they "
               "arrive."));
    } else {
        setSubTitle(tr("Nothing was created."));
        m_createdTitle->setText(tr("Not created:"));
        QPalette palette;
        palette.setColor(QPalette::WindowText, widgets::FieldMessage::errorColor());
        m_status->setPalette(palette);
        m_status->setText(
            result.leftWritten.isEmpty()
                ? tr("%1\n\nGo back to change the settings, or close the wizard.").arg(result.message)
                : result.message);
        m_wizard->summaryPage()->setCommitPage(false);
    }
    updateOpenProperties();
    Q_EMIT completeChanged();
    Q_EMIT finishedWriting(result);
}

void ResultPage::cleanupPage() {
    // Back after a failed write: plan again, the directory may hold something new.
    m_wizard->summaryPage()->replan();
}

void ResultPage::updateOpenProperties() {
    m_openProperties->setEnabled(m_written && m_wizard->session()->topology()->find(m_plan.object()));
}

bool ResultPage::isComplete() const {
    return !m_writing;
}

} // namespace wizards
