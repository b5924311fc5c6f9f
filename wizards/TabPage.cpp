#include "TabPage.h"

#include "PropertyTab.h"

#include <QVBoxLayout>

namespace wizards {

TabPage::TabPage(properties::PropertyTab *tab, const QString &title, const QString &subTitle, QWidget *parent)
    : QWizardPage(parent)
    , m_tab(tab) {
    setTitle(title);
    setSubTitle(subTitle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tab, 1);
    connect(tab, &properties::PropertyTab::changed, this, &QWizardPage::completeChanged);
}

void TabPage::addBelow(QWidget *widget) {
    static_cast<QVBoxLayout *>(layout())->addWidget(widget);
}

void TabPage::setStarter(std::function<QString()> key, std::function<void()> start) {
    m_key = std::move(key);
    m_start = std::move(start);
}

void TabPage::initializePage() {
    if (!m_start)
        return;
    const QString key = m_key ? m_key() : QString();
    if (m_started && key == m_startedFor)
        return;
    m_started = true;
    m_startedFor = key;
    m_start();
    Q_EMIT completeChanged();
}

bool TabPage::isComplete() const {
    return m_tab->isComplete() && (!m_extra || m_extra());
}

bool TabPage::validatePage() {
    return m_tab->validate().isEmpty() && (!m_extra || m_extra());
}

} // namespace wizards
