#pragma once

// What the New SMTP Virtual Server, New SMTP Connector and Internet Mail wizards share: the session
// they write through, a summary page that shows what Finish will write (planned by
// topology::CreationPlanner from the pages as they are), and a result page that writes it as one
// ChangeSet and shows the created DNs, the equivalent command line and LDIF, and Open Properties.
// Subclasses add their own pages before those two and say how their pages become a plan.

#include "CreationPlanner.h"

#include <QWizard>

#include <optional>

namespace console {
class DirectorySession;
}

namespace topology {
class Topology;
}

namespace wizards {

class ResultPage;
class SummaryPage;

class CreationWizard : public QWizard {
    Q_OBJECT
public:
    // The pages every creation wizard ends with; a wizard numbers its own pages below these.
    enum ClosingPage { Summary = 100, Result = 101 };

    explicit CreationWizard(console::DirectorySession *session, QWidget *parent = nullptr);

    console::DirectorySession *session() const { return m_session; }
    const topology::Topology &topology() const;

    // What Finish writes, planned from the pages as they are now, or nothing with the reason.
    virtual std::optional<topology::CreationPlanner::Plan>
    plan(topology::CreationPlanner::Refusal *refusal) const = 0;
    // The `bridgehead new …` command lines that create the same, for a shell.
    virtual QString commandLine() const = 0;
    // "Server: GW1", one line per setting, for the summary page.
    virtual QStringList summary() const = 0;

    SummaryPage *summaryPage() const { return m_summaryPage; }
    ResultPage *resultPage() const { return m_resultPage; }

Q_SIGNALS:
    // Finish wrote everything; `object` is the connector or virtual server asked for.
    void created(const directory::Dn &object);
    // The result page's Open Properties.
    void propertiesRequested(const directory::Dn &object);

protected:
    // Adds the summary and result pages; a subclass calls it once its own pages are added.
    void addClosingPages();
    // --uri, --base … of the session, for commandLine().
    QStringList connectionArguments() const;

private:
    console::DirectorySession *m_session;
    SummaryPage *m_summaryPage = nullptr;
    ResultPage *m_resultPage = nullptr;
};

} // namespace wizards
