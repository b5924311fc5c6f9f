#include "ConnectorContentRestrictionsTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "SmtpConnector.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace properties {

namespace {

constexpr int DefaultSizeKb = 10240;

} // namespace

ConnectorContentRestrictionsTab::ConnectorContentRestrictionsTab(QWidget *parent)
    : PropertyTab(parent) {
    m_limitCheck = new QCheckBox(tr("&Limit message size to (KB):"), this);
    m_limitCheck->setObjectName(QStringLiteral("limitMessageSizeCheck"));
    m_sizeSpin = new QSpinBox(this);
    m_sizeSpin->setObjectName(QStringLiteral("messageSizeSpin"));
    m_sizeSpin->setRange(1, std::numeric_limits<int>::max());
    connect(m_limitCheck, &QCheckBox::toggled, m_sizeSpin, &QSpinBox::setEnabled);
    connect(m_limitCheck, &QCheckBox::toggled, this, &PropertyTab::changed);
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, &PropertyTab::changed);

    auto *row = new QHBoxLayout;
    row->addWidget(m_limitCheck);
    row->addWidget(m_sizeSpin);
    row->addStretch();
    auto *hint = new QLabel(tr("Larger messages are not sent through this connector; routing looks for "
                               "another route or returns them to the sender."),
                            this);
    hint->setWordWrap(true);
    auto *boxLayout = new QVBoxLayout;
    boxLayout->addLayout(row);
    boxLayout->addWidget(hint);
    auto *box = new QGroupBox(tr("Message size"), this);
    box->setLayout(boxLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addStretch();
}

QString ConnectorContentRestrictionsTab::title() const {
    return tr("Content Restrictions");
}

void ConnectorContentRestrictionsTab::load(const topology::Topology &,
                                           const topology::DirectoryObject &object) {
    const auto *connector = dynamic_cast<const topology::SmtpConnector *>(&object);
    if (!connector)
        return;
    const qint64 kb = connector->sizeLimitKb();
    m_shownLimited = kb > 0;
    m_shownKb = m_shownLimited ? int(qMin<qint64>(kb, std::numeric_limits<int>::max())) : DefaultSizeKb;
    m_limitCheck->setChecked(m_shownLimited);
    m_sizeSpin->setValue(m_shownKb);
    m_sizeSpin->setEnabled(m_shownLimited);
}

QString ConnectorContentRestrictionsTab::validate() {
    return QString(); // the spin box only holds valid values
}

void ConnectorContentRestrictionsTab::save(topology::EntryEdit &edit) const {
    const bool limited = m_limitCheck->isChecked();
    if (limited == m_shownLimited && (!limited || m_sizeSpin->value() == m_shownKb))
        return;
    edit.set(topology::attr::delivContLength, limited ? QString::number(m_sizeSpin->value()) : QString());
}

} // namespace properties
