#include "CreationWizard.h"

#include "DirectorySession.h"
#include "EquivalentCommand.h"
#include "ResultPage.h"
#include "SummaryPage.h"

#include <QAbstractButton>

namespace wizards {

CreationWizard::CreationWizard(console::DirectorySession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session) {
    setWizardStyle(QWizard::ModernStyle);
    // Once written there is nothing to cancel; the result page closes with Finish.
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    resize(620, 560);
}

const topology::Topology &CreationWizard::topology() const {
    return *m_session->topology();
}

void CreationWizard::addClosingPages() {
    m_summaryPage = new SummaryPage(this);
    m_resultPage = new ResultPage(this);
    setPage(Summary, m_summaryPage);
    setPage(Result, m_resultPage);
    connect(m_resultPage, &ResultPage::finishedWriting, this,
            [this](const topology::ChangeSetResult &result) {
                if (result.ok())
                    Q_EMIT created(m_resultPage->object());
            });
    connect(m_resultPage, &ResultPage::openPropertiesClicked, this, &CreationWizard::propertiesRequested);
}

QStringList CreationWizard::connectionArguments() const {
    return topology::EquivalentCommand::connectionArguments(m_session->settings(), m_session->base());
}

} // namespace wizards
