// Pictures of the queue viewer with real deferred mail, as a person sees them: the console on the
// demo organization with a private Postfix behind GW1, its Queues pane, a queue's messages, Find
// Messages, and Send Test Message with its transcript. Run under Xvfb by queue_screenshots.sh.

#include "ActionController.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "FindMessagesDialog.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "MessageListView.h"
#include "PostfixFixture.h"
#include "QueueMessagesDialog.h"
#include "QueueSourceSettings.h"
#include "QueueViewer.h"
#include "SendTestMessageDialog.h"
#include "ServerQueues.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <cstdio>

namespace {

bool save(QWidget *w, const QString &file) {
    QTest::qWait(400); // let the window paint once more before the picture
    const bool ok = w->grab().save(file);
    std::printf("%s %s\n", ok ? "Saved" : "Could not save", qPrintable(file));
    return ok;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/queue-screenshots");
    QDir().mkpath(out);
    testsupport::DirectoryFixture dir;
    testsupport::PostfixFixture postfix;
    if (!dir.startDemo() || !postfix.start())
        return 1;
    using testsupport::demo::FirstRgConnections;
    using testsupport::demo::Gw1;
    dir.ldapmodify(
        QStringLiteral(
            "dn: CN=Internet Mail SMTP Connector (GW1),%1\nchangetype: modify\n"
            "replace: msExchSmtpSmartHost\nmsExchSmtpSmartHost: smarthost.example.net;[127.0.0.1]\n")
            .arg(FirstRgConnections));
    const QStringList senders{QStringLiteral("anna.berg@example.com"), QStringLiteral("billing@example.com"),
                              QStringLiteral("c.okafor@example.com"),
                              QStringLiteral("newsletter@example.com")};
    const QStringList subjects{
        QStringLiteral("Quarterly figures"),          QStringLiteral("Invoice 2026-1142"),
        QStringLiteral("Re: Site visit on Thursday"), QStringLiteral("December newsletter"),
        QStringLiteral("Contract draft v3"),          QStringLiteral("Lunch?")};
    for (int i = 0; i < 24; ++i) {
        QStringList to{QStringLiteral("user%1@partner.example.org").arg(i)};
        if (i % 7 == 3)
            to << QStringLiteral("sales@contoso.example") << QStringLiteral("info@fabrikam.example");
        postfix.sendmail(senders.at(i % senders.size()), to, subjects.at(i % subjects.size()));
    }
    postfix.waitForDeferred(24, 30000);

    MainWindow window;
    window.resize(1580, 780);
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.show();
    window.connectTo(dir->adminSettings(), queues::QueueSourceSettings::demoProfile());
    if (!loaded.wait(15000))
        return 1;
    window.queueSources()->setSessionSource(directory::Dn::parse(Gw1), postfix.instance());
    window.selectNode(directory::Dn::parse(Gw1), int(console::NodeType::Queues));
    queueui::QueueViewer *viewer = window.queueViewer();
    QSignalSpy refreshed(viewer, &queueui::QueueViewer::refreshed);
    if (refreshed.isEmpty() && !refreshed.wait(20000))
        return 1;
    // Three frozen, as after Freeze.
    QStringList ids;
    for (const queues::QueuedMessage &m : postfix.list())
        if (m.sender == senders.at(3))
            ids << m.id;
    queues::ActionReply *freeze =
        viewer->current()->source()->act(queues::MessageAction::Freeze, ids.mid(0, 3));
    QSignalSpy frozen(freeze, &queues::ActionReply::finished);
    frozen.wait(10000);
    refreshed.clear();
    refreshed.wait(20000);
    viewer->queueView()->setCurrentIndex(viewer->queueView()->model()->index(0, 0));
    save(&window, out + QStringLiteral("/queues.png"));

    queueui::QueueMessagesDialog *messages =
        viewer->openQueue(queues::QueueKey::relayHost(postfix.relayHost()));
    messages->resize(1240, 560);
    (void)QTest::qWaitFor(
        [&] {
            const auto *m = messages->list()->model();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, queues::MessageListModel::Subject).data().toString() == QStringLiteral("…"))
                    return false;
            return m->rowCount() > 0;
        },
        10000);
    messages->list()->view()->selectionModel()->select(messages->list()->model()->index(2, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    save(messages, out + QStringLiteral("/queue-messages.png"));
    messages->close();

    // Send Test Message from GW1's Internet virtual server, then Find This Message.
    window.selectNode(directory::Dn::parse(QStringLiteral("CN=2,CN=SMTP,CN=Protocols,") + Gw1));
    window.actions()->action(QStringLiteral("sendTestMessageAction"))->trigger();
    auto *send = window.findChild<queueui::SendTestMessageDialog *>();
    send->findChild<QComboBox *>(QStringLiteral("testServer"))
        ->setEditText(QStringLiteral("127.0.0.1:%1").arg(postfix.smtpPort()));
    send->findChild<QLineEdit *>(QStringLiteral("testTo"))
        ->setText(QStringLiteral("postmaster@partner.example.org"));
    QSignalSpy sent(send, &queueui::SendTestMessageDialog::sent);
    send->send();
    sent.wait(20000);
    save(send, out + QStringLiteral("/send-test-message.png"));
    postfix.waitForDeferred(25, 15000);
    send->findChild<QPushButton *>(QStringLiteral("findThisMessage"))->click();
    queueui::FindMessagesDialog *find = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            return (find = window.findChild<queueui::FindMessagesDialog *>()) && !find->isSearching() &&
                   find->results()->model()->rowCount() == 1;
        },
        20000);
    send->close();
    find->resize(1500, 520);
    // And by sender, as an administrator looking for someone's mail would.
    find->setCriteria(senders.at(1), QString(), QString());
    find->findNow();
    save(find, out + QStringLiteral("/find-messages.png"));
    window.queueViewer()->findMessages()->close();
    save(&window, out + QStringLiteral("/queues-after.png"));
    return 0;
}
