#include "AnalyzerDock.h"

#include "DirectorySession.h"
#include "FindingFix.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "GatewayDesignation.h"
#include "GatewayDialog.h"
#include "HelpViewer.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace analyzerui {

using analyzer::Finding;
using analyzer::FindingFix;
using analyzer::FindingsModel;
using analyzer::Severity;
using directory::Dn;

AnalyzerDock::AnalyzerDock(console::DirectorySession *session, QWidget *parent)
    : QDockWidget(parent)
    , m_session(session)
    , m_analyzer(new analyzer::Analyzer(session->topology(), this))
    , m_gateways(new analyzer::GatewayDesignation(this))
    , m_model(new FindingsModel(m_analyzer, this))
    , m_filter(new analyzer::FindingsFilterModel(this)) {
    setObjectName(QStringLiteral("analyzerDock"));
    m_filter->setSourceModel(m_model);
    build();
    connect(m_gateways, &analyzer::GatewayDesignation::changed, this, [this] {
        m_analyzer->setGateways(m_gateways->servers());
        updateBanner();
    });
    m_analyzer->setGateways(m_gateways->servers());
    connect(m_model, &FindingsModel::countsChanged, this, &AnalyzerDock::updateTitle);
    connect(m_model, &FindingsModel::countsChanged, this, &AnalyzerDock::updateCurrent);
    // After an analysis with nothing chosen yet, the worst finding is shown with what to do about it.
    connect(m_analyzer, &analyzer::Analyzer::analyzingChanged, this, [this](bool analyzing) {
        if (!analyzing && !m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_analyzer, &analyzer::Analyzer::analyzingChanged, this, &AnalyzerDock::updateTitle);
    connect(m_analyzer, &analyzer::Analyzer::routesChanged, this, &AnalyzerDock::updateBanner);
    updateTitle();
    updateBanner();
    updateCurrent();
}

void AnalyzerDock::build() {
    auto *panel = new QWidget(this);

    const char *names[] = {"showErrors", "showWarnings", "showInfo"};
    auto *filterRow = new QHBoxLayout;
    for (Severity s : analyzer::AllSeverities) {
        auto *button = new QToolButton(panel);
        button->setObjectName(QString::fromLatin1(names[int(s)]));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setIcon(QIcon(analyzer::severityIconPath(s)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::toggled, this,
                [this, s](bool on) { m_filter->setSeverityShown(s, on); });
        m_severityButtons[int(s)] = button;
        filterRow->addWidget(button);
    }
    m_filterEdit = new QLineEdit(panel);
    m_filterEdit->setObjectName(QStringLiteral("findingsFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by rule, object or detail"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &analyzer::FindingsFilterModel::setText);
    auto *gatewaysButton = new QPushButton(tr("&Gateways…"), panel);
    gatewaysButton->setObjectName(QStringLiteral("gatewaysButton"));
    gatewaysButton->setToolTip(tr("Choose the servers that are Internet gateways"));
    connect(gatewaysButton, &QPushButton::clicked, this, &AnalyzerDock::showGatewayDialog);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(gatewaysButton);

    m_banner = new QLabel(panel);
    m_banner->setObjectName(QStringLiteral("gatewayBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; color: #1e4e86; padding: 4px; }"));
    connect(m_banner, &QLabel::linkActivated, this, &AnalyzerDock::showGatewayDialog);

    m_view = new QTreeView(panel);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(FindingsModel::SeverityColumn, 110);
    header->resizeSection(FindingsModel::TitleColumn, 330);
    header->resizeSection(FindingsModel::ObjectColumn, 270);
    connect(m_view, &QTreeView::doubleClicked, this, &AnalyzerDock::selectInTree);
    connect(m_view, &QTreeView::activated, this, &AnalyzerDock::selectInTree);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AnalyzerDock::updateCurrent);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &AnalyzerDock::showContextMenu);
    // Findings come and go while the user reads: keep the top row where it was.
    for (auto signal :
         {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
        connect(m_filter, signal, this, &AnalyzerDock::rememberTopRow);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &AnalyzerDock::restoreTopRow);
    connect(m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, &AnalyzerDock::rememberTopRow);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AnalyzerDock::restoreTopRow);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &AnalyzerDock::updateCurrent);

    m_detail = new QLabel(panel);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_selectButton = new QPushButton(tr("&Select in Tree"), panel);
    m_selectButton->setObjectName(QStringLiteral("selectInTreeButton"));
    m_helpButton = new QPushButton(tr("Tell Me &More"), panel);
    m_helpButton->setObjectName(QStringLiteral("tellMeMoreButton"));
    m_fixButton = new QPushButton(panel);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    connect(m_selectButton, &QPushButton::clicked, this, &AnalyzerDock::selectInTree);
    connect(m_helpButton, &QPushButton::clicked, this, &AnalyzerDock::tellMore);
    connect(m_fixButton, &QPushButton::clicked, this, &AnalyzerDock::runFix);
    m_selectAction = new QAction(tr("&Select in Tree"), this);
    m_helpAction = new QAction(tr("Tell Me &More"), this);
    m_fixAction = new QAction(this);
    connect(m_selectAction, &QAction::triggered, this, &AnalyzerDock::selectInTree);
    connect(m_helpAction, &QAction::triggered, this, &AnalyzerDock::tellMore);
    connect(m_fixAction, &QAction::triggered, this, &AnalyzerDock::runFix);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_detail, 1);
    bottom->addWidget(m_fixButton, 0, Qt::AlignTop);
    bottom->addWidget(m_selectButton, 0, Qt::AlignTop);
    bottom->addWidget(m_helpButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filterRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setWidget(panel);
}

QString AnalyzerDock::countsText() const {
    QStringList parts;
    for (Severity s : analyzer::AllSeverities)
        parts << analyzer::severityCount(s, m_model->count(s));
    return parts.join(QStringLiteral(", "));
}

void AnalyzerDock::updateTitle() {
    for (Severity s : analyzer::AllSeverities) {
        m_severityButtons[int(s)]->setText(QString::number(m_model->count(s)));
        m_severityButtons[int(s)]->setToolTip(
            tr("Show or hide: %1").arg(analyzer::severityCount(s, m_model->count(s))));
    }
    const QString state = m_analyzer->isAnalyzing() ? tr("analyzing…") : countsText();
    setWindowTitle(tr("Analyzer – %1").arg(state));
}

void AnalyzerDock::updateBanner() {
    if (!m_gateways->servers().isEmpty()) {
        m_banner->hide();
        return;
    }
    QStringList names;
    const topology::Topology *t = m_session->topology();
    for (const Dn &dn : m_analyzer->suggestedGateways())
        if (const topology::DirectoryObject *o = t->find(dn))
            names << o->displayName().toHtmlEscaped();
    QString text = tr("No server is marked as an Internet gateway, so outbound routes from the gateways "
                      "are not checked.");
    if (!names.isEmpty())
        text += QLatin1Char(' ') + tr("Likely gateways: %1.").arg(names.join(QStringLiteral(", ")));
    m_banner->setText(text + QStringLiteral(" <a href=\"#gateways\">%1</a>").arg(tr("Choose gateways…")));
    m_banner->show();
}

std::optional<Finding> AnalyzerDock::currentFinding() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_model->rowOf(current.data(FindingsModel::KeyRole).toString());
    if (row < 0)
        return std::nullopt;
    return m_model->finding(row);
}

bool AnalyzerDock::selectFinding(const QString &key) {
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void AnalyzerDock::updateCurrent() {
    const std::optional<Finding> f = currentFinding();
    FindingFix fix;
    if (f) {
        fix = FindingFix::forFinding(*f, m_analyzer->rule(f->rule), *m_session->topology());
        const analyzer::Rule *rule = m_analyzer->rule(f->rule);
        m_detail->setText(
            QStringLiteral("<b>%1</b> – %2<br>%3%4")
                .arg(f->title.toHtmlEscaped(), f->object.toHtmlEscaped(), f->detail.toHtmlEscaped(),
                     rule ? QStringLiteral("<br><i>%1</i>").arg(rule->summary.toHtmlEscaped()) : QString()));
    } else {
        m_detail->setText(m_model->rowCount() == 0 ? tr("No problems found.")
                                                   : tr("Choose a finding to see what to do about it."));
    }
    const bool has = f.has_value();
    m_selectButton->setEnabled(has);
    m_helpButton->setEnabled(has);
    m_selectAction->setEnabled(has);
    m_helpAction->setEnabled(has);
    m_fixButton->setText(fix.isNull() ? tr("Fix…") : fix.label());
    m_fixButton->setToolTip(fix.description());
    m_fixButton->setEnabled(!fix.isNull());
    m_fixAction->setText(m_fixButton->text());
    m_fixAction->setEnabled(!fix.isNull());
}

void AnalyzerDock::selectInTree() {
    if (const std::optional<Finding> f = currentFinding())
        Q_EMIT selectRequested(f->dn);
}

void AnalyzerDock::tellMore() {
    if (const std::optional<Finding> f = currentFinding())
        helpui::HelpViewer::open(helpui::HelpViewer::rulePage(f->rule));
}

void AnalyzerDock::runFix() {
    const std::optional<Finding> f = currentFinding();
    if (!f)
        return;
    const FindingFix fix = FindingFix::forFinding(*f, m_analyzer->rule(f->rule), *m_session->topology());
    switch (fix.kind) {
    case FindingFix::Kind::NewSmtpConnector:
        Q_EMIT newSmtpConnectorRequested(fix.routingGroup, fix.bridgeheads);
        break;
    case FindingFix::Kind::EditProperty:
        Q_EMIT propertiesRequested(fix.object, fix.attribute);
        break;
    case FindingFix::Kind::None:
        break;
    }
}

void AnalyzerDock::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    if (m_fixAction->isEnabled())
        menu.addAction(m_fixAction);
    menu.addAction(m_selectAction);
    menu.addAction(m_helpAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void AnalyzerDock::showGatewayDialog() {
    auto *dialog = new GatewayDialog(m_session->topology(), m_gateways->servers(),
                                     m_analyzer->suggestedGateways(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_gateways->setServers(dialog->gateways()); });
    dialog->open();
}

void AnalyzerDock::rememberTopRow() {
    // At the very top, new findings above should show; anywhere else, the row in view stays.
    m_topKey.clear();
    if (m_view->verticalScrollBar()->value() == 0)
        return;
    m_topKey = m_view->indexAt(QPoint(1, 1)).data(FindingsModel::KeyRole).toString();
}

void AnalyzerDock::restoreTopRow() {
    if (m_topKey.isEmpty())
        return;
    const int row = m_model->rowOf(std::exchange(m_topKey, QString()));
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
}

} // namespace analyzerui
