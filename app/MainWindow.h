#pragma once

// The console shell: the directory tree, live from the change feed, with connection state in the
// status bar. Owns the connection, the change feed and, for --demo, the private directory.

#include "ChangeFeed.h"
#include "Connection.h"
#include "ConnectionSettings.h"
#include "LocalDirectory.h"

#include <QLabel>
#include <QMainWindow>
#include <QTreeView>

namespace console {
class EntryTreeModel;
}

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openDemo();
    void connectTo(const directory::ConnectionSettings &settings);

    console::EntryTreeModel *treeModel() const { return m_model; }
    directory::ChangeFeed *changeFeed() const { return m_feed; }

Q_SIGNALS:
    // The tree holds the whole directory for the first time after connecting.
    void loaded();

private:
    void createActions();
    void startFeed(const QString &base);
    void updateStatus();
    void showError(const QString &title, const QString &text);

    directory::Connection *m_connection;
    directory::ChangeFeed *m_feed;
    directory::LocalDirectory *m_demo = nullptr;
    console::EntryTreeModel *m_model;
    QTreeView *m_tree;
    QLabel *m_serverLabel;
    QLabel *m_identityLabel;
    QLabel *m_syncLabel;
    QLabel *m_countLabel;
    QString m_base;
    bool m_loadedOnce = false;
};
