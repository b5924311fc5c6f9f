// The queue viewer in the console window, offscreen, on the demo directory and a real private
// Postfix: the tutorial (send a test message, see it in the smart host's queue in Retry with the
// refusal, find it by sender, freeze, unfreeze, delete), a server without a queue source, queue
// actions, ticks/selection/scrolling across refreshes, F5, headers, and refusals in Postfix's words.

#include "ActionController.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "FindMessagesDialog.h"
#include "MainWindow.h"
#include "MessageHeadersDialog.h"
#include "MessageListModel.h"
#include "MessageListView.h"
#include "PostfixFixture.h"
#include "QueueListModel.h"
#include "QueueMessagesDialog.h"
#include "QueueMonitor.h"
#include "QueueSettingsDialog.h"
#include "QueueSourceDialog.h"
#include "QueueSourceSettings.h"
#include "QueueViewer.h"
#include "SendTestMessageDialog.h"
#include "ServerQueues.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using console::NodeType;
using directory::Dn;
using queues::MessageListModel;
using queues::QueueListModel;

namespace {

const QString Gw1 = testsupport::demo::Gw1;
const QString Gw1Internet = QStringLiteral("CN=2,CN=SMTP,CN=Protocols,") + testsupport::demo::Gw1;
const QString Exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + testsupport::demo::FirstAg;
const QString InternetConnector =
    QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + testsupport::demo::FirstRgConnections;
const QString QueueName = QStringLiteral("Internet Mail SMTP Connector (GW1) – [127.0.0.1]:9");

} // namespace

class TestQueueViewer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void tutorial();
    void serverWithoutSourceOffersOne();
    void queueActions();
    void ticksSelectionAndScrollSurviveRefresh();
    void f5RefreshesTheQueue();
    void refreshesByItselfAtTheSetInterval();
    void viewHeaders();
    void findBySubjectShowsProgress();
    void refusedInPostfixsWords();

private:
    queueui::QueueViewer *viewer() const { return m_window->queueViewer(); }
    bool showQueues(const QString &server);
    bool refreshAndWait();
    int queueRow(const QString &name) const;
    QString queueCell(const QString &name, int column) const;
    // Answers the next message box of this object name with `button`; its text goes to `*text`.
    void answerNextBox(const QString &objectName, QMessageBox::StandardButton button,
                       QString *text = nullptr);
    QAction *action(const char *id) const { return m_window->actions()->action(QString::fromLatin1(id)); }

    testsupport::DirectoryFixture m_dir;
    testsupport::PostfixFixture m_postfix;
    MainWindow *m_window = nullptr;
};

void TestQueueViewer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // saved queue sources go to a test location
    QVERIFY(m_dir.startDemo());
    QVERIFY(m_postfix.start());
    // The Internet connector's smart host is where this Postfix relays (a closed port).
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchSmtpSmartHost\n"
                                            "msExchSmtpSmartHost: smarthost.example.net;[127.0.0.1]\n")
                                 .arg(InternetConnector)));
    m_window = new MainWindow;
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    m_window->show();
    m_window->connectTo(m_dir->adminSettings(), QStringLiteral("queue viewer test"));
    QVERIFY(loaded.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), console::DirectorySession::State::Live, 5000);
    m_window->queueSources()->setSessionSource(Dn::parse(Gw1), m_postfix.instance());
}

void TestQueueViewer::cleanupTestCase() {
    delete m_window;
    m_postfix.stop();
    m_dir.stop();
}

void TestQueueViewer::init() {
    m_window->queueSources()->setRefreshSeconds(120); // what a user has who never changed it
    QVERIFY(m_postfix.clearQueue());
    QVERIFY(m_postfix.waitForQueue([](const auto &m) { return m.isEmpty(); }));
}

void TestQueueViewer::cleanup() {
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            w->close();
}

bool TestQueueViewer::showQueues(const QString &server) {
    if (!m_window->selectNode(Dn::parse(server), int(NodeType::Queues)))
        return false;
    return viewer()->isVisible();
}

bool TestQueueViewer::refreshAndWait() {
    QSignalSpy done(viewer(), &queueui::QueueViewer::refreshed);
    viewer()->refresh();
    return done.wait(20000) && done.first().first().value<queues::ListingResult>().ok;
}

int TestQueueViewer::queueRow(const QString &name) const {
    const QAbstractItemModel *m = viewer()->queueView()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, QueueListModel::Name).data().toString() == name)
            return r;
    return -1;
}

QString TestQueueViewer::queueCell(const QString &name, int column) const {
    const int row = queueRow(name);
    return row < 0 ? QString() : viewer()->queueView()->model()->index(row, column).data().toString();
}

void TestQueueViewer::answerNextBox(const QString &objectName, QMessageBox::StandardButton button,
                                    QString *text) {
    QTimer::singleShot(0, this, [objectName, button, text] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (w->objectName() == objectName && w->isVisible())
                        box = qobject_cast<QMessageBox *>(w);
                return box != nullptr;
            }(),
            5000);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

void TestQueueViewer::tutorial() {
    // 1. Send a test message from GW1's Internet virtual server.
    QVERIFY(m_window->selectNode(Dn::parse(Gw1Internet)));
    QAction *send = action("sendTestMessageAction");
    QVERIFY(send->isEnabled());
    send->trigger();
    queueui::SendTestMessageDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<queueui::SendTestMessageDialog *>()) && dialog->isVisible());
    auto *server = dialog->findChild<QComboBox *>(QStringLiteral("testServer"));
    QCOMPARE(server->currentText(), QStringLiteral("198.51.100.25:25")); // the virtual server's binding
    server->setEditText(QStringLiteral("127.0.0.1:%1").arg(m_postfix.smtpPort()));
    dialog->findChild<QLineEdit *>(QStringLiteral("testTo"))
        ->setText(QStringLiteral("someone@remote.example"));
    const QString from = dialog->findChild<QLineEdit *>(QStringLiteral("testFrom"))->text();
    QCOMPARE(from, QStringLiteral("bridgehead-test@mail.example.com"));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("testSubject"))
                ->text()
                .startsWith(QStringLiteral("Bridgehead test message ")));
    QSignalSpy sent(dialog, &queueui::SendTestMessageDialog::sent);
    dialog->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(sent.wait(20000));
    QVERIFY2(dialog->result().accepted, qPrintable(dialog->transcript()));
    QVERIFY(dialog->transcript().contains(QStringLiteral("C: RCPT TO:<someone@remote.example>")));
    QVERIFY(dialog->transcript().contains(QStringLiteral("queued as ") + dialog->result().queueId));
    const QString id = dialog->result().queueId;
    QVERIFY(m_postfix.waitForDeferred(1));

    // 2. It is in the smart host's queue, named after the connector, in Retry, with the refusal.
    auto *find = dialog->findChild<QPushButton *>(QStringLiteral("findThisMessage"));
    QVERIFY(find->isEnabled());
    find->click(); // selects GW1's Queues and opens Find Messages for exactly this message
    QTRY_VERIFY(viewer()->isVisible());
    QVERIFY(refreshAndWait());
    QTRY_COMPARE(queueCell(QueueName, QueueListModel::State), QStringLiteral("Retry"));
    QCOMPARE(queueCell(QueueName, QueueListModel::Messages), QStringLiteral("1"));
    QCOMPARE(queueCell(QueueName, QueueListModel::Source), QStringLiteral("Internet SMTP Virtual Server"));
    QCOMPARE(queueCell(QueueName, QueueListModel::LastError),
             QStringLiteral("connect to 127.0.0.1[127.0.0.1]:9: Connection refused"));
    QVERIFY(!queueCell(QueueName, QueueListModel::NextRetry).isEmpty());
    QVERIFY(!queueCell(QueueName, QueueListModel::Oldest).isEmpty());
    queueui::FindMessagesDialog *findDialog = nullptr;
    QTRY_VERIFY((findDialog = m_window->findChild<queueui::FindMessagesDialog *>()) &&
                findDialog->isVisible());
    QCOMPARE(findDialog->findChild<QLineEdit *>(QStringLiteral("findSender"))->text(), from);
    QTRY_VERIFY_WITH_TIMEOUT(!findDialog->isSearching(), 15000);
    QTRY_COMPARE(findDialog->results()->model()->ids(), QStringList{id});

    // 3. Find Messages by sender finds it.
    new QAbstractItemModelTester(findDialog->results()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, findDialog);
    findDialog->setCriteria(from, QString(), QString());
    QSignalSpy searched(findDialog, &queueui::FindMessagesDialog::searched);
    findDialog->findChild<QPushButton *>(QStringLiteral("findNow"))->click();
    QVERIFY(!searched.isEmpty() || searched.wait(5000));
    MessageListModel *results = findDialog->results()->model();
    QCOMPARE(results->ids(), QStringList{id});
    QCOMPARE(results->index(0, MessageListModel::Queue).data().toString(), QueueName);
    QCOMPARE(results->index(0, MessageListModel::State).data().toString(), QStringLiteral("Retry"));

    // 4. Freeze → Frozen, Unfreeze → Retry.
    QTableView *list = findDialog->results()->view();
    list->selectionModel()->select(results->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *freeze = findDialog->results()->action(QStringLiteral("freezeAction"));
    QVERIFY(freeze->isEnabled());
    freeze->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(results->index(0, MessageListModel::State).data().toString(),
                              QStringLiteral("Frozen"), 10000);
    QTRY_COMPARE(queueCell(QueueName, QueueListModel::State), QStringLiteral("Frozen"));
    QVERIFY2(findDialog->results()->statusText().startsWith(QStringLiteral("1 message")) &&
                 findDialog->results()->statusText().contains(QStringLiteral("frozen")),
             qPrintable(findDialog->results()->statusText()));
    QAction *unfreeze = findDialog->results()->action(QStringLiteral("unfreezeAction"));
    QTRY_VERIFY(unfreeze->isEnabled());
    unfreeze->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(results->index(0, MessageListModel::State).data().toString(),
                              QStringLiteral("Retry"), 10000);

    // 5. Delete (asks how many, no NDR) → gone from the results and the queue.
    QString question;
    answerNextBox(QStringLiteral("confirmDelete"), QMessageBox::Yes, &question);
    QAction *del = findDialog->results()->action(QStringLiteral("deleteNoNdrAction"));
    QTRY_VERIFY(del->isEnabled());
    del->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), 0, 10000);
    // The question says how many and what the senders get.
    QVERIFY2(question.startsWith(QStringLiteral("Delete 1 message")) &&
                 question.contains(QStringLiteral("without a non-delivery report")),
             qPrintable(question));
    QTRY_COMPARE(queueRow(QueueName), -1);
    QVERIFY(m_postfix.list().isEmpty());
}

void TestQueueViewer::serverWithoutSourceOffersOne() {
    const Dn exbr1 = Dn::parse(Exbr1);
    m_window->queueSources()->removeSource(exbr1);
    QVERIFY(showQueues(Exbr1));
    auto *noSource = viewer()->findChild<QLabel *>(QStringLiteral("noQueueSource"));
    QVERIFY(noSource->isVisible());
    QVERIFY(noSource->text().contains(QStringLiteral("No queue source is set for EXBR1")));
    // Where the console has something to say about it (the demo without root), it says it there.
    viewer()->setNoSourceNote(QStringLiteral("Postfix is not installed."));
    QVERIFY(noSource->text().endsWith(QStringLiteral("\n\nPostfix is not installed.")));
    viewer()->setNoSourceNote(QString());
    QVERIFY(!noSource->text().contains(QStringLiteral("Postfix is not installed.")));
    auto *configure = viewer()->findChild<QPushButton *>(QStringLiteral("configureSourceButton"));
    configure->click();
    queueui::QueueSourceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = viewer()->findChild<queueui::QueueSourceDialog *>()) && dialog->isVisible());
    auto *directory = dialog->findChild<QLineEdit *>(QStringLiteral("configDirectoryEdit"));
    // Refused at the field.
    directory->setText(QStringLiteral("relative/path"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("configDirectoryEditMessage"));
    QVERIFY(message && message->isVisible() && message->text().contains(QStringLiteral("absolute")));
    // Test says what Postfix answered.
    directory->setText(m_postfix.configDirectory());
    QVERIFY(m_postfix.sendmail(QStringLiteral("a@example.com"), {QStringLiteral("b@remote.example")},
                               QStringLiteral("x")));
    QVERIFY(m_postfix.waitForDeferred(1));
    QSignalSpy tested(dialog, &queueui::QueueSourceDialog::tested);
    dialog->test();
    QVERIFY(tested.wait(15000));
    QVERIFY2(dialog->testResult().contains(QStringLiteral("1 message")), qPrintable(dialog->testResult()));
    dialog->accept();
    QTRY_VERIFY(viewer()->queueView()->isVisible());
    QCOMPARE(m_window->queueSources()->source(exbr1).configDirectory(), m_postfix.configDirectory());
    // EXBR1 sends nothing through the Internet connector: the queue is the relay host's alone.
    QTRY_COMPARE_WITH_TIMEOUT(queueCell(QStringLiteral("[127.0.0.1]:9"), QueueListModel::Messages),
                              QStringLiteral("1"), 10000);
    m_window->queueSources()->removeSource(exbr1);
    QTRY_VERIFY(noSource->isVisible());
}

void TestQueueViewer::queueActions() {
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_postfix.sendmail(QStringLiteral("bulk@example.com"), {QStringLiteral("x@remote.example")},
                                   QStringLiteral("Bulk %1").arg(i)));
    QVERIFY(m_postfix.waitForDeferred(3));
    QVERIFY(showQueues(Gw1));
    new QAbstractItemModelTester(viewer()->queueView()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(viewer()->current()->queues(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QVERIFY(refreshAndWait());
    QTRY_COMPARE(queueCell(QueueName, QueueListModel::Messages), QStringLiteral("3"));
    viewer()->queueView()->setCurrentIndex(viewer()->queueView()->model()->index(queueRow(QueueName), 0));
    QAction *freezeAll = viewer()->action(QStringLiteral("freezeQueueAction"));
    QVERIFY(freezeAll->isEnabled());
    freezeAll->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(queueCell(QueueName, QueueListModel::State), QStringLiteral("Frozen"), 10000);
    int held = 0;
    for (const queues::QueuedMessage &m : m_postfix.list())
        held += m.queue == queues::PostfixQueue::Hold;
    QCOMPARE(held, 3);
    viewer()->action(QStringLiteral("unfreezeQueueAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(queueCell(QueueName, QueueListModel::State), QStringLiteral("Retry"), 10000);
    // Force Connection: another delivery attempt for each, now.
    viewer()->action(QStringLiteral("forceConnectionAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        viewer()->actionStatusText().startsWith(QStringLiteral("3 message")) &&
            viewer()->actionStatusText().contains(QStringLiteral("queued for delivery now")),
        10000);
    // The queue's actions are in the console's Action menu too.
    QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("actionMenu"));
    Q_EMIT menu->aboutToShow();
    QVERIFY(menu->actions().contains(viewer()->action(QStringLiteral("forceConnectionAction"))));
    QVERIFY(menu->actions().contains(action("findMessagesCommand")));
    // Double-click opens the queue's messages.
    QTreeView *view = viewer()->queueView();
    const QModelIndex index = view->model()->index(queueRow(QueueName), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    queueui::QueueMessagesDialog *messages = nullptr;
    QTRY_VERIFY((messages = m_window->findChild<queueui::QueueMessagesDialog *>()) && messages->isVisible());
    QCOMPARE(messages->windowTitle(), QStringLiteral("Messages in ") + QueueName);
    QCOMPARE(messages->list()->model()->rowCount(), 3);
}

void TestQueueViewer::ticksSelectionAndScrollSurviveRefresh() {
    for (int i = 0; i < 60; ++i)
        QVERIFY(m_postfix.sendmail(QStringLiteral("many%1@example.com").arg(i),
                                   {QStringLiteral("x@remote.example")}, QStringLiteral("Many %1").arg(i)));
    QVERIFY(m_postfix.waitForDeferred(60, 30000));
    QVERIFY(showQueues(Gw1));
    QVERIFY(refreshAndWait());
    queueui::QueueMessagesDialog *dialog =
        viewer()->openQueue(queues::QueueKey::relayHost(m_postfix.relayHost()));
    MessageListModel *model = dialog->list()->model();
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    QTableView *view = dialog->list()->view();
    dialog->resize(900, 300);
    QTRY_COMPARE(model->rowCount(), 60);
    model->setChecked({model->messageAt(3)->id, model->messageAt(40)->id}, true);
    const QString selected = model->messageAt(50)->id;
    view->selectionModel()->select(model->index(50, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollToBottom();
    QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
    const int scroll = view->verticalScrollBar()->value();
    const QStringList ticked = model->checkedIds();
    // A message leaves meanwhile; the list follows without being rebuilt.
    QVERIFY(m_postfix.run(QStringLiteral("postsuper"), {QStringLiteral("-d"), model->messageAt(10)->id}) ==
            0);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(refreshAndWait());
    QTRY_COMPARE(model->rowCount(), 59);
    QVERIFY(reset.isEmpty());
    QCOMPARE(model->checkedIds(), ticked);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().data(MessageListModel::IdRole).toString(),
             selected);
    QCOMPARE(view->verticalScrollBar()->value(), std::min(scroll, view->verticalScrollBar()->maximum()));
    // Ticked rows are what the actions act on.
    QCOMPARE(dialog->list()->targets(), ticked);
}

void TestQueueViewer::f5RefreshesTheQueue() {
    QVERIFY(showQueues(Gw1));
    QVERIFY(refreshAndWait());
    QSignalSpy started(viewer()->current()->monitor(), &queues::QueueMonitor::refreshStarted);
    QSignalSpy sessionReloads(m_window->session(), &console::DirectorySession::loaded);
    action("refreshAction")->trigger();
    QVERIFY(started.size() == 1 || started.wait(5000));
    QVERIFY(sessionReloads.isEmpty()); // the directory is not read again for it
    QSignalSpy done(viewer(), &queueui::QueueViewer::refreshed);
    QVERIFY(done.wait(15000));
}

void TestQueueViewer::refreshesByItselfAtTheSetInterval() {
    // Nobody chose yet: every 2 minutes.
    QTemporaryDir dir;
    queues::QueueSourceSettings fresh(dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    QCOMPARE(fresh.refreshSeconds(), 120);

    QVERIFY(showQueues(Gw1));
    QVERIFY(refreshAndWait());
    QCOMPARE(queueRow(QueueName), -1);
    // Settings offers the interval, on the current choice.
    QAction *settings = viewer()->action(QStringLiteral("queueSettingsAction"));
    QVERIFY(settings->isEnabled());
    settings->trigger();
    queueui::QueueSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = viewer()->findChild<queueui::QueueSettingsDialog *>()) && dialog->isVisible());
    auto *interval = dialog->findChild<QComboBox *>(QStringLiteral("refreshInterval"));
    QCOMPARE(interval->currentText(), QStringLiteral("Every 2 minutes"));
    interval->setCurrentIndex(interval->findData(30));
    dialog->accept();
    QCOMPARE(m_window->queueSources()->refreshSeconds(), 30);

    // At a short interval, mail that arrives shows with nobody refreshing, again and again.
    m_window->queueSources()->setRefreshSeconds(1);
    QSignalSpy started(viewer()->current()->monitor(), &queues::QueueMonitor::refreshStarted);
    QVERIFY(m_postfix.sendmail(QStringLiteral("auto@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("Arrives by itself")));
    QVERIFY(m_postfix.waitForDeferred(1));
    QTRY_COMPARE(queueCell(QueueName, QueueListModel::Messages), QStringLiteral("1"));
    QTRY_VERIFY(started.size() >= 2);
    m_window->queueSources()->setRefreshSeconds(120);
}

void TestQueueViewer::viewHeaders() {
    QVERIFY(m_postfix.sendmail(QStringLiteral("headers@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=")));
    QVERIFY(m_postfix.waitForDeferred(1));
    QVERIFY(showQueues(Gw1));
    QVERIFY(refreshAndWait());
    queueui::QueueMessagesDialog *dialog =
        viewer()->openQueue(queues::QueueKey::relayHost(m_postfix.relayHost()));
    MessageListModel *model = dialog->list()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    // The subject is fetched when shown.
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, MessageListModel::Subject).data().toString(),
                              QStringLiteral("Grüße"), 10000);
    QTableView *view = dialog->list()->view();
    // (The first click on a new window only activates it, as on a desktop.)
    const QPoint cell = view->visualRect(model->index(0, 1)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell);
    queueui::MessageHeadersDialog *headers = nullptr;
    QTRY_VERIFY((headers = dialog->findChild<queueui::MessageHeadersDialog *>()) && headers->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(headers->isLoaded(), 10000);
    QVERIFY(headers->text().contains(QStringLiteral("From: headers@example.com")));
}

void TestQueueViewer::findBySubjectShowsProgress() {
    for (int i = 0; i < 120; ++i)
        QVERIFY(m_postfix.sendmail(QStringLiteral("sub@example.com"), {QStringLiteral("x@remote.example")},
                                   i == 77 ? QStringLiteral("The needle") : QStringLiteral("Hay %1").arg(i)));
    QVERIFY(m_postfix.waitForDeferred(120, 30000));
    QVERIFY(showQueues(Gw1));
    QVERIFY(refreshAndWait());
    m_window->findMessages(Dn::parse(Gw1));
    queueui::FindMessagesDialog *find = nullptr;
    QTRY_VERIFY((find = m_window->findChild<queueui::FindMessagesDialog *>()) && find->isVisible());
    find->setCriteria(QString(), QString(), QStringLiteral("NEEDLE"));
    QSignalSpy searched(find, &queueui::FindMessagesDialog::searched);
    find->findNow();
    QVERIFY(find->isSearching());
    QVERIFY(find->statusText().contains(QStringLiteral("Reading headers")));
    QVERIFY(searched.wait(30000));
    QCOMPARE(find->results()->model()->rowCount(), 1);
    QTRY_COMPARE(find->results()->model()->index(0, MessageListModel::Subject).data().toString(),
                 QStringLiteral("The needle"));
    // Stop: the search ends early and says so.
    find->setCriteria(QString(), QString(), QStringLiteral("nothing like this"));
    find->findNow();
    find->stop();
    QVERIFY(searched.size() == 2 || searched.wait(15000));
    QVERIFY2(find->statusText().contains(QStringLiteral("Stopped")), qPrintable(find->statusText()));
}

void TestQueueViewer::refusedInPostfixsWords() {
    const Dn exbr1 = Dn::parse(Exbr1);
    m_window->queueSources()->setSessionSource(exbr1,
                                               m_postfix.instance(QStringLiteral("runuser -u nobody --")));
    QVERIFY(showQueues(Exbr1));
    auto *error = viewer()->findChild<QLabel *>(QStringLiteral("queueError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(QStringLiteral("postqueue: fatal")), qPrintable(error->text()));
    m_window->queueSources()->setSessionSource(exbr1, queues::PostfixInstance());
}

QTEST_MAIN(TestQueueViewer)
#include "tst_queueviewer.moc"
