#include "ConsoleWindowFixture.h"

#include "ActionController.h"
#include "Connection.h"
#include "ConsoleTreeModel.h"
#include "DetailsModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace testsupport {

bool ConsoleWindowFixture::init(QObject *testers) {
    QStandardPaths::setTestModeEnabled(true); // saved profiles and columns go to a test location
    QSettings().clear();
    if (!m_dir.startDemo())
        return false;
    m_window = std::make_unique<MainWindow>();
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_window->treeModel()),
          static_cast<QAbstractItemModel *>(m_window->detailsModel()), m_window->detailsView()->model()})
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, testers);
    QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
    m_window->show();
    m_window->connectTo(m_dir->adminSettings());
    if (!loaded.wait(15000))
        return false;
    return QTest::qWaitFor(
        [this] { return m_window->session()->state() == console::DirectorySession::State::Live; }, 5000);
}

void ConsoleWindowFixture::cleanup() {
    m_window.reset();
    m_dir.stop();
}

QAction *ConsoleWindowFixture::action(const char *id) const {
    if (QAction *a = m_window->actions()->action(QString::fromLatin1(id)))
        return a;
    return m_window->findChild<QAction *>(QString::fromLatin1(id));
}

bool ConsoleWindowFixture::existsInDirectory(const QString &filter) {
    directory::Connection c;
    c.setSettings(m_dir->adminSettings());
    directory::SearchRequest req;
    req.base = m_dir->suffix();
    req.filter = filter;
    directory::DirectoryReply *reply = c.search(req);
    return waitFor(reply) && reply->result().ok() && reply->entryCount() > 0;
}

void ConsoleWindowFixture::answerNextBox(const QString &objectName, QMessageBox::StandardButton button,
                                         QString *text) {
    MainWindow *window = m_window.get();
    QTimer::singleShot(0, window, [window, objectName, button, text] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(objectName)) && box->isVisible());
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace testsupport
