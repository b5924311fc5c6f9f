#pragma once

// The Analyzer panel (View › Analyzer): the findings of the live analyzer with their severity,
// rule, object and detail, filtered by severity and text, with the counts in its title. From a
// finding the user selects the object in the tree (double-click), reads the rule's help page
// ("Tell Me More"), or applies its fix; "Gateways…" designates the Internet gateways. It owns the
// analyzer and the gateway designation of the open directory; the window acts on its requests.

#include "Analyzer.h"
#include "Finding.h"

#include <QDockWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeView;

namespace console {
class DirectorySession;
}

namespace analyzer {
class FindingsFilterModel;
class FindingsModel;
class GatewayDesignation;
} // namespace analyzer

namespace analyzerui {

class AnalyzerDock : public QDockWidget {
    Q_OBJECT
public:
    explicit AnalyzerDock(console::DirectorySession *session, QWidget *parent = nullptr);

    analyzer::Analyzer *analyzer() const { return m_analyzer; }
    analyzer::GatewayDesignation *gateways() const { return m_gateways; }
    analyzer::FindingsModel *findingsModel() const { return m_model; }
    analyzer::FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }

    // The finding in the view's current row.
    std::optional<analyzer::Finding> currentFinding() const;
    // Selects the finding with this key (if the filter shows it).
    bool selectFinding(const QString &key);
    // "1 error, 4 warnings, 3 info"
    QString countsText() const;

    void showGatewayDialog();

Q_SIGNALS:
    void selectRequested(const directory::Dn &dn);
    void propertiesRequested(const directory::Dn &dn, const QString &attribute);
    void newSmtpConnectorRequested(const directory::Dn &routingGroup,
                                   const QList<directory::Dn> &bridgeheads);

private:
    void build();
    void updateTitle();
    void updateBanner();
    void updateCurrent();
    void selectInTree();
    void tellMore();
    void runFix();
    void showContextMenu(const QPoint &pos);
    void rememberTopRow();
    void restoreTopRow();

    console::DirectorySession *m_session;
    analyzer::Analyzer *m_analyzer;
    analyzer::GatewayDesignation *m_gateways;
    analyzer::FindingsModel *m_model;
    analyzer::FindingsFilterModel *m_filter;

    QToolButton *m_severityButtons[3] = {};
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_banner = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_selectButton = nullptr;
    QPushButton *m_helpButton = nullptr;
    QPushButton *m_fixButton = nullptr;
    QAction *m_selectAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_fixAction = nullptr;

    // The finding at the top of the view before rows come or go, so what the user was looking at
    // stays in place.
    QString m_topKey;
};

} // namespace analyzerui
