#pragma once

// What the wizard tests share: a demo directory and a live session on it, typing and clicking the
// way a user does, the directory as a second connection sees it, and pictures of the pages when
// BRIDGEHEAD_WIZARD_SCREENSHOTS names a folder (run under Xvfb with QT_QPA_PLATFORM=xcb to look at
// them).

#include "AddressSpaceDialog.h"
#include "Attributes.h"
#include "BridgeheadChooserDialog.h"
#include "Connection.h"
#include "CreationWizard.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "NetworkIsolation.h"
#include "ResultPage.h"
#include "TestServer.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <functional>
#include <memory>

namespace wizardtesting {

using directory::Dn;
using directory::Entry;

const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;
const QString Exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + testsupport::demo::FirstAg;
const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + testsupport::demo::FirstAg;
const QString BranchRg =
    QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + testsupport::demo::FirstAg;
const QString EuropeRg = QStringLiteral("CN=Europe Routing Group,CN=Routing Groups,") + Europe;

inline QString vs(const QString &server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,").arg(n) + server;
}

template <class T> T *child(QObject *parent, const char *name) {
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Key by key, as typed; characters beyond ASCII as the text of their key events.
inline void typeInto(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void typeInto(QSpinBox *spin, int value) {
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

inline QAbstractButton *next(QWizard *wizard) {
    return wizard->button(QWizard::NextButton);
}

inline QAbstractButton *back(QWizard *wizard) {
    return wizard->button(QWizard::BackButton);
}

// A picture of the wizard as it is now, when asked for.
inline void picture(QWizard *wizard, const QString &name) {
    const QString folder = qEnvironmentVariable("BRIDGEHEAD_WIZARD_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    wizard->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

// Clicks Next (Finish on the summary page) when it is enabled; false when it is not.
inline bool clickNext(QWizard *wizard) {
    if (!next(wizard)->isEnabled() || !next(wizard)->isVisible())
        return false;
    const int before = wizard->currentId();
    next(wizard)->click();
    return wizard->currentId() != before;
}

// Chooses virtual servers in the tab's Add Bridgehead dialog by their "SERVER – name" labels.
inline bool addBridgeheads(QWidget *tab, const QStringList &labels) {
    child<QPushButton>(tab, "addBridgeheadButton")->click();
    properties::BridgeheadChooserDialog *chooser = nullptr;
    if (!QTest::qWaitFor([&] { return (chooser = tab->findChild<properties::BridgeheadChooserDialog *>()); }))
        return false;
    auto *choices = child<QListWidget>(chooser, "bridgeheadChoices");
    for (const QString &label : labels) {
        const QList<QListWidgetItem *> items = choices->findItems(label, Qt::MatchExactly);
        if (items.size() != 1)
            return false;
        items.first()->setSelected(true);
    }
    child<QPushButton>(chooser, "dialogOkButton")->click();
    return QTest::qWaitFor([&] { return !tab->findChild<properties::BridgeheadChooserDialog *>(); });
}

// Adds an SMTP address space through the tab's Add Address Space dialog; the dialog is left open (and
// returned) when it refuses the input.
inline properties::AddressSpaceDialog *addAddressSpace(QWidget *tab, const QString &domain, int cost) {
    child<QPushButton>(tab, "addAddressSpaceButton")->click();
    properties::AddressSpaceDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = tab->findChild<properties::AddressSpaceDialog *>()); }))
        return nullptr;
    typeInto(child<QLineEdit>(dialog, "addressEdit"), domain);
    typeInto(child<QSpinBox>(dialog, "costSpin"), cost);
    child<QPushButton>(dialog, "dialogOkButton")->click();
    // A refused input leaves the dialog open with the reason at its field.
    if (QTest::qWaitFor([&] { return !tab->findChild<properties::AddressSpaceDialog *>(); }, 200))
        return nullptr;
    return tab->findChild<properties::AddressSpaceDialog *>();
}

// Runs `meanwhile` once Finish has been clicked and the plan is fixed, before the write reaches the
// directory (the writer starts on the next turn of the event loop, and `meanwhile` blocks): what
// someone else does between the summary and the write.
inline void beforeTheWrite(QWizard *wizard, std::function<void()> meanwhile) {
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        QObject::connect(wizard, &QWizard::currentIdChanged, wizard, [connection, meanwhile](int id) {
            if (id != wizards::CreationWizard::Result)
                return;
            QObject::disconnect(*connection);
            meanwhile();
        });
}

// Waits until the result page has the directory's answer.
inline bool waitForResult(wizards::CreationWizard *wizard) {
    return QTest::qWaitFor([wizard] { return !wizard->resultPage()->isWriting(); }, 10000);
}

// The demo directory and a console session following it, for one test function: a slapd, or in
// tests with a "server" column (TestServer::addRows) the server of the current row.
class DirectoryUnderTest {
public:
    bool start(testsupport::TestServer::Kind kind = testsupport::TestServer::Kind::Slapd) {
        return m_dir.startDemo(kind);
    }
    bool open(bool transactions = true) {
        m_session = std::make_unique<console::DirectorySession>();
        directory::ConnectionSettings settings = m_dir.adminSettings();
        settings.useTransactions = transactions;
        QSignalSpy loaded(m_session.get(), &console::DirectorySession::loaded);
        m_session->open(settings);
        // Loaded comes first; Live once the change feed has caught up, a moment later on a busy machine.
        return loaded.wait(15000) &&
               QTest::qWaitFor(
                   [this] { return m_session->state() == console::DirectorySession::State::Live; }, 5000);
    }
    void stop() {
        m_session.reset();
        m_dir.stop();
    }
    console::DirectorySession *session() const { return m_session.get(); }
    const topology::Topology &topology() const { return *m_session->topology(); }
    testsupport::TestServer &fixture() { return m_dir; }

    Entry entry(const QString &dn) {
        directory::Connection reader;
        reader.setSettings(m_dir.adminSettings());
        directory::DirectoryReply *reply = reader.searchBase(dn);
        return testsupport::waitFor(reply) ? reply->entries().value(0) : Entry();
    }
    bool exists(const QString &dn) { return !entry(dn).dn().isEmpty(); }

    // Every entry as a second connection reads it: attribute → sorted values, DN values as names.
    using Snapshot = testsupport::DirectorySnapshot;
    Snapshot snapshot() {
        return testsupport::directorySnapshot(m_dir.adminSettings(), m_dir.demoBase());
    }

    // What differs between two snapshots, for a failure message.
    static QString difference(const Snapshot &before, const Snapshot &after) {
        QStringList out;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!after.contains(it.key()))
                out << QStringLiteral("gone: ") + it.key();
            else if (after.value(it.key()) != it.value())
                out << QStringLiteral("changed: ") + it.key();
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (!before.contains(it.key()))
                out << QStringLiteral("new: ") + it.key();
        return out.join(QLatin1Char('\n'));
    }

private:
    testsupport::TestServer m_dir;
    std::unique_ptr<console::DirectorySession> m_session;
};

} // namespace wizardtesting
