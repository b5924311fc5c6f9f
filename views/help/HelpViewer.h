#pragma once

// The application's one help window: the pages under resources/help (the console's own pages and
// one page per analyzer rule, with their index), listed by title on the left and shown on the
// right, with Back, Forward and links between them. Help › Help Topics, F1 and the analyzer's
// "Tell me more" all open their page in it; it is brought to the front, never opened twice.

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QToolButton;

namespace helpui {

class HelpViewer : public QWidget {
    Q_OBJECT
public:
    // Shows `page` (a file name such as "connectors.html"; empty: the contents page) in the help
    // window, creating it the first time, and brings it to the front.
    static HelpViewer *open(const QString &page = QString());
    // The help window if it is open, else null.
    static HelpViewer *instance();
    // The page of an analyzer rule ("<rule-id>.html") and the index of all rules.
    static QString rulePage(const QString &ruleId);
    static QString indexPage();

    // Shows `page` (see open()). Returns false when there is no such page (the contents page is
    // shown instead).
    bool showPage(const QString &page);
    QString currentPage() const;
    // Every page, by file name, with its title.
    static QList<std::pair<QString, QString>> pages();

    QTextBrowser *browser() const { return m_browser; }

private:
    HelpViewer();
    static QString titleOf(const QString &path);
    void pageChanged(const QUrl &url);

    static QPointer<HelpViewer> s_instance;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};

} // namespace helpui
