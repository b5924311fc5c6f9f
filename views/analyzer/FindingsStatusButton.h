#pragma once

// The analyzer's counts in the status bar ("4 warnings, 3 info", with the icon of the worst
// severity found), shown whether or not the panel is open; clicking it opens the panel.

#include <QToolButton>

namespace analyzer {
class Analyzer;
class FindingsModel;
} // namespace analyzer

namespace analyzerui {

class FindingsStatusButton : public QToolButton {
    Q_OBJECT
public:
    FindingsStatusButton(analyzer::FindingsModel *model, analyzer::Analyzer *analyzer,
                         QWidget *parent = nullptr);

private:
    void update();

    analyzer::FindingsModel *m_model;
    analyzer::Analyzer *m_analyzer;
};

} // namespace analyzerui
