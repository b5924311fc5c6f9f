#include "VirtualServerMessagesTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "SmtpVirtualServer.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace properties {

namespace {

constexpr int DefaultSizeKb = 4096;
constexpr int DefaultRecipients = 64000;
constexpr int MaxSizeKb = std::numeric_limits<int>::max() / 1024; // so the byte value fits an int

} // namespace

VirtualServerMessagesTab::VirtualServerMessagesTab(QWidget *parent)
    : PropertyTab(parent) {
    m_limitSizeCheck = new QCheckBox(tr("&Limit message size to (KB):"), this);
    m_limitSizeCheck->setObjectName(QStringLiteral("limitMessageSizeCheck"));
    m_sizeSpin = new QSpinBox(this);
    m_sizeSpin->setObjectName(QStringLiteral("messageSizeSpin"));
    m_sizeSpin->setRange(1, MaxSizeKb);

    m_limitRecipientsCheck = new QCheckBox(tr("Limit number of &recipients per message to:"), this);
    m_limitRecipientsCheck->setObjectName(QStringLiteral("limitRecipientsCheck"));
    m_recipientsSpin = new QSpinBox(this);
    m_recipientsSpin->setObjectName(QStringLiteral("maxRecipientsSpin"));
    m_recipientsSpin->setRange(1, std::numeric_limits<int>::max());

    connect(m_limitSizeCheck, &QCheckBox::toggled, m_sizeSpin, &QSpinBox::setEnabled);
    connect(m_limitRecipientsCheck, &QCheckBox::toggled, m_recipientsSpin, &QSpinBox::setEnabled);
    for (QCheckBox *check : {m_limitSizeCheck, m_limitRecipientsCheck})
        connect(check, &QCheckBox::toggled, this, &PropertyTab::changed);
    for (QSpinBox *spin : {m_sizeSpin, m_recipientsSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PropertyTab::changed);

    auto *grid = new QGridLayout;
    grid->addWidget(m_limitSizeCheck, 0, 0);
    grid->addWidget(m_sizeSpin, 0, 1);
    grid->addWidget(m_limitRecipientsCheck, 1, 0);
    grid->addWidget(m_recipientsSpin, 1, 1);
    grid->setColumnStretch(2, 1);

    auto *hint = new QLabel(tr("Messages above the size limit and messages with more recipients are refused "
                               "when they arrive at this virtual server."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(hint);
    layout->addStretch();
}

QString VirtualServerMessagesTab::title() const {
    return tr("Messages");
}

void VirtualServerMessagesTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    const auto *server = dynamic_cast<const topology::SmtpVirtualServer *>(&object);
    if (!server)
        return;
    const qint64 bytes = server->maxMessageSize();
    m_shownSizeLimited = bytes > 0;
    m_shownSizeKb =
        m_shownSizeLimited ? int(std::clamp<qint64>((bytes + 1023) / 1024, 1, MaxSizeKb)) : DefaultSizeKb;
    m_limitSizeCheck->setChecked(m_shownSizeLimited);
    m_sizeSpin->setValue(m_shownSizeKb);
    m_sizeSpin->setEnabled(m_shownSizeLimited);

    // Absent means the default limit of 64000; 0 means no limit.
    const qint64 recipients = server->maxRecipients();
    m_shownRecipientsLimited = recipients > 0;
    m_shownRecipients = m_shownRecipientsLimited
                            ? int(qMin<qint64>(recipients, std::numeric_limits<int>::max()))
                            : DefaultRecipients;
    m_limitRecipientsCheck->setChecked(m_shownRecipientsLimited);
    m_recipientsSpin->setValue(m_shownRecipients);
    m_recipientsSpin->setEnabled(m_shownRecipientsLimited);
}

bool VirtualServerMessagesTab::focusAttribute(const QString &attribute) {
    if (attribute.compare(topology::attr::maxRecipients, Qt::CaseInsensitive) != 0)
        return false;
    (m_recipientsSpin->isEnabled() ? static_cast<QWidget *>(m_recipientsSpin) : m_limitRecipientsCheck)
        ->setFocus();
    return true;
}

QString VirtualServerMessagesTab::validate() {
    return QString(); // the spin boxes only hold valid values
}

void VirtualServerMessagesTab::save(topology::EntryEdit &edit) const {
    const bool sizeLimited = m_limitSizeCheck->isChecked();
    if (sizeLimited != m_shownSizeLimited || (sizeLimited && m_sizeSpin->value() != m_shownSizeKb)) {
        // No limit: the attribute is removed (absent and 0 both mean unlimited).
        edit.set(topology::attr::maxMessageSize,
                 sizeLimited ? QString::number(qint64(m_sizeSpin->value()) * 1024) : QString());
    }
    const bool recipientsLimited = m_limitRecipientsCheck->isChecked();
    if (recipientsLimited != m_shownRecipientsLimited ||
        (recipientsLimited && m_recipientsSpin->value() != m_shownRecipients)) {
        // No limit is written as 0, because an absent value means the default of 64000.
        edit.set(topology::attr::maxRecipients,
                 QString::number(recipientsLimited ? m_recipientsSpin->value() : 0));
    }
}

} // namespace properties
