#include "ReadOnlyBanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace consoleui {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QToolButton(this)) {
    setObjectName(QStringLiteral("readOnlyBanner"));
    setStyleSheet(QStringLiteral("consoleui--ReadOnlyBanner { background: #fff4c2; "
                                 "border-bottom: 1px solid #e0c85c; } QLabel { color: #5c4400; }"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(16, 16));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("bannerAction"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    // One line, whatever the text: the panes below keep their room.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    hide();
}

void ReadOnlyBanner::showMessage(const QString &text, QAction *action) {
    m_text->setText(text);
    m_text->setToolTip(text);
    m_button->setDefaultAction(action);
    m_button->setVisible(action != nullptr);
    m_action = action;
    show();
}

QString ReadOnlyBanner::text() const {
    return m_text->text();
}

} // namespace consoleui
