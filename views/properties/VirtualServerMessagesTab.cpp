#include "VirtualServerMessagesTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "MailAddress.h"
#include "NumberField.h"
#include "SmtpVirtualServer.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace properties {

namespace attr = topology::attr;
namespace limits = topology::limits;

namespace {

constexpr int DefaultSizeKb = 4096;
constexpr int DefaultSessionKb = 10240;
constexpr int DefaultMessagesPerConnection = 20;
constexpr int MaxPath = 260;

} // namespace

bool VirtualServerMessagesTab::LimitRow::changed() const {
    const bool limited = check->isChecked();
    return limited != shownLimited || (limited && spin->value() != shownValue);
}

VirtualServerMessagesTab::LimitRow
VirtualServerMessagesTab::makeRow(const QString &label, const QString &objectName, const QString &checkName,
                                  const topology::Limit &limit, const QString &whatsThis) {
    LimitRow row;
    row.check = new QCheckBox(label, this);
    row.check->setObjectName(checkName);
    row.spin = new widgets::NumberField(limit, this);
    row.spin->setObjectName(objectName);
    row.spin->setWhatsThis(whatsThis);
    row.check->setWhatsThis(whatsThis);
    row.message = new widgets::FieldMessage(row.spin, this);
    connect(row.check, &QCheckBox::toggled, row.spin, &QSpinBox::setEnabled);
    connect(row.check, &QCheckBox::toggled, row.message, &widgets::FieldMessage::clear);
    connect(row.check, &QCheckBox::toggled, this, &PropertyTab::changed);
    connect(row.spin, &QSpinBox::valueChanged, this, &PropertyTab::changed);
    return row;
}

VirtualServerMessagesTab::VirtualServerMessagesTab(QWidget *parent)
    : PropertyTab(parent) {
    m_size = makeRow(tr("&Limit message size to (KB):"), QStringLiteral("messageSizeSpin"),
                     QStringLiteral("limitMessageSizeCheck"), limits::SizeKb,
                     tr("Messages larger than this, in KB (1 to 2,097,151), are refused when they arrive."));
    m_session = makeRow(tr("Limit &session size to (KB):"), QStringLiteral("sessionSizeSpin"),
                        QStringLiteral("limitSessionSizeCheck"), limits::SizeKb,
                        tr("The most a client may send in one connection, in KB (1 to 2,097,151)."));
    m_messages = makeRow(
        tr("Limit number of &messages per connection to:"), QStringLiteral("messagesPerConnectionSpin"),
        QStringLiteral("limitMessagesPerConnectionCheck"), limits::MessagesPerConnection,
        tr("After this many messages the virtual server opens another connection to the same "
           "remote server."));
    m_recipients =
        makeRow(tr("Limit number of &recipients per message to:"), QStringLiteral("maxRecipientsSpin"),
                QStringLiteral("limitRecipientsCheck"), limits::RecipientsPerMessage,
                tr("Recipients beyond this number are refused. The Exchange Server Analyzer warns "
                   "below 250."));

    m_ndrEdit = new QLineEdit(this);
    m_ndrEdit->setObjectName(QStringLiteral("sendNdrToEdit"));
    m_ndrEdit->setPlaceholderText(tr("postmaster@example.com"));
    m_ndrEdit->setWhatsThis(tr("A copy of every non-delivery report goes to this address. Leave it empty for "
                               "none."));
    m_ndrMessage = new widgets::FieldMessage(m_ndrEdit, this);
    m_badmailEdit = new QLineEdit(this);
    m_badmailEdit->setObjectName(QStringLiteral("badmailDirectoryEdit"));
    m_badmailEdit->setPlaceholderText(tr("C:\\Program Files\\Exchsrvr\\Mailroot\\vsi 1\\BadMail"));
    m_badmailEdit->setWhatsThis(
        tr("Where messages that cannot be delivered or returned are kept, on the server "
           "itself."));
    m_badmailMessage = new widgets::FieldMessage(m_badmailEdit, this);
    for (QLineEdit *e : {m_ndrEdit, m_badmailEdit})
        connect(e, &QLineEdit::textChanged, this, &PropertyTab::changed);

    auto *grid = new QGridLayout;
    int r = 0;
    for (const LimitRow *row : {&m_size, &m_session, &m_messages, &m_recipients}) {
        grid->addWidget(row->check, r, 0, Qt::AlignTop);
        grid->addLayout(row->message->withField(), r, 1);
        ++r;
    }
    grid->setColumnStretch(2, 1);
    auto *limitsBox = new QGroupBox(tr("Limits"), this);
    auto *limitsLayout = new QVBoxLayout(limitsBox);
    limitsLayout->addLayout(grid);
    auto *hint = new QLabel(tr("Messages above the size limit and messages with more recipients are refused "
                               "when they arrive at this virtual server."),
                            this);
    hint->setWordWrap(true);
    limitsLayout->addWidget(hint);

    auto *form = new QFormLayout;
    auto *ndrLabel = new QLabel(tr("Send copy of &non-delivery report to:"), this);
    ndrLabel->setBuddy(m_ndrEdit);
    auto *badmailLabel = new QLabel(tr("&Badmail directory:"), this);
    badmailLabel->setBuddy(m_badmailEdit);
    form->addRow(ndrLabel, m_ndrMessage->withField());
    form->addRow(badmailLabel, m_badmailMessage->withField());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(limitsBox);
    layout->addLayout(form);
    layout->addStretch();
}

QString VirtualServerMessagesTab::title() const {
    return tr("Messages");
}

void VirtualServerMessagesTab::loadRow(LimitRow &row, bool limited, qint64 value) {
    row.shownLimited = limited;
    row.shownValue = value;
    row.check->setChecked(limited);
    row.spin->setStoredValue(value);
    row.spin->setEnabled(limited);
    row.message->clear();
}

void VirtualServerMessagesTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    const auto *server = dynamic_cast<const topology::SmtpVirtualServer *>(&object);
    if (!server)
        return;
    const directory::Entry &entry = object.entry();
    // Sizes are bytes in the directory; absent and 0 both mean no limit.
    const qint64 bytes = server->maxMessageSize();
    loadRow(m_size, bytes > 0, bytes > 0 ? (bytes + 1023) / 1024 : DefaultSizeKb);
    const qint64 session = entry.integer(attr::maxSessionSize, 0);
    loadRow(m_session, session > 0, session > 0 ? (session + 1023) / 1024 : DefaultSessionKb);
    // The per-connection limit has its own on/off flag.
    const bool perConnection = entry.string(attr::maxMessagesPerConnectionFlag)
                                   .compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
    const qint64 messages = entry.integer(attr::maxMessagesPerConnection, DefaultMessagesPerConnection);
    loadRow(m_messages, perConnection, messages > 0 ? messages : DefaultMessagesPerConnection);
    // Absent means the default limit of 64000; 0 means no limit.
    const qint64 recipients = server->maxRecipients();
    loadRow(m_recipients, recipients > 0,
            recipients > 0 ? recipients : topology::SmtpVirtualServer::DefaultMaxRecipients);

    m_shownNdr = entry.string(attr::sendNdrTo).trimmed();
    m_shownBadmail = entry.string(attr::badMailDirectory).trimmed();
    m_ndrEdit->setText(m_shownNdr);
    m_badmailEdit->setText(m_shownBadmail);
    m_ndrMessage->clear();
    m_badmailMessage->clear();
}

bool VirtualServerMessagesTab::focusAttribute(const QString &attribute) {
    if (attribute.compare(topology::attr::maxRecipients, Qt::CaseInsensitive) != 0)
        return false;
    (m_recipients.spin->isEnabled() ? static_cast<QWidget *>(m_recipients.spin) : m_recipients.check)
        ->setFocus();
    return true;
}

QList<std::pair<widgets::FieldMessage *, QString>> VirtualServerMessagesTab::problems() const {
    QList<std::pair<widgets::FieldMessage *, QString>> out;
    for (const LimitRow *row : {&m_size, &m_session, &m_messages, &m_recipients})
        out.append({row->message, row->spin->problem()});
    const QString ndr = m_ndrEdit->text().trimmed();
    out.append({m_ndrMessage, ndr.isEmpty() ? QString() : topology::MailAddress::checkAddress(ndr)});
    const QString badmail = m_badmailEdit->text().trimmed();
    QString badmailProblem;
    if (badmail.size() > MaxPath)
        badmailProblem =
            tr("The path has %1 characters; Windows paths have at most %2.").arg(badmail.size()).arg(MaxPath);
    for (QChar c : badmail)
        if (badmailProblem.isEmpty() &&
            (c.category() == QChar::Other_Control || QStringLiteral("<>\"|?*").contains(c)))
            badmailProblem = tr("The path contains “%1”, which a Windows path may not.").arg(c);
    if (!m_shownBadmail.isEmpty() && badmail.isEmpty())
        badmailProblem = tr("Enter the badmail directory; the virtual server needs one.");
    out.append({m_badmailMessage, badmailProblem});
    return out;
}

bool VirtualServerMessagesTab::isComplete() const {
    for (const auto &found : problems())
        if (!found.second.isEmpty())
            return false;
    return true;
}

QString VirtualServerMessagesTab::validate() {
    const QList<std::pair<widgets::FieldMessage *, QString>> found = problems();
    for (const auto &entry : found)
        entry.first->report(entry.second);
    for (const auto &entry : found)
        if (!entry.second.isEmpty()) {
            entry.first->focusField();
            return entry.second;
        }
    return QString();
}

void VirtualServerMessagesTab::save(topology::EntryEdit &edit) const {
    auto valid = [](const LimitRow &row) { return !row.check->isChecked() || row.spin->problem().isEmpty(); };
    if (m_size.changed() && valid(m_size)) {
        // No limit: the attribute is removed (absent and 0 both mean unlimited).
        edit.set(attr::maxMessageSize, m_size.check->isChecked()
                                           ? QString::number(qint64(m_size.spin->value()) * 1024)
                                           : QString());
    }
    if (m_session.changed() && valid(m_session))
        edit.set(attr::maxSessionSize, m_session.check->isChecked()
                                           ? QString::number(qint64(m_session.spin->value()) * 1024)
                                           : QString());
    if (m_messages.changed() && valid(m_messages)) {
        edit.set(attr::maxMessagesPerConnectionFlag,
                 m_messages.check->isChecked() ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        if (m_messages.check->isChecked())
            edit.set(attr::maxMessagesPerConnection, QString::number(m_messages.spin->value()));
    }
    if (m_recipients.changed() && valid(m_recipients)) {
        // No limit is written as 0, because an absent value means the default of 64000.
        edit.set(attr::maxRecipients,
                 QString::number(m_recipients.check->isChecked() ? m_recipients.spin->value() : 0));
    }
    const QString ndr = m_ndrEdit->text().trimmed();
    if (ndr != m_shownNdr && (ndr.isEmpty() || topology::MailAddress::checkAddress(ndr).isEmpty()))
        edit.set(attr::sendNdrTo, ndr);
    const QString badmail = m_badmailEdit->text().trimmed();
    if (badmail != m_shownBadmail && !badmail.isEmpty() && badmail.size() <= MaxPath)
        edit.set(attr::badMailDirectory, badmail);
}

} // namespace properties
