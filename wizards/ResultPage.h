#pragma once

// The last page of a creation wizard: writes the ChangeSet the summary showed, as one transaction or
// as steps undone on failure, and shows what happened. On success: the created DNs, the equivalent
// command line and LDIF (both copyable) and Open Properties, which waits for the new object to
// arrive through the change feed; Back is closed, since what is written stays written. On failure:
// the reason and what the directory holds now, and Back to change the settings.

#include "ChangeSetWriter.h"
#include "CreationPlanner.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace wizards {

class CreationWizard;

class ResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ResultPage(CreationWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isWriting() const { return m_writing; }
    bool isWritten() const { return m_written; }
    const topology::ChangeSetResult &result() const { return m_result; }
    // The object asked for (connector or virtual server) of the plan last written.
    directory::Dn object() const { return m_plan.object(); }
    QString commandLine() const;
    QString ldif() const;
    QPushButton *openPropertiesButton() const { return m_openProperties; }

Q_SIGNALS:
    void finishedWriting(const topology::ChangeSetResult &result);
    void openPropertiesClicked(const directory::Dn &object);

private:
    void written(const topology::ChangeSetResult &result);
    void updateOpenProperties();
    QWidget *copyableText(QPlainTextEdit *text, const QString &buttonName);

    CreationWizard *m_wizard;
    QLabel *m_status;
    QLabel *m_createdTitle;
    QPlainTextEdit *m_created;
    QTabWidget *m_equivalents;
    QPlainTextEdit *m_commandLine;
    QPlainTextEdit *m_ldif;
    QPushButton *m_openProperties;
    topology::CreationPlanner::Plan m_plan;
    topology::ChangeSetResult m_result;
    bool m_writing = false;
    bool m_written = false;
};

} // namespace wizards
