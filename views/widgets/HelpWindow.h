#pragma once

// A small help viewer: one window per main window that shows the help pages built into the
// application (resources/help, "qrc:/help/…"), with Back, Forward and the index. The analyzer's
// "Tell me more" opens its rule's page here, and a Help menu can open any page the same way.

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace widgets {

class HelpWindow : public QWidget {
    Q_OBJECT
public:
    // The page of an analyzer rule: "qrc:/help/<rule-id>.html".
    static QUrl rulePage(const QString &ruleId);
    static QUrl indexPage();

    // Shows `page` in the help window of `owner`'s window, creating it the first time.
    static HelpWindow *showPage(QWidget *owner, const QUrl &page);

    explicit HelpWindow(QWidget *parent = nullptr);

    void setPage(const QUrl &page);
    QUrl page() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    void updateTitle();

    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};

} // namespace widgets
