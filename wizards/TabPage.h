#pragma once

// A wizard page that shows one property tab in create mode: Next follows the tab's isComplete()
// as the user types, and leaving the page asks the tab's validate(), which marks the bad field.
// A page can add a condition of its own (the New SMTP Connector wizard's consent to no bridgehead).

#include <QWizardPage>

#include <functional>

namespace properties {
class PropertyTab;
}

namespace wizards {

class TabPage : public QWizardPage {
    Q_OBJECT
public:
    TabPage(properties::PropertyTab *tab, const QString &title, const QString &subTitle,
            QWidget *parent = nullptr);

    properties::PropertyTab *tab() const { return m_tab; }
    // Widgets shown under the tab (a note, a check box).
    void addBelow(QWidget *widget);
    // An extra condition for Next, asked with the tab's; call completeChanged() when it may change.
    void setExtraCondition(std::function<bool()> condition) { m_extra = std::move(condition); }
    // Starts the tab again before the page is shown, but only when `key` differs from last time: the
    // user's input stays while the things it depends on (the gateway) do not change.
    void setStarter(std::function<QString()> key, std::function<void()> start);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    properties::PropertyTab *m_tab;
    std::function<bool()> m_extra;
    std::function<QString()> m_key;
    std::function<void()> m_start;
    QString m_startedFor;
    bool m_started = false;
};

} // namespace wizards
