// The tracking dialog on real Postfix logs (tests/fixtures/tracking), offscreen: a test message
// found by its token on the first server and followed to the second, its timeline in a checked
// item model; a bounce found by recipient with the refusals before queueing beside it; a bad
// queue ID refused at its field; a log that cannot be read named as such.

#include "FieldMessage.h"
#include "FileLogSource.h"
#include "Screenshot.h"
#include "TimelineModel.h"
#include "TrackingDialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using tracking::FileLogSource;
using tracking::TrackQuery;
using trackingui::TrackingDialog;

namespace {

QString fixture(const char *name) {
    return QStringLiteral(BRIDGEHEAD_SOURCE_DIR "/tests/fixtures/tracking/") + QLatin1String(name);
}

} // namespace

class TestTrackingDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsATestMessage();
    void bounceAndRefusals();
    void refusesABadQueueId();
    void saysWhichLogItCouldNotRead();
};

void TestTrackingDialog::followsATestMessage() {
    FileLogSource a(QStringLiteral("GW-A"), fixture("gw-a.maillog"));
    FileLogSource b(QStringLiteral("GW-B"), fixture("gw-b.maillog"));
    TrackingDialog dialog({&a, &b}, 0);
    new QAbstractItemModelTester(dialog.timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &dialog);
    dialog.show();
    dialog.setListenerNames(
        {{QStringLiteral("bh-gwa-vs1"), QStringLiteral("Default SMTP Virtual Server on GW-A")}});
    dialog.setQuery(TrackQuery::Kind::Token, QStringLiteral("BH-k7m2q9x4ab3c"));
    QSignalSpy tracked(&dialog, &TrackingDialog::tracked);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("trackButton")), Qt::LeftButton);
    QVERIFY(tracked.wait(10000));
    auto *messages = dialog.findChild<QTreeWidget *>(QStringLiteral("trackedMessages"));
    QCOMPARE(messages->topLevelItemCount(), 1);
    QCOMPARE(messages->topLevelItem(0)->text(0), QStringLiteral("068ABA7230C"));
    QCOMPARE(messages->topLevelItem(0)->text(2), QStringLiteral("ann@contoso.com, bob@fabrikam.com"));
    QVERIFY(messages->topLevelItem(0)->text(3).contains(QStringLiteral("waiting to be retried on GW-B")));
    tracking::TimelineModel *timeline = dialog.timeline();
    QCOMPARE(timeline->rowCount(), 11);
    QCOMPARE(timeline->index(0, tracking::TimelineModel::What).data().toString(),
             QStringLiteral("Accepted by Default SMTP Virtual Server on GW-A from localhost[127.0.0.1]"));
    QCOMPARE(timeline->index(5, tracking::TimelineModel::What).data().toString(),
             QStringLiteral("Accepted by bh-gwb-vs1 from localhost[127.0.0.1]")); // no name given for it
    QCOMPARE(timeline->index(5, tracking::TimelineModel::Server).data().toString(), QStringLiteral("GW-B"));
    QCOMPARE(timeline->index(5, tracking::TimelineModel::QueueId).data().toString(),
             QStringLiteral("1AE4DA72310"));
    QVERIFY(timeline->index(7, tracking::TimelineModel::What)
                .data()
                .toString()
                .startsWith(
                    QStringLiteral("Deferred for ann@contoso.com after 0.01 s (relay none): connect to")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("trackStatus"))
                ->text()
                .startsWith(QStringLiteral("Messages found: 1")));
    testsupport::saveScreenshot(&dialog, QStringLiteral("track-message"));
}

void TestTrackingDialog::bounceAndRefusals() {
    FileLogSource a(QStringLiteral("GW-A"), fixture("gw-a.maillog"));
    FileLogSource b(QStringLiteral("GW-B"), fixture("gw-b.maillog"));
    TrackingDialog dialog({&a, &b}, 0);
    dialog.setQuery(TrackQuery::Kind::Recipient, QStringLiteral("x@refused.invalid"));
    QSignalSpy tracked(&dialog, &TrackingDialog::tracked);
    QVERIFY(dialog.track());
    QVERIFY(tracked.wait(10000));
    auto *messages = dialog.findChild<QTreeWidget *>(QStringLiteral("trackedMessages"));
    QCOMPARE(messages->topLevelItemCount(), 2); // the bounced message, and the refusals
    QVERIFY(messages->topLevelItem(0)->text(3).contains(QStringLiteral("bounced on GW-A")));
    QCOMPARE(messages->topLevelItem(1)->text(3), QStringLiteral("Refusals before queueing: 3"));
    // The bounce's timeline takes in its delivery report's way to the other server.
    QVERIFY(dialog.timeline()->rowCount() > 10);
    messages->setCurrentItem(messages->topLevelItem(1));
    QCOMPARE(dialog.timeline()->rowCount(), 3);
}

void TestTrackingDialog::refusesABadQueueId() {
    FileLogSource a(QStringLiteral("GW-A"), fixture("gw-a.maillog"));
    TrackingDialog dialog({&a}, 0);
    dialog.show();
    dialog.setQuery(TrackQuery::Kind::QueueId, QStringLiteral("no such; id"));
    QVERIFY(!dialog.track());
    auto *message = dialog.findChild<widgets::FieldMessage *>(QStringLiteral("trackValueEditMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("not a Postfix queue ID")));
}

void TestTrackingDialog::saysWhichLogItCouldNotRead() {
    FileLogSource a(QStringLiteral("GW-A"), fixture("gw-a.maillog"));
    FileLogSource missing(QStringLiteral("GW-B"), fixture("no-such.maillog"));
    TrackingDialog dialog({&a, &missing}, 0);
    dialog.setQuery(TrackQuery::Kind::Token, QStringLiteral("BH-k7m2q9x4ab3c"));
    QSignalSpy tracked(&dialog, &TrackingDialog::tracked);
    QVERIFY(dialog.track());
    QVERIFY(tracked.wait(10000));
    QCOMPARE(dialog.result().messages.size(), 1);
    QCOMPARE(dialog.result().messages.first().hops.size(), 1); // the second server's part is unknown
    QCOMPARE(dialog.result().problems.size(), 1);
    QVERIFY(dialog.result().problems.first().startsWith(QStringLiteral("GW-B: Cannot read")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("trackStatus"))
                ->text()
                .contains(QStringLiteral("Could not read")));
}

QTEST_MAIN(TestTrackingDialog)
#include "tst_trackingdialog.moc"
