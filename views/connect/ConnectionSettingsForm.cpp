#include "ConnectionSettingsForm.h"

#include "FieldMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace connectui {

using directory::ConnectionSettings;
using widgets::FieldMessage;

namespace {

bool startsWith(const QString &uri, const char *scheme) {
    return uri.trimmed().startsWith(QLatin1String(scheme), Qt::CaseInsensitive);
}

// ldap://host:389/… ⇄ ldaps://host:636/…; other ports are the administrator's choice and stay.
QString switchScheme(const QString &uri, bool toLdaps) {
    const QString u = uri.trimmed();
    const QString from = toLdaps ? QStringLiteral("ldap://") : QStringLiteral("ldaps://");
    const QString to = toLdaps ? QStringLiteral("ldaps://") : QStringLiteral("ldap://");
    if (!u.startsWith(from, Qt::CaseInsensitive))
        return uri;
    const QString rest = u.mid(from.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash < 0 ? rest : rest.left(slash);
    const QString tail = slash < 0 ? QString() : rest.mid(slash);
    const QString oldPort = toLdaps ? QStringLiteral(":389") : QStringLiteral(":636");
    if (authority.endsWith(oldPort))
        authority =
            authority.chopped(oldPort.size()) + (toLdaps ? QStringLiteral(":636") : QStringLiteral(":389"));
    return to + authority + tail;
}

} // namespace

ConnectionSettingsForm::ConnectionSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_probe(new ConnectionProbe(this)) {
    setObjectName(QStringLiteral("connectionSettingsForm"));
    buildUi();
    connect(m_probe, &ConnectionProbe::discovered, this, &ConnectionSettingsForm::onDiscovered);
    connect(m_probe, &ConnectionProbe::discoveryFailed, this, [this](const QString &message) {
        m_discover->setEnabled(true);
        m_discoverResult->clear();
        m_baseDnError->report(message);
    });
    updateEnabled();
}

void ConnectionSettingsForm::buildUi() {
    // The messages keep the names the dialog has always given them ("uriError"). They are made before
    // the connects at the end, so on an edit a message clears itself before refreshProblems() looks.
    const auto messageFor = [this](QWidget *field, const QString &objectName) {
        auto *message = new FieldMessage(field, this);
        message->setObjectName(objectName);
        return message;
    };
    // A labelled row of `form`: the field (or its `row`, with buttons) and the message under it.
    const auto addRow = [this](QFormLayout *form, const QString &text, FieldMessage *message,
                               QWidget *row = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(message->field());
        QVBoxLayout *cell = message->withField(row);
        form->addRow(label, cell);
        return cell;
    };

    // Server.
    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("uri"));
    m_uri->setPlaceholderText(tr("ldap://dc1.example.com"));
    m_uri->setToolTip(tr("ldap://host[:port], ldaps://host[:port] or ldapi://%2Fpath%2Fto%2Fsocket"));
    m_uriError = messageFor(m_uri, QStringLiteral("uriError"));
    m_baseDn = new QComboBox(this);
    m_baseDn->setObjectName(QStringLiteral("baseDn"));
    m_baseDn->setEditable(true);
    m_baseDn->setInsertPolicy(QComboBox::NoInsert);
    m_baseDn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_baseDn->setMinimumContentsLength(24);
    m_baseDn->lineEdit()->setPlaceholderText(tr("Empty: read it from the server"));
    m_discover = new QPushButton(tr("D&iscover"), this);
    m_discover->setObjectName(QStringLiteral("discover"));
    m_discover->setToolTip(tr("Read the naming contexts from the server's root DSE"));
    m_baseDnError = messageFor(m_baseDn, QStringLiteral("baseDnError"));
    m_discoverResult = messageFor(m_baseDn, QStringLiteral("discoverResult"));
    auto *baseRow = new QWidget(this);
    auto *baseRowLayout = new QHBoxLayout(baseRow);
    baseRowLayout->setContentsMargins(0, 0, 0, 0);
    baseRowLayout->addWidget(m_baseDn, 1);
    baseRowLayout->addWidget(m_discover);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(ConnectionSettings().timeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    addRow(serverForm, tr("&Address:"), m_uriError);
    addRow(serverForm, tr("&Base DN:"), m_baseDnError, baseRow)->addWidget(m_discoverResult);
    serverForm->addRow(tr("Timeo&ut:"), m_timeout);

    // Authentication.
    m_anonymous = new QRadioButton(tr("An&onymous"), this);
    m_anonymous->setObjectName(QStringLiteral("bindAnonymous"));
    m_simple = new QRadioButton(tr("Si&mple bind with a DN and password"), this);
    m_simple->setObjectName(QStringLiteral("bindSimple"));
    m_external = new QRadioButton(tr("SASL &EXTERNAL (ldapi:// socket or TLS client certificate)"), this);
    m_external->setObjectName(QStringLiteral("bindExternal"));
    m_bindGroup = new QButtonGroup(this);
    m_bindGroup->addButton(m_anonymous, int(ConnectionSettings::Bind::Anonymous));
    m_bindGroup->addButton(m_simple, int(ConnectionSettings::Bind::Simple));
    m_bindGroup->addButton(m_external, int(ConnectionSettings::Bind::SaslExternal));
    m_simple->setChecked(true);
    m_bindDn = new QLineEdit(this);
    m_bindDn->setObjectName(QStringLiteral("bindDn"));
    m_bindDn->setPlaceholderText(tr("cn=admin,dc=example,dc=com or administrator@example.com"));
    m_bindDnError = messageFor(m_bindDn, QStringLiteral("bindDnError"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword = new QCheckBox(tr("Save password in the system &keychain"), this);
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    // Under the checkbox: besides what is wrong with the password, news from the keychain.
    m_passwordError = messageFor(m_password, QStringLiteral("passwordError"));
    m_bindError = messageFor(m_external, QStringLiteral("bindError"));
    auto *credentials = new QFormLayout;
    credentials->setContentsMargins(24, 0, 0, 0);
    addRow(credentials, tr("Bind &DN or user:"), m_bindDnError);
    credentials->addRow(tr("&Password:"), m_password);
    auto *passwordOptions = new QWidget(this);
    auto *passwordOptionsLayout = new QVBoxLayout(passwordOptions);
    passwordOptionsLayout->setContentsMargins(0, 0, 0, 0);
    passwordOptionsLayout->setSpacing(2);
    passwordOptionsLayout->addWidget(m_savePassword);
    passwordOptionsLayout->addWidget(m_passwordError);
    credentials->addRow(QString(), passwordOptions);
    auto *auth = new QGroupBox(tr("Authentication"), this);
    auto *authLayout = new QVBoxLayout(auth);
    authLayout->addWidget(m_anonymous);
    authLayout->addWidget(m_simple);
    authLayout->addLayout(credentials);
    authLayout->addWidget(m_external);
    authLayout->addWidget(m_bindError);

    // Encryption.
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->addItem(tr("None"), int(ConnectionSettings::Tls::None));
    m_tls->addItem(tr("StartTLS"), int(ConnectionSettings::Tls::StartTls));
    m_tls->addItem(tr("LDAPS (TLS from the start, ldaps://)"), int(ConnectionSettings::Tls::Ldaps));
    m_tlsError = messageFor(m_tls, QStringLiteral("tlsError"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("The system's trusted certificates"));
    m_browseCaFile = new QPushButton(tr("Bro&wse…"), this);
    m_browseCaFile->setObjectName(QStringLiteral("browseCaFile"));
    m_caFileError = messageFor(m_caFile, QStringLiteral("caFileError"));
    auto *caRow = new QWidget(this);
    auto *caRowLayout = new QHBoxLayout(caRow);
    caRowLayout->setContentsMargins(0, 0, 0, 0);
    caRowLayout->addWidget(m_caFile, 1);
    caRowLayout->addWidget(m_browseCaFile);
    m_verify = new QCheckBox(tr("&Verify the server certificate"), this);
    m_verify->setObjectName(QStringLiteral("verifyCertificate"));
    m_verify->setChecked(true);
    auto *security = new QGroupBox(tr("Security"), this);
    auto *securityForm = new QFormLayout(security);
    addRow(securityForm, tr("Encr&yption:"), m_tlsError);
    addRow(securityForm, tr("&CA certificate:"), m_caFileError, caRow);
    securityForm->addRow(QString(), m_verify);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(server);
    layout->addWidget(auth);
    layout->addWidget(security);

    connect(m_uri, &QLineEdit::textEdited, this, &ConnectionSettingsForm::onUriEdited);
    connect(m_tls, &QComboBox::activated, this, &ConnectionSettingsForm::onTlsActivated);
    connect(m_browseCaFile, &QPushButton::clicked, this, &ConnectionSettingsForm::browseCaFile);
    connect(m_discover, &QPushButton::clicked, this, &ConnectionSettingsForm::discover);
    for (QLineEdit *edit : {m_uri, m_bindDn, m_password, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionSettingsForm::onEdited);
    connect(m_baseDn, &QComboBox::currentTextChanged, this, &ConnectionSettingsForm::onEdited);
    connect(m_bindGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onEdited();
    });
    // currentTextChanged, not currentIndexChanged (which comes first): m_tlsError clears itself on
    // currentTextChanged, and the check must come after that or a problem it finds is wiped.
    connect(m_tls, &QComboBox::currentTextChanged, this, &ConnectionSettingsForm::onEdited);
    connect(m_verify, &QCheckBox::toggled, this, &ConnectionSettingsForm::onEdited);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ConnectionSettingsForm::onEdited);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        // A typed password wins over one still on its way from the keychain.
        m_passwordPending = false;
        m_passwordProblem = false; // m_passwordError has cleared itself
        Q_EMIT passwordEdited();
        if (m_showProblems)
            refreshProblems();
    });
    // Leaving a field shows what is wrong with it, without waiting for OK.
    for (QLineEdit *edit : {m_uri, m_bindDn, m_caFile, m_baseDn->lineEdit()})
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (!isVisible())
                return;
            m_showProblems = true;
            refreshProblems();
        });
}

ConnectionSettings::Bind ConnectionSettingsForm::bind() const {
    return ConnectionSettings::Bind(m_bindGroup->checkedId());
}

ConnectionSettings::Tls ConnectionSettingsForm::tls() const {
    return ConnectionSettings::Tls(m_tls->currentData().toInt());
}

void ConnectionSettingsForm::setTls(ConnectionSettings::Tls tls) {
    m_tls->setCurrentIndex(m_tls->findData(int(tls)));
}

ConnectionSettings ConnectionSettingsForm::settings() const {
    ConnectionSettings s;
    s.uri = m_uri->text().trimmed();
    s.baseDn = m_baseDn->currentText().trimmed();
    s.bind = bind();
    if (s.bind == ConnectionSettings::Bind::Simple) {
        s.bindDn = m_bindDn->text().trimmed();
        s.password = m_password->text();
    }
    s.tls = tls();
    if (s.tls != ConnectionSettings::Tls::None)
        s.caFile = m_caFile->text().trimmed();
    s.verifyCertificate = m_verify->isChecked();
    s.timeoutSeconds = m_timeout->value();
    return s;
}

void ConnectionSettingsForm::setSettings(const ConnectionSettings &s) {
    m_uri->setText(s.uri);
    m_baseDn->clear();
    m_baseDn->setEditText(s.baseDn);
    if (QAbstractButton *button = m_bindGroup->button(int(s.bind)))
        button->setChecked(true);
    m_bindDn->setText(s.bindDn);
    m_password->setText(s.password);
    setTls(s.uri.trimmed().isEmpty() ? s.tls : s.effectiveTls());
    m_caFile->setText(s.caFile);
    m_verify->setChecked(s.verifyCertificate);
    m_timeout->setValue(s.timeoutSeconds > 0 ? s.timeoutSeconds : ConnectionSettings().timeoutSeconds);
    m_discoverResult->clear();
    onEdited();
}

bool ConnectionSettingsForm::savePassword() const {
    return m_savePassword->isChecked() && bind() == ConnectionSettings::Bind::Simple;
}

void ConnectionSettingsForm::setSavePassword(bool save) {
    m_savePassword->setChecked(save);
}

void ConnectionSettingsForm::onEdited() {
    updateEnabled();
    if (m_showProblems)
        refreshProblems();
    Q_EMIT edited();
}

void ConnectionSettingsForm::updateEnabled() {
    const bool simple = bind() == ConnectionSettings::Bind::Simple;
    m_bindDn->setEnabled(simple);
    m_password->setEnabled(simple);
    m_savePassword->setEnabled(simple);
    const bool secured = tls() != ConnectionSettings::Tls::None;
    m_caFile->setEnabled(secured);
    m_browseCaFile->setEnabled(secured);
    m_verify->setEnabled(secured);
}

// The URI and the TLS choice describe the same thing twice; keep them in step whichever the user
// changes.
void ConnectionSettingsForm::onUriEdited(const QString &text) {
    if (startsWith(text, "ldaps://"))
        setTls(ConnectionSettings::Tls::Ldaps);
    else if (tls() == ConnectionSettings::Tls::Ldaps && !startsWith(text, "ldapi://"))
        setTls(ConnectionSettings::Tls::None);
}

void ConnectionSettingsForm::onTlsActivated(int index) {
    const auto chosen = ConnectionSettings::Tls(m_tls->itemData(index).toInt());
    const QString uri = m_uri->text();
    if (chosen == ConnectionSettings::Tls::Ldaps && startsWith(uri, "ldap://"))
        m_uri->setText(switchScheme(uri, true));
    else if (chosen != ConnectionSettings::Tls::Ldaps && startsWith(uri, "ldaps://"))
        m_uri->setText(switchScheme(uri, false));
}

void ConnectionSettingsForm::browseCaFile() {
    const QString start = m_caFile->text().isEmpty() ? QStringLiteral("/etc/ssl/certs")
                                                     : QFileInfo(m_caFile->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), start,
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(file));
}

// Validation --------------------------------------------------------------------------------------

// ConnectionSettings::validate() says what is wrong; adding the fields one at a time says where.
ConnectionSettingsForm::Problem ConnectionSettingsForm::problemFor(const ConnectionSettings &full) const {
    ConnectionSettings s;
    s.uri = full.uri;
    s.timeoutSeconds = full.timeoutSeconds;
    if (QString m = s.validate(); !m.isEmpty())
        return {m_uriError, m};
    s.baseDn = full.baseDn;
    if (QString m = s.validate(); !m.isEmpty())
        return {m_baseDnError, m};
    s.tls = full.tls;
    if (QString m = s.validate(); !m.isEmpty())
        return {m_tlsError, m};
    if (full.tls == ConnectionSettings::Tls::Ldaps && !startsWith(full.uri, "ldaps://"))
        return {m_tlsError,
                tr("LDAPS needs an ldaps:// address; for %1 choose None or StartTLS.").arg(full.uri)};
    s.caFile = full.caFile;
    s.verifyCertificate = full.verifyCertificate;
    if (QString m = s.validate(); !m.isEmpty())
        return {m_caFileError, m};
    s.bind = full.bind;
    s.bindDn = full.bindDn;
    if (QString m = s.validate(); !m.isEmpty()) {
        if (s.bind == ConnectionSettings::Bind::Simple)
            return {m_bindDnError, m};
        return {m_bindError, m};
    }
    // An empty password turns a simple bind into an unauthenticated one (RFC 4513 5.1.2), which
    // many servers accept as anonymous: refuse it rather than appear to log in.
    if (s.bind == ConnectionSettings::Bind::Simple && full.password.isEmpty())
        return {m_passwordError, tr("Enter the password for %1.").arg(full.bindDn)};
    return {};
}

void ConnectionSettingsForm::clearProblems() {
    for (FieldMessage *message :
         {m_uriError, m_baseDnError, m_tlsError, m_caFileError, m_bindDnError, m_bindError})
        message->clear();
    // The password's message also carries news from the keychain; only clear what validation put there.
    if (m_passwordProblem)
        m_passwordError->clear();
    m_passwordProblem = false;
}

void ConnectionSettingsForm::showProblem(const Problem &problem) {
    problem.where->report(problem.message);
    m_passwordProblem = problem.where == m_passwordError;
}

void ConnectionSettingsForm::refreshProblems() {
    const Problem problem = problemFor(settings());
    clearProblems();
    // While the keychain is still answering, an empty password is not the user's omission.
    if (problem.where && !(problem.where == m_passwordError && m_passwordPending))
        showProblem(problem);
}

bool ConnectionSettingsForm::check() {
    return checkSettings(settings());
}

bool ConnectionSettingsForm::checkSettings(const ConnectionSettings &s) {
    m_showProblems = true;
    clearProblems();
    const Problem problem = problemFor(s);
    if (!problem.where)
        return true;
    showProblem(problem);
    problem.where->focusField();
    return false;
}

void ConnectionSettingsForm::setPasswordNote(const QString &text, bool error) {
    m_passwordProblem = false;
    if (error)
        m_passwordError->report(text);
    else
        m_passwordError->note(text);
}

void ConnectionSettingsForm::setPasswordPending(bool pending) {
    m_passwordPending = pending;
}

void ConnectionSettingsForm::offerPassword(const QString &password) {
    m_passwordPending = false;
    if (m_password->text().isEmpty())
        m_password->setText(password);
}

void ConnectionSettingsForm::discover() {
    ConnectionSettings s = settings();
    s.baseDn.clear(); // whatever is in the field is about to be replaced
    if (s.bind == ConnectionSettings::Bind::Simple && s.password.isEmpty()) {
        // Servers let anyone read the root DSE, so Discover works before the password is typed.
        s.bind = ConnectionSettings::Bind::Anonymous;
        s.bindDn.clear();
    }
    if (!checkSettings(s))
        return;
    m_baseDnError->clear();
    m_discoverResult->note(tr("Reading the root DSE of %1…").arg(s.uri));
    m_discover->setEnabled(false);
    m_probe->discoverBaseDn(s);
}

void ConnectionSettingsForm::onDiscovered(const QStringList &contexts, const QString &preferred) {
    m_discover->setEnabled(true);
    m_baseDn->clear();
    m_baseDn->addItems(contexts);
    m_baseDn->setCurrentIndex(int(contexts.indexOf(preferred)));
    m_baseDn->setEditText(preferred);
    if (contexts.size() > 1)
        m_discoverResult->note(tr("The server holds %n naming contexts; choose one from the list.", nullptr,
                                  int(contexts.size())));
    else
        m_discoverResult->clear();
}

void ConnectionSettingsForm::cancelDiscovery() {
    m_probe->cancel();
    m_discover->setEnabled(true);
    m_discoverResult->clear();
}

} // namespace connectui
