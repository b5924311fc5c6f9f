#pragma once

// Help › Help Topics: the help pages under resources/help (the console's own pages and one page
// per analyzer rule), listed by title on the left and shown on the right, with links between them.
// One window per console; opening a topic brings it to the front.

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace helpui {

class HelpViewer : public QWidget {
    Q_OBJECT
public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Shows `page` (a file name such as "connectors.html"; empty: the contents page). Returns false
    // when there is no such page (the contents page is shown instead).
    bool showPage(const QString &page);
    QString currentPage() const;
    // Every page, by file name, with its title.
    static QList<std::pair<QString, QString>> pages();

    QTextBrowser *browser() const { return m_browser; }

private:
    static QString titleOf(const QString &path);

    QListWidget *m_contents;
    QTextBrowser *m_browser;
};

} // namespace helpui
