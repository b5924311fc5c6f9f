#include "VirtualServerDeliveryTab.h"

#include "Attributes.h"
#include "DurationField.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "MailAddress.h"
#include "NumberField.h"
#include "OutboundSecurityBox.h"
#include "RetryIntervals.h"
#include "SmartHostList.h"
#include "SmtpVirtualServer.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace properties {

using topology::SmartHostList;
namespace attr = topology::attr;
namespace limits = topology::limits;

namespace {

// msExchSmtpSmartHostType: Exchange 2003 writes only these two.
const QString NoSmartHostType = QStringLiteral("0");
const QString SmartHostType = QStringLiteral("2");

// Exchange's defaults (KB321757): 12 hours and 2 days, the same for remote delivery.
constexpr qint64 DefaultDelayMinutes = 12 * 60;
constexpr qint64 DefaultExpirationMinutes = 2 * 24 * 60;
constexpr int DefaultConnections = 1000;
constexpr int DefaultConnectionsPerDomain = 100;
constexpr int DefaultTimeoutMinutes = 10; // 600 seconds in the directory
constexpr int DefaultHopCount = 15;

const QString *const TimeAttributes[4] = {&attr::localDelayNotification, &attr::localExpiration,
                                          &attr::remoteDelayNotification, &attr::remoteExpiration};

bool isTrue(const directory::Entry &entry, const QString &attribute) {
    return entry.string(attribute).compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
}

} // namespace

VirtualServerDeliveryTab::Number VirtualServerDeliveryTab::makeNumber(const QString &objectName,
                                                                      const topology::Limit &limit,
                                                                      const QString &whatsThis) {
    Number n;
    n.spin = new widgets::NumberField(limit, this);
    n.spin->setObjectName(objectName);
    n.spin->setWhatsThis(whatsThis);
    n.message = new widgets::FieldMessage(n.spin, this);
    connect(n.spin, &QSpinBox::valueChanged, this, &PropertyTab::changed);
    return n;
}

VirtualServerDeliveryTab::VirtualServerDeliveryTab(QWidget *parent)
    : PropertyTab(parent) {
    auto *left = new QVBoxLayout;
    left->addWidget(makeRetryBox());
    left->addWidget(makeTimeoutBox());
    left->addStretch();
    auto *right = new QVBoxLayout;
    m_security = new OutboundSecurityBox(this);
    connect(m_security, &OutboundSecurityBox::changed, this, &PropertyTab::changed);
    right->addWidget(m_security);
    right->addWidget(makeConnectionsBox());
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(makeAdvancedBox());
    layout->addStretch();
}

QWidget *VirtualServerDeliveryTab::makeRetryBox() {
    const QString labels[4] = {
        tr("&First retry interval (minutes):"), tr("Se&cond retry interval (minutes):"),
        tr("T&hird retry interval (minutes):"), tr("Su&bsequent retry interval (minutes):")};
    const char *names[4] = {"firstRetrySpin", "secondRetrySpin", "thirdRetrySpin", "subsequentRetrySpin"};
    auto *box = new QGroupBox(tr("Outbound"), this);
    auto *form = new QFormLayout(box);
    for (int i = 0; i < 4; ++i) {
        m_retries[size_t(i)] = makeNumber(QString::fromLatin1(names[i]), limits::RetryIntervalMinutes,
                                          tr("How long to wait before trying a remote server again after a "
                                             "failed delivery, in minutes (1 to 9,999)."));
        auto *label = new QLabel(labels[i], this);
        label->setBuddy(m_retries[size_t(i)].spin);
        form->addRow(label, m_retries[size_t(i)].message->withField());
    }
    m_retriesNote = new widgets::FieldMessage(m_retries[0].spin, this);
    m_retriesNote->setObjectName(QStringLiteral("retryNote"));
    form->addRow(m_retriesNote);
    return box;
}

QWidget *VirtualServerDeliveryTab::makeTimeoutBox() {
    m_localDelay = new DurationField(QStringLiteral("localDelay"), this);
    m_localExpiration = new DurationField(QStringLiteral("localExpiration"), this);
    m_remoteDelay = new DurationField(QStringLiteral("remoteDelay"), this);
    m_remoteExpiration = new DurationField(QStringLiteral("remoteExpiration"), this);
    for (DurationField *d : {m_localDelay, m_localExpiration, m_remoteDelay, m_remoteExpiration})
        connect(d, &DurationField::changed, this, &PropertyTab::changed);
    m_localDelay->setWhatsThis(tr("When the sender is told that a message for a local mailbox is delayed."));
    m_localExpiration->setWhatsThis(tr("When a message for a local mailbox is given up and returned."));
    m_remoteDelay->setWhatsThis(tr("When the sender is told that a message to a remote server is delayed."));
    m_remoteExpiration->setWhatsThis(tr("When a message to a remote server is given up and returned."));
    auto *box = new QGroupBox(tr("Notification and expiration"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Local delay notification:"), m_localDelay);
    form->addRow(tr("Local expiration timeout:"), m_localExpiration);
    form->addRow(tr("Remote delay notification:"), m_remoteDelay);
    form->addRow(tr("Remote expiration timeout:"), m_remoteExpiration);
    return box;
}

QWidget *VirtualServerDeliveryTab::makeConnectionsBox() {
    m_connections = makeNumber(QStringLiteral("maxConnectionsSpin"), limits::OutgoingConnections,
                               tr("At most this many outbound connections at once (1 to 1,999,999,999)."));
    m_perDomain = makeNumber(QStringLiteral("maxConnectionsPerDomainSpin"), limits::OutgoingConnections,
                             tr("At most this many outbound connections to one remote domain at once."));
    m_timeout = makeNumber(QStringLiteral("connectionTimeoutSpin"), limits::ConnectionTimeoutMinutes,
                           tr("How long an idle outbound connection stays open, in minutes (1 to 9,999)."));
    m_port = makeNumber(QStringLiteral("outgoingPortSpin"), limits::TcpPort,
                        tr("The TCP port remote servers are reached on; 25 for SMTP. The Exchange Server "
                           "Analyzer warns about any other."));
    auto *box = new QGroupBox(tr("Outbound connections"), this);
    auto *form = new QFormLayout(box);
    const std::pair<QString, const Number *> rows[] = {
        {tr("&Limit connections to:"), &m_connections},
        {tr("Limit connections per &domain to:"), &m_perDomain},
        {tr("&Time-out (minutes):"), &m_timeout},
        {tr("Outbound &TCP port:"), &m_port}};
    for (const auto &[text, number] : rows) {
        auto *label = new QLabel(text, this);
        label->setBuddy(number->spin);
        form->addRow(label, number->message->withField());
    }
    return box;
}

QWidget *VirtualServerDeliveryTab::makeAdvancedBox() {
    m_hops = makeNumber(QStringLiteral("hopCountSpin"), limits::HopCount,
                        tr("A message that has passed this many servers is returned as a loop (10 to 256)."));
    m_masqueradeCheck = new QCheckBox(tr("&Masquerade domain:"), this);
    m_masqueradeCheck->setObjectName(QStringLiteral("masqueradeCheck"));
    m_masqueradeEdit = new QLineEdit(this);
    m_masqueradeEdit->setObjectName(QStringLiteral("masqueradeDomainEdit"));
    m_masqueradeEdit->setPlaceholderText(tr("example.com"));
    m_masqueradeEdit->setWhatsThis(tr("Replaces the domain of the sender in the MAIL FROM of messages sent "
                                      "from this virtual server."));
    m_masqueradeMessage = new widgets::FieldMessage(m_masqueradeEdit, this);
    connect(m_masqueradeCheck, &QCheckBox::toggled, m_masqueradeEdit, &QWidget::setEnabled);
    connect(m_masqueradeCheck, &QCheckBox::toggled, m_masqueradeMessage, &widgets::FieldMessage::clear);
    connect(m_masqueradeCheck, &QCheckBox::toggled, this, &PropertyTab::changed);
    connect(m_masqueradeEdit, &QLineEdit::textChanged, this, &PropertyTab::changed);
    m_reverseDnsCheck = new QCheckBox(tr("Perform &reverse DNS lookup on incoming messages"), this);
    m_reverseDnsCheck->setObjectName(QStringLiteral("reverseDnsCheck"));
    m_reverseDnsCheck->setWhatsThis(
        tr("Looks up the name of each connecting computer; slows down receiving."));
    connect(m_reverseDnsCheck, &QCheckBox::toggled, this, &PropertyTab::changed);

    m_smartHostEdit = new QLineEdit(this);
    m_smartHostEdit->setObjectName(QStringLiteral("smartHostEdit"));
    m_smartHostEdit->setPlaceholderText(tr("none: deliver with DNS"));
    m_smartHostEdit->setWhatsThis(
        tr("Host names and IP addresses in square brackets, separated by semicolons, "
           "for example relay.example.net;[192.0.2.10]."));
    m_smartHostMessage = new widgets::FieldMessage(m_smartHostEdit, this);
    connect(m_smartHostEdit, &QLineEdit::textChanged, this, &PropertyTab::changed);
    auto *note =
        new QLabel(tr("<b>Note:</b> set smart hosts on an SMTP connector instead. A smart host on the "
                      "virtual server applies to all mail it sends, including mail that a connector "
                      "routes elsewhere."),
                   this);
    note->setObjectName(QStringLiteral("smartHostNote"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);

    auto *box = new QGroupBox(tr("Advanced delivery"), this);
    auto *grid = new QGridLayout(box);
    auto *hopLabel = new QLabel(tr("Maximum &hop count:"), this);
    hopLabel->setBuddy(m_hops.spin);
    grid->addWidget(hopLabel, 0, 0, Qt::AlignTop);
    grid->addLayout(m_hops.message->withField(), 0, 1);
    grid->addWidget(m_masqueradeCheck, 1, 0, Qt::AlignTop);
    grid->addLayout(m_masqueradeMessage->withField(), 1, 1);
    auto *smartHostLabel = new QLabel(tr("&Smart host:"), this);
    smartHostLabel->setBuddy(m_smartHostEdit);
    grid->addWidget(smartHostLabel, 2, 0, Qt::AlignTop);
    grid->addLayout(m_smartHostMessage->withField(), 2, 1);
    grid->addWidget(note, 3, 0, 1, 2);
    grid->addWidget(m_reverseDnsCheck, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    return box;
}

QString VirtualServerDeliveryTab::title() const {
    return tr("Delivery");
}

void VirtualServerDeliveryTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    const auto *server = dynamic_cast<const topology::SmtpVirtualServer *>(&object);
    if (!server)
        return;
    const directory::Entry &entry = object.entry();
    const auto &retries = server->retryIntervals();
    m_retriesReadable = retries.isValid();
    const topology::RetryIntervals intervals = retries.value.value_or(topology::RetryIntervals());
    for (int i = 0; i < 4; ++i) {
        m_retries[size_t(i)].shown = intervals.minutes(i);
        m_retries[size_t(i)].spin->setStoredValue(intervals.minutes(i));
        m_retries[size_t(i)].message->clear();
    }
    if (m_retriesReadable)
        m_retriesNote->clear();
    else
        m_retriesNote->note(
            tr("%1 Exchange's defaults are shown; the stored value stays unless you change one.")
                .arg(retries.error));

    const qint64 defaults[4] = {DefaultDelayMinutes, DefaultExpirationMinutes, DefaultDelayMinutes,
                                DefaultExpirationMinutes};
    DurationField *times[4] = {m_localDelay, m_localExpiration, m_remoteDelay, m_remoteExpiration};
    for (int i = 0; i < 4; ++i) {
        const qint64 stored = entry.integer(*TimeAttributes[i], defaults[i]);
        m_shownTimes[i] = stored > 0 ? stored : defaults[i];
        times[i]->setMinutes(m_shownTimes[i]);
    }
    m_security->load(entry);
    auto loadNumber = [](Number &n, qint64 value) {
        n.shown = value;
        n.spin->setStoredValue(value);
        n.message->clear();
    };
    loadNumber(m_connections, entry.integer(attr::maxOutgoingConnections, DefaultConnections));
    loadNumber(m_perDomain,
               entry.integer(attr::maxOutgoingConnectionsPerDomain, DefaultConnectionsPerDomain));
    // Seconds in the directory, minutes here (rounded up, so a short timeout does not show as 0).
    const qint64 seconds = entry.integer(attr::outgoingConnectionTimeout, DefaultTimeoutMinutes * 60);
    loadNumber(m_timeout, (seconds + 59) / 60);
    loadNumber(m_port, server->outgoingPort());
    loadNumber(m_hops, entry.integer(attr::maxHopCount, DefaultHopCount));

    m_shownMasquerade = isTrue(entry, attr::doMasquerade);
    m_shownMasqueradeDomain = entry.string(attr::masqueradeDomain).trimmed();
    m_masqueradeCheck->setChecked(m_shownMasquerade);
    m_masqueradeEdit->setText(m_shownMasqueradeDomain);
    m_masqueradeEdit->setEnabled(m_shownMasquerade);
    m_masqueradeMessage->clear();
    m_shownReverseDns = isTrue(entry, attr::reverseDnsLookup);
    m_reverseDnsCheck->setChecked(m_shownReverseDns);

    m_smartHostMessage->clear();
    // The stored text, even if it does not parse: the user sees it and validate() says what is wrong.
    m_shownSmartHost = server->rawSmartHost().trimmed();
    m_smartHostEdit->setText(m_shownSmartHost);
    if (!m_shownSmartHost.isEmpty() && !server->smartHostValue().isValid())
        m_smartHostMessage->report(server->smartHostValue().error);
    m_shownSmartHostUsable = server->smartHostValue().isValid();
}

bool VirtualServerDeliveryTab::focusAttribute(const QString &attribute) {
    if (attribute.compare(topology::attr::smartHost, Qt::CaseInsensitive) == 0 ||
        attribute.compare(topology::attr::smartHostType, Qt::CaseInsensitive) == 0) {
        m_smartHostEdit->setFocus();
        return true;
    }
    if (attribute.compare(topology::attr::outgoingPort, Qt::CaseInsensitive) == 0) {
        m_port.spin->setFocus();
        return true;
    }
    return false;
}

QList<std::pair<widgets::FieldMessage *, QString>> VirtualServerDeliveryTab::problems() const {
    QList<std::pair<widgets::FieldMessage *, QString>> out;
    for (int i = 0; i < 4; ++i) {
        const Number &n = m_retries[size_t(i)];
        out.append({n.message, topology::RetryIntervals::check(i, n.spin->value())});
    }
    for (const DurationField *d : {m_localDelay, m_localExpiration, m_remoteDelay, m_remoteExpiration})
        out.append({d->message(), d->problem()});
    for (const Number *n : {&m_connections, &m_perDomain, &m_timeout, &m_port, &m_hops}) {
        QString problem = n->spin->problem();
        if (problem.isEmpty() && n == &m_perDomain && m_perDomain.spin->value() > m_connections.spin->value())
            problem = tr("The connections to one domain cannot be more than all connections (%L1).")
                          .arg(m_connections.spin->value());
        out.append({n->message, problem});
    }
    out.append({m_masqueradeMessage, m_masqueradeCheck->isChecked()
                                         ? topology::MailAddress::checkDomain(m_masqueradeEdit->text())
                                         : QString()});
    QString error;
    out.append({m_smartHostMessage,
                SmartHostList::parse(m_smartHostEdit->text().trimmed(), &error) ? QString() : error});
    return out;
}

bool VirtualServerDeliveryTab::isComplete() const {
    for (const auto &[message, problem] : problems())
        if (!problem.isEmpty())
            return false;
    return m_security->problem().isEmpty();
}

QString VirtualServerDeliveryTab::validate() {
    const QList<std::pair<widgets::FieldMessage *, QString>> found = problems();
    for (const auto &[message, problem] : found)
        message->report(problem);
    for (const auto &[message, problem] : found) {
        if (!message->text().isEmpty()) {
            message->focusField();
            return message->text();
        }
    }
    return m_security->validate();
}

void VirtualServerDeliveryTab::save(topology::EntryEdit &edit) const {
    std::array<int, 4> minutes{};
    bool retriesChanged = false, retriesValid = true;
    for (int i = 0; i < 4; ++i) {
        minutes[size_t(i)] = m_retries[size_t(i)].spin->value();
        retriesChanged = retriesChanged || minutes[size_t(i)] != m_retries[size_t(i)].shown;
        retriesValid = retriesValid && topology::RetryIntervals::check(i, minutes[size_t(i)]).isEmpty();
    }
    if (retriesChanged && retriesValid)
        edit.set(attr::remoteQueueRetries, topology::RetryIntervals(minutes).toString());

    const DurationField *times[4] = {m_localDelay, m_localExpiration, m_remoteDelay, m_remoteExpiration};
    for (int i = 0; i < 4; ++i)
        if (times[i]->minutes() != m_shownTimes[i] && times[i]->problem().isEmpty())
            edit.set(*TimeAttributes[i], QString::number(times[i]->minutes()));

    m_security->save(edit, m_security->security());

    auto saveNumber = [&edit](const Number &n, const QString &attribute, qint64 factor = 1) {
        if (n.spin->value() != n.shown && n.spin->problem().isEmpty())
            edit.set(attribute, QString::number(qint64(n.spin->value()) * factor));
    };
    saveNumber(m_connections, attr::maxOutgoingConnections);
    saveNumber(m_perDomain, attr::maxOutgoingConnectionsPerDomain);
    saveNumber(m_timeout, attr::outgoingConnectionTimeout, 60);
    saveNumber(m_port, attr::outgoingPort);
    saveNumber(m_hops, attr::maxHopCount);

    const bool masquerade = m_masqueradeCheck->isChecked();
    const QString domain = m_masqueradeEdit->text().trimmed();
    if (masquerade != m_shownMasquerade)
        edit.set(attr::doMasquerade, masquerade ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    if (masquerade && domain != m_shownMasqueradeDomain &&
        topology::MailAddress::checkDomain(domain).isEmpty())
        edit.set(attr::masqueradeDomain, domain);
    if (m_reverseDnsCheck->isChecked() != m_shownReverseDns)
        edit.set(attr::reverseDnsLookup,
                 m_reverseDnsCheck->isChecked() ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));

    const QString text = m_smartHostEdit->text().trimmed();
    if (text == m_shownSmartHost && (m_shownSmartHostUsable || text.isEmpty()))
        return;
    const std::optional<SmartHostList> hosts = SmartHostList::parse(text);
    if (!hosts)
        return; // validate() refuses it; never write what does not parse
    const std::optional<SmartHostList> shown = SmartHostList::parse(m_shownSmartHost);
    if (shown && *shown == *hosts && m_shownSmartHostUsable)
        return; // only spacing or separators changed
    edit.set(attr::smartHost, hosts->toString());
    edit.set(attr::smartHostType, hosts->isEmpty() ? NoSmartHostType : SmartHostType);
}

} // namespace properties
