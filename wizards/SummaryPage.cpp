#include "SummaryPage.h"

#include "CreationWizard.h"
#include "DirectorySession.h"
#include "FieldMessage.h"
#include "Topology.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wizards {

SummaryPage::SummaryPage(CreationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Check the settings. Nothing is written until you click Finish."));
    // Finish here writes; the page after it shows what happened.
    setButtonText(QWizard::NextButton, tr("&Finish"));

    m_settings = new QLabel(this);
    m_settings->setObjectName(QStringLiteral("summarySettings"));
    m_settings->setTextFormat(Qt::PlainText);
    m_settings->setWordWrap(true);
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("summarySteps"));
    m_steps->setTextFormat(Qt::PlainText);
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("summaryRefusal"));
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setWordWrap(true);
    QPalette palette = m_refusal->palette();
    palette.setColor(QPalette::WindowText, widgets::FieldMessage::errorColor());
    m_refusal->setPalette(palette);

    // While it is shown, the plan follows the directory (a name taken meanwhile, an instance number
    // used, a rolled-back write read again).
    connect(wizard->session()->topology(), &topology::Topology::changed, this, [this] {
        if (m_wizard->currentPage() == this)
            replan();
    });

    auto *stepsTitle = new QLabel(tr("Finish will create:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addSpacing(8);
    layout->addWidget(stepsTitle);
    layout->addWidget(m_steps);
    layout->addWidget(m_refusal);
    layout->addStretch();
}

void SummaryPage::initializePage() {
    replan();
}

void SummaryPage::replan() {
    topology::CreationPlanner::Refusal refusal;
    m_plan = m_wizard->plan(&refusal);
    m_settings->setText(m_wizard->summary().join(QLatin1Char('\n')));
    QStringList steps;
    if (m_plan)
        for (const topology::ChangeSet::Step &step : m_plan->changes.steps())
            steps << QStringLiteral("• ") + step.description;
    m_steps->setText(steps.join(QLatin1Char('\n')));
    m_refusal->setText(m_plan ? QString() : tr("%1\nGo back to change it.").arg(refusal.message));
    m_refusal->setVisible(!m_plan);
    Q_EMIT completeChanged();
}

bool SummaryPage::isComplete() const {
    return m_plan.has_value();
}

} // namespace wizards
