#include "HelpViewer.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>

namespace helpui {

namespace {
const QString HelpRoot = QStringLiteral(":/help");
const QString ContentsPage = QStringLiteral("contents.html");
} // namespace

HelpViewer::HelpViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("helpViewer"));
    setWindowTitle(tr("Bridgehead Help"));
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setSearchPaths({HelpRoot});
    m_browser->setOpenExternalLinks(true);
    for (const auto &[file, title] : pages()) {
        auto *item = new QListWidgetItem(title, m_contents);
        item->setData(Qt::UserRole, file);
    }
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 580});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != currentPage())
            m_browser->setSource(QUrl(item->data(Qt::UserRole).toString()));
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString page = currentPage();
        for (int i = 0; i < m_contents->count(); ++i) {
            if (m_contents->item(i)->data(Qt::UserRole).toString() == page) {
                const QSignalBlocker blocker(m_contents);
                m_contents->setCurrentRow(i);
            }
        }
    });
    resize(820, 600);
    showPage(QString());
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
    m_browser->setSource(QUrl(exists ? wanted : ContentsPage));
    return exists;
}

QString HelpViewer::currentPage() const {
    return m_browser->source().fileName();
}

} // namespace helpui
