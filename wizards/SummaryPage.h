#pragma once

// The page before Finish: the settings the user chose, and what Finish will write (the steps of the
// planned ChangeSet). Planned again each time it is entered and whenever the directory changes while
// it is shown; when the planner refuses (a name taken meanwhile) it says why and Finish stays disabled.

#include "CreationPlanner.h"

#include <QWizardPage>

#include <optional>

class QLabel;

namespace wizards {

class CreationWizard;

class SummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(CreationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Plans again from the pages (after a failed write, before the user tries once more).
    void replan();
    const std::optional<topology::CreationPlanner::Plan> &plan() const { return m_plan; }

private:
    CreationWizard *m_wizard;
    QLabel *m_settings;
    QLabel *m_steps;
    QLabel *m_refusal;
    std::optional<topology::CreationPlanner::Plan> m_plan;
};

} // namespace wizards
