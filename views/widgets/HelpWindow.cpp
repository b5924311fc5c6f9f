#include "HelpWindow.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace widgets {

QUrl HelpWindow::rulePage(const QString &ruleId) {
    return QUrl(QStringLiteral("qrc:/help/%1.html").arg(ruleId));
}

QUrl HelpWindow::indexPage() {
    return QUrl(QStringLiteral("qrc:/help/index.html"));
}

HelpWindow *HelpWindow::showPage(QWidget *owner, const QUrl &page) {
    QWidget *top = owner ? owner->window() : nullptr;
    HelpWindow *help = top ? top->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!help)
        help = new HelpWindow(top);
    help->setPage(page);
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("helpWindow"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    // Our pages link to each other; anything else opens outside the application.
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("qrc"))
            QDesktopServices::openUrl(url);
    });

    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back"));
    m_back->setEnabled(false);
    m_forward = new QToolButton(this);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setToolTip(tr("Forward"));
    m_forward->setEnabled(false);
    auto *index = new QPushButton(tr("&All Analyzer Rules"), this);
    index->setObjectName(QStringLiteral("helpIndex"));
    auto *close = new QPushButton(tr("&Close"), this);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::updateTitle);
    connect(index, &QPushButton::clicked, this, [this] { setPage(indexPage()); });
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(index);
    bar->addStretch();
    bar->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    setWindowTitle(tr("Bridgehead Help"));
    resize(620, 560);
}

void HelpWindow::setPage(const QUrl &page) {
    if (m_browser->source() != page)
        m_browser->setSource(page, QTextDocument::HtmlResource);
}

QUrl HelpWindow::page() const {
    return m_browser->source();
}

void HelpWindow::updateTitle() {
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Bridgehead Help") : tr("%1 – Bridgehead Help").arg(title));
}

} // namespace widgets
