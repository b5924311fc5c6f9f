// The first console shell on the demo organization: the window starts the private directory,
// shows the whole tree, and an entry added with ldapmodify appears without a refresh.

#include "DirectoryFixture.h"
#include "Dn.h"
#include "EntryTreeModel.h"
#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

class TestShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoShowsTheDirectoryLive();
};

void TestShell::demoShowsTheDirectoryLive() {
    testsupport::DirectoryFixture dir;
    QVERIFY(dir.startDemo());
    MainWindow window;
    QAbstractItemModelTester tester(window.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.show();
    window.connectTo(dir->adminSettings());
    QVERIFY(loaded.wait(15000));
    console::EntryTreeModel *model = window.treeModel();
    QCOMPARE(model->entryCount(), 52);

    const QString org =
        QStringLiteral("CN=Example Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=example,DC=com");
    const QModelIndex orgIndex = model->indexForDn(org);
    QVERIFY(orgIndex.isValid());
    QCOMPARE(orgIndex.data().toString(), QStringLiteral("Example Org"));
    // Children are sorted by name.
    QStringList names;
    for (int r = 0; r < model->rowCount(orgIndex); ++r)
        names << model->index(r, 0, orgIndex).data().toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(names, sorted);
    QVERIFY(names.contains(QStringLiteral("Administrative Groups")));

    const QString added = QStringLiteral("CN=Added Live,") + org;
    QVERIFY(dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: Added Live\n").arg(added)));
    QTRY_VERIFY_WITH_TIMEOUT(model->indexForDn(added).isValid(), 1000);
    QCOMPARE(model->indexForDn(added).parent(), orgIndex);
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
