#include "FindingsStatusButton.h"

#include "FindingsModel.h"

namespace analyzerui {

using analyzer::Severity;

FindingsStatusButton::FindingsStatusButton(analyzer::FindingsModel *model, analyzer::Analyzer *analyzer,
                                           QWidget *parent)
    : QToolButton(parent)
    , m_model(model)
    , m_analyzer(analyzer) {
    setObjectName(QStringLiteral("analyzerStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolTip(tr("Show the Analyzer"));
    connect(model, &analyzer::FindingsModel::countsChanged, this, &FindingsStatusButton::update);
    connect(analyzer, &analyzer::Analyzer::analyzingChanged, this, &FindingsStatusButton::update);
    update();
}

void FindingsStatusButton::update() {
    QStringList parts;
    std::optional<Severity> worst;
    for (Severity s : analyzer::AllSeverities) {
        const int n = m_model->count(s);
        if (n == 0)
            continue;
        parts << analyzer::severityCount(s, n);
        if (!worst)
            worst = s;
    }
    setIcon(worst ? QIcon(analyzer::severityIconPath(*worst)) : QIcon());
    if (m_analyzer->isAnalyzing())
        setText(tr("Analyzing…"));
    else
        setText(parts.isEmpty() ? tr("No problems found") : parts.join(QStringLiteral(", ")));
}

} // namespace analyzerui
