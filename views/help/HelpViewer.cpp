#include "HelpViewer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace helpui {

namespace {
const QString HelpRoot = QStringLiteral(":/help");
const QString ContentsPage = QStringLiteral("contents.html");
} // namespace

QPointer<HelpViewer> HelpViewer::s_instance;

HelpViewer *HelpViewer::open(const QString &page) {
    if (!s_instance)
        s_instance = new HelpViewer;
    s_instance->showPage(page);
    s_instance->show();
    s_instance->raise();
    s_instance->activateWindow();
    return s_instance;
}

HelpViewer *HelpViewer::instance() {
    return s_instance;
}

QString HelpViewer::rulePage(const QString &ruleId) {
    return ruleId + QStringLiteral(".html");
}

QString HelpViewer::indexPage() {
    return QStringLiteral("index.html");
}

// A window of the application, not of one console window: no parent. It neither keeps the
// application running when the consoles are closed nor outlives the event loop.
HelpViewer::HelpViewer()
    : QWidget(nullptr, Qt::Window)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this)) {
    setObjectName(QStringLiteral("helpViewer"));
    setAttribute(Qt::WA_QuitOnClose, false);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { delete this; });
    setWindowTitle(tr("Bridgehead Help"));
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setSearchPaths({HelpRoot});
    m_browser->setOpenExternalLinks(true);
    for (const auto &[file, title] : pages()) {
        auto *item = new QListWidgetItem(title, m_contents);
        item->setData(Qt::UserRole, file);
        item->setToolTip(title);
    }

    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back"));
    m_back->setEnabled(false);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setToolTip(tr("Forward"));
    m_forward->setEnabled(false);
    auto *contents = new QPushButton(tr("C&ontents"), this);
    contents->setObjectName(QStringLiteral("helpContentsButton"));
    auto *index = new QPushButton(tr("&All Analyzer Rules"), this);
    index->setObjectName(QStringLiteral("helpIndex"));
    auto *close = new QPushButton(tr("&Close"), this);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(contents, &QPushButton::clicked, this, [this] { showPage(QString()); });
    connect(index, &QPushButton::clicked, this, [this] { showPage(indexPage()); });
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(contents);
    bar->addWidget(index);
    bar->addStretch();
    bar->addWidget(close);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != currentPage())
            m_browser->setSource(QUrl(item->data(Qt::UserRole).toString()));
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpViewer::pageChanged);
    resize(920, 620);
    showPage(QString());
}

void HelpViewer::pageChanged(const QUrl &url) {
    // While the browser reports the new page, source() still names the one before.
    const QString page = url.fileName();
    for (int i = 0; i < m_contents->count(); ++i) {
        if (m_contents->item(i)->data(Qt::UserRole).toString() == page) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(i);
        }
    }
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Bridgehead Help") : tr("%1 – Bridgehead Help").arg(title));
}

QString HelpViewer::titleOf(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    return title.match(QString::fromUtf8(file.readAll())).captured(1).trimmed();
}

QList<std::pair<QString, QString>> HelpViewer::pages() {
    QList<std::pair<QString, QString>> out;
    const QStringList files = QDir(HelpRoot).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString title = titleOf(HelpRoot + QLatin1Char('/') + file);
        out.append({file, title.isEmpty() ? file : title});
    }
    // The contents page first, the others by title.
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        if ((a.first == ContentsPage) != (b.first == ContentsPage))
            return a.first == ContentsPage;
        return a.second.localeAwareCompare(b.second) < 0;
    });
    return out;
}

bool HelpViewer::showPage(const QString &page) {
    const QString wanted = page.isEmpty() ? ContentsPage : page;
    const bool exists = QFile::exists(HelpRoot + QLatin1Char('/') + wanted);
    const QUrl url(exists ? wanted : ContentsPage);
    if (m_browser->source() != url)
        m_browser->setSource(url, QTextDocument::HtmlResource);
    return exists;
}

QString HelpViewer::currentPage() const {
    return m_browser->source().fileName();
}

} // namespace helpui
