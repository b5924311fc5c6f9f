#pragma once

// The one-line notice above the panes while the console cannot write: what happened, and the
// action that helps when there is one (Restart, Reconnect now).

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QToolButton;

namespace consoleui {

class ReadOnlyBanner : public QFrame {
    Q_OBJECT
public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    // Shows the banner with `text` and, if given, a button for `action`.
    void showMessage(const QString &text, QAction *action = nullptr);
    QString text() const;
    QToolButton *actionButton() const { return m_button; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_button;
    QPointer<QAction> m_action;
};

} // namespace consoleui
