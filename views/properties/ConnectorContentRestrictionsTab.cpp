#include "ConnectorContentRestrictionsTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "NumberField.h"
#include "SmtpConnector.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace properties {

namespace {

constexpr int DefaultSizeKb = 10240;

} // namespace

ConnectorContentRestrictionsTab::ConnectorContentRestrictionsTab(QWidget *parent)
    : PropertyTab(parent) {
    m_limitCheck = new QCheckBox(tr("&Limit message size to (KB):"), this);
    m_limitCheck->setObjectName(QStringLiteral("limitMessageSizeCheck"));
    m_sizeSpin = new widgets::NumberField(topology::limits::SizeKb, this);
    m_sizeSpin->setObjectName(QStringLiteral("messageSizeSpin"));
    m_sizeSpin->setWhatsThis(
        tr("The largest message, in KB, that this connector sends: from 1 to 2,097,151 KB. "
           "Larger messages look for another route or go back to the sender."));
    m_sizeMessage = new widgets::FieldMessage(m_sizeSpin, this);
    connect(m_limitCheck, &QCheckBox::toggled, m_sizeSpin, &QSpinBox::setEnabled);
    connect(m_limitCheck, &QCheckBox::toggled, m_sizeMessage, &widgets::FieldMessage::clear);
    connect(m_limitCheck, &QCheckBox::toggled, this, &PropertyTab::changed);
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, &PropertyTab::changed);

    auto *row = new QGridLayout;
    row->addWidget(m_limitCheck, 0, 0, Qt::AlignTop);
    row->addLayout(m_sizeMessage->withField(), 0, 1);
    row->setColumnStretch(2, 1);
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
    m_sizeMessage->clear();
    const auto *connector = dynamic_cast<const topology::SmtpConnector *>(&object);
    if (!connector)
        return;
    const qint64 kb = connector->sizeLimitKb();
    m_shownLimited = kb > 0;
    m_shownKb = m_shownLimited ? kb : DefaultSizeKb;
    m_limitCheck->setChecked(m_shownLimited);
    m_sizeSpin->setStoredValue(m_shownKb);
    m_sizeSpin->setEnabled(m_shownLimited);
    m_sizeMessage->clear();
}

bool ConnectorContentRestrictionsTab::isComplete() const {
    return m_sizeSpin->problem().isEmpty();
}

QString ConnectorContentRestrictionsTab::validate() {
    return m_sizeMessage->reportAndFocus(m_sizeSpin->problem());
}

void ConnectorContentRestrictionsTab::save(topology::EntryEdit &edit) const {
    const bool limited = m_limitCheck->isChecked();
    if (limited == m_shownLimited && (!limited || m_sizeSpin->value() == m_shownKb))
        return;
    if (limited && !m_sizeSpin->problem().isEmpty())
        return; // validate() refuses it; never write what is out of range
    edit.set(topology::attr::delivContLength, limited ? QString::number(m_sizeSpin->value()) : QString());
}

} // namespace properties
