#include "ConnectDialog.h"

#include "ConnectionProbe.h"
#include "ConnectionProfiles.h"
#include "PasswordStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace connectui {

using directory::ConnectionSettings;

namespace {

QLabel *messageLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text, bool error) {
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void hideMessage(QLabel *label) {
    label->clear();
    label->hide();
}

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

ConnectDialog::ConnectDialog(ConnectionProfiles *profiles, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles ? profiles : new ConnectionProfiles(this))
    , m_passwords(passwords ? passwords : new PasswordStore(this))
    , m_testProbe(new ConnectionProbe(this))
    , m_discoverProbe(new ConnectionProbe(this)) {
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Directory"));
    buildUi();

    connect(m_profiles, &ConnectionProfiles::changed, this, &ConnectDialog::reloadProfiles);
    connect(m_passwords, &PasswordStore::passwordRead, this, &ConnectDialog::onPasswordRead);
    connect(m_passwords, &PasswordStore::passwordWritten, this, &ConnectDialog::onPasswordWritten);
    connect(m_passwords, &PasswordStore::failed, this, &ConnectDialog::onPasswordFailed);
    connect(m_testProbe, &ConnectionProbe::testSucceeded, this, [this](const QString &identity) {
        setTestBusy(false);
        showTestResult(tr("Connected as %1.").arg(identity), false);
    });
    connect(m_testProbe, &ConnectionProbe::testFailed, this, [this](const QString &message) {
        setTestBusy(false);
        showTestResult(message, true);
    });
    connect(m_discoverProbe, &ConnectionProbe::discovered, this, &ConnectDialog::onDiscovered);
    connect(m_discoverProbe, &ConnectionProbe::discoveryFailed, this, [this](const QString &message) {
        m_discover->setEnabled(true);
        hideMessage(m_discoverResult);
        showMessage(m_baseDnError, message, true);
    });

    reloadProfiles();
    const QList<ConnectionProfile> recent = m_profiles->recent();
    if (!recent.isEmpty())
        selectProfile(recent.first().name());
    updateEnabled();
}

ConnectDialog::~ConnectDialog() = default;

bool ConnectDialog::event(QEvent *event) {
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeight();
    return handled;
}

void ConnectDialog::resizeEvent(QResizeEvent *event) {
    QDialog::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

// A window ignores its layout's height-for-width, so a wrapped message would be clipped: make the
// window as tall as the wrapped text needs at its current width, and shrink back when it goes.
void ConnectDialog::fitHeight() {
    const int needed = layout()->totalHeightForWidth(width());
    if (needed <= 0 || needed == m_fittedHeight)
        return;
    const bool followed = height() == m_fittedHeight;
    m_fittedHeight = needed;
    setMinimumHeight(needed);
    if (followed || height() < needed)
        resize(width(), needed);
}

QWidget *ConnectDialog::withMessage(QWidget *field, QLabel *message) {
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    box->setFocusProxy(field);
    return box;
}

void ConnectDialog::buildUi() {
    // Saved connections.
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(24);
    m_deleteProfile = new QPushButton(tr("De&lete"), this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfile"));
    m_deleteProfile->setToolTip(tr("Forget this saved connection and its saved password"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_deleteProfile);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setToolTip(tr("The connection is saved under this name when you click OK."));
    auto *profileLabel = new QLabel(tr("&Saved connections:"), this);
    profileLabel->setBuddy(m_profileCombo);
    auto *top = new QFormLayout;
    top->addRow(profileLabel, profileRow);
    top->addRow(tr("&Name:"), m_name);

    // Server.
    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("uri"));
    m_uri->setPlaceholderText(tr("ldap://dc1.example.com"));
    m_uri->setToolTip(tr("ldap://host[:port], ldaps://host[:port] or ldapi://%2Fpath%2Fto%2Fsocket"));
    m_uriError = messageLabel(QStringLiteral("uriError"), this);
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
    m_baseDnError = messageLabel(QStringLiteral("baseDnError"), this);
    m_discoverResult = messageLabel(QStringLiteral("discoverResult"), this);
    auto *baseRow = new QWidget(this);
    auto *baseRowLayout = new QHBoxLayout(baseRow);
    baseRowLayout->setContentsMargins(0, 0, 0, 0);
    baseRowLayout->addWidget(m_baseDn, 1);
    baseRowLayout->addWidget(m_discover);
    baseRow->setFocusProxy(m_baseDn);
    auto *baseBox = withMessage(baseRow, m_baseDnError);
    baseBox->layout()->addWidget(m_discoverResult);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(ConnectionSettings().timeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Address:"), withMessage(m_uri, m_uriError));
    serverForm->addRow(tr("&Base DN:"), baseBox);
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
    m_bindDn->setPlaceholderText(tr("cn=admin,dc=example,dc=com"));
    m_bindDnError = messageLabel(QStringLiteral("bindDnError"), this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword = new QCheckBox(tr("Save password in the system &keychain"), this);
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    m_passwordError = messageLabel(QStringLiteral("passwordError"), this);
    m_bindError = messageLabel(QStringLiteral("bindError"), this);
    auto *credentials = new QFormLayout;
    credentials->setContentsMargins(24, 0, 0, 0);
    credentials->addRow(tr("Bind &DN:"), withMessage(m_bindDn, m_bindDnError));
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
    m_tlsError = messageLabel(QStringLiteral("tlsError"), this);
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("The system's trusted certificates"));
    m_browseCaFile = new QPushButton(tr("Bro&wse…"), this);
    m_browseCaFile->setObjectName(QStringLiteral("browseCaFile"));
    m_caFileError = messageLabel(QStringLiteral("caFileError"), this);
    auto *caRow = new QWidget(this);
    auto *caRowLayout = new QHBoxLayout(caRow);
    caRowLayout->setContentsMargins(0, 0, 0, 0);
    caRowLayout->addWidget(m_caFile, 1);
    caRowLayout->addWidget(m_browseCaFile);
    caRow->setFocusProxy(m_caFile);
    m_verify = new QCheckBox(tr("&Verify the server certificate"), this);
    m_verify->setObjectName(QStringLiteral("verifyCertificate"));
    m_verify->setChecked(true);
    auto *security = new QGroupBox(tr("Security"), this);
    auto *securityForm = new QFormLayout(security);
    securityForm->addRow(tr("Encr&yption:"), withMessage(m_tls, m_tlsError));
    securityForm->addRow(tr("&CA certificate:"), withMessage(caRow, m_caFileError));
    securityForm->addRow(QString(), m_verify);

    // Test connection, OK/Cancel.
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    m_cancelTest = new QPushButton(tr("Stop"), this);
    m_cancelTest->setObjectName(QStringLiteral("cancelTest"));
    m_cancelTest->setAutoDefault(false);
    m_cancelTest->hide();
    m_testBusy = new QProgressBar(this);
    m_testBusy->setObjectName(QStringLiteral("testBusy"));
    m_testBusy->setRange(0, 0);
    m_testBusy->setTextVisible(false);
    m_testBusy->setMaximumWidth(80);
    m_testBusy->hide();
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_cancelTest, 0, Qt::AlignTop);
    testRow->addWidget(m_testBusy, 0, Qt::AlignVCenter);
    testRow->addWidget(m_testResult, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(server);
    layout->addWidget(auth);
    layout->addWidget(security);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int index) { loadProfile(m_profileCombo->itemData(index).toString()); });
    connect(m_deleteProfile, &QPushButton::clicked, this, &ConnectDialog::deleteProfile);
    connect(m_uri, &QLineEdit::textEdited, this, &ConnectDialog::onUriEdited);
    connect(m_tls, &QComboBox::activated, this, &ConnectDialog::onTlsActivated);
    connect(m_browseCaFile, &QPushButton::clicked, this, &ConnectDialog::browseCaFile);
    connect(m_discover, &QPushButton::clicked, this, &ConnectDialog::discover);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::startTest);
    connect(m_cancelTest, &QPushButton::clicked, this, &ConnectDialog::cancelTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    for (QLineEdit *edit : {m_uri, m_bindDn, m_password, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::onSettingsEdited);
    connect(m_baseDn, &QComboBox::currentTextChanged, this, &ConnectDialog::onSettingsEdited);
    connect(m_bindGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onSettingsEdited();
    });
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::onSettingsEdited);
    connect(m_verify, &QCheckBox::toggled, this, &ConnectDialog::onSettingsEdited);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ConnectDialog::onSettingsEdited);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        // A typed password wins over one still on its way from the keychain.
        m_readKey.clear();
        if (m_writeKey.isEmpty())
            hideMessage(m_passwordError);
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

// Saved connections -------------------------------------------------------------------------------

void ConnectDialog::reloadProfiles() {
    const QString current = m_profileCombo->currentData().toString();
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("New connection"), QString());
    for (const ConnectionProfile &p : m_profiles->load())
        m_profileCombo->addItem(p.name(), p.name());
    const int index = m_profileCombo->findData(current);
    m_profileCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_deleteProfile->setEnabled(m_profileCombo->currentIndex() > 0);
}

bool ConnectDialog::selectProfile(const QString &name) {
    const int index = m_profileCombo->findData(name.trimmed());
    if (index <= 0)
        return false;
    m_profileCombo->setCurrentIndex(index);
    loadProfile(name.trimmed());
    return true;
}

void ConnectDialog::loadProfile(const QString &name) {
    m_readKey.clear();
    hideMessage(m_passwordError);
    if (name.isEmpty()) {
        m_name->clear();
        setSettings(ConnectionSettings());
        m_savePassword->setChecked(false);
        m_profileCombo->setCurrentIndex(0);
        m_deleteProfile->setEnabled(false);
        return;
    }
    const std::optional<ConnectionProfile> profile = m_profiles->find(name);
    if (!profile)
        return;
    m_name->setText(profile->name());
    setSettings(profile->settings());
    m_savePassword->setChecked(profile->savePassword());
    m_deleteProfile->setEnabled(true);
    updateEnabled();
    if (profile->savePassword() && profile->settings().bind == ConnectionSettings::Bind::Simple) {
        m_readKey = profile->passwordKey();
        showMessage(m_passwordError, tr("Reading the saved password from the system keychain…"), false);
        m_passwords->read(m_readKey);
    }
}

void ConnectDialog::deleteProfile() {
    const QString name = m_profileCombo->currentData().toString();
    const std::optional<ConnectionProfile> profile = m_profiles->find(name);
    if (!profile)
        return;
    if (profile->savePassword())
        m_passwords->remove(profile->passwordKey());
    m_profiles->remove(name);
    m_profileCombo->setCurrentIndex(0);
    m_deleteProfile->setEnabled(false);
    m_name->clear();
}

// Settings ----------------------------------------------------------------------------------------

ConnectionSettings::Bind ConnectDialog::bind() const {
    return ConnectionSettings::Bind(m_bindGroup->checkedId());
}

ConnectionSettings::Tls ConnectDialog::tls() const {
    return ConnectionSettings::Tls(m_tls->currentData().toInt());
}

void ConnectDialog::setTls(ConnectionSettings::Tls tls) {
    m_tls->setCurrentIndex(m_tls->findData(int(tls)));
}

ConnectionSettings ConnectDialog::settings() const {
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

void ConnectDialog::setSettings(const ConnectionSettings &s) {
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
    hideMessage(m_discoverResult);
    onSettingsEdited();
}

ConnectionProfile ConnectDialog::profile() const {
    const ConnectionSettings s = settings();
    QString name = m_name->text().trimmed();
    if (name.isEmpty())
        name = ConnectionProfile::defaultName(s);
    return ConnectionProfile(name, s,
                             m_savePassword->isChecked() && s.bind == ConnectionSettings::Bind::Simple);
}

void ConnectDialog::onSettingsEdited() {
    updateEnabled();
    m_name->setPlaceholderText(ConnectionProfile::defaultName(settings()));
    if (!m_testProbe->isBusy())
        showTestResult(QString(), false);
    if (m_showProblems)
        refreshProblems();
}

void ConnectDialog::updateEnabled() {
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
void ConnectDialog::onUriEdited(const QString &text) {
    if (startsWith(text, "ldaps://"))
        setTls(ConnectionSettings::Tls::Ldaps);
    else if (tls() == ConnectionSettings::Tls::Ldaps && !startsWith(text, "ldapi://"))
        setTls(ConnectionSettings::Tls::None);
}

void ConnectDialog::onTlsActivated(int index) {
    const auto chosen = ConnectionSettings::Tls(m_tls->itemData(index).toInt());
    const QString uri = m_uri->text();
    if (chosen == ConnectionSettings::Tls::Ldaps && startsWith(uri, "ldap://"))
        m_uri->setText(switchScheme(uri, true));
    else if (chosen != ConnectionSettings::Tls::Ldaps && startsWith(uri, "ldaps://"))
        m_uri->setText(switchScheme(uri, false));
}

void ConnectDialog::browseCaFile() {
    const QString start = m_caFile->text().isEmpty() ? QStringLiteral("/etc/ssl/certs")
                                                     : QFileInfo(m_caFile->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), start,
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(file));
}

// Validation --------------------------------------------------------------------------------------

// ConnectionSettings::validate() says what is wrong; adding the fields one at a time says where.
ConnectDialog::Problem ConnectDialog::problemFor(const ConnectionSettings &full) const {
    ConnectionSettings s;
    s.uri = full.uri;
    s.timeoutSeconds = full.timeoutSeconds;
    if (QString m = s.validate(); !m.isEmpty())
        return {m_uri, m_uriError, m};
    s.baseDn = full.baseDn;
    if (QString m = s.validate(); !m.isEmpty())
        return {m_baseDn, m_baseDnError, m};
    s.tls = full.tls;
    if (QString m = s.validate(); !m.isEmpty())
        return {m_tls, m_tlsError, m};
    if (full.tls == ConnectionSettings::Tls::Ldaps && !startsWith(full.uri, "ldaps://"))
        return {m_tls, m_tlsError,
                tr("LDAPS needs an ldaps:// address; for %1 choose None or StartTLS.").arg(full.uri)};
    s.caFile = full.caFile;
    s.verifyCertificate = full.verifyCertificate;
    if (QString m = s.validate(); !m.isEmpty())
        return {m_caFile, m_caFileError, m};
    s.bind = full.bind;
    s.bindDn = full.bindDn;
    if (QString m = s.validate(); !m.isEmpty()) {
        if (s.bind == ConnectionSettings::Bind::Simple)
            return {m_bindDn, m_bindDnError, m};
        return {m_external, m_bindError, m};
    }
    // An empty password turns a simple bind into an unauthenticated one (RFC 4513 5.1.2), which
    // many servers accept as anonymous: refuse it rather than appear to log in.
    if (s.bind == ConnectionSettings::Bind::Simple && full.password.isEmpty())
        return {m_password, m_passwordError, tr("Enter the password for %1.").arg(full.bindDn)};
    return {};
}

void ConnectDialog::clearProblems() {
    for (QLabel *label : {m_uriError, m_baseDnError, m_tlsError, m_caFileError, m_bindDnError, m_bindError})
        hideMessage(label);
    // The password label also carries news from the keychain; only clear what validation put there.
    if (m_passwordProblem)
        hideMessage(m_passwordError);
    m_passwordProblem = false;
}

void ConnectDialog::showProblem(const Problem &problem) {
    showMessage(problem.label, problem.message, true);
    m_passwordProblem = problem.label == m_passwordError;
}

void ConnectDialog::refreshProblems() {
    const Problem problem = problemFor(settings());
    if (problem.label == m_passwordError && !m_readKey.isEmpty())
        return; // the keychain is still answering
    clearProblems();
    if (problem.label)
        showProblem(problem);
}

bool ConnectDialog::checkInput(const ConnectionSettings &s) {
    m_showProblems = true;
    clearProblems();
    const Problem problem = problemFor(s);
    if (!problem.label)
        return true;
    showProblem(problem);
    if (problem.field)
        problem.field->setFocus(Qt::OtherFocusReason);
    return false;
}

// Discover and test ---------------------------------------------------------------------------------

void ConnectDialog::discover() {
    ConnectionSettings s = settings();
    s.baseDn.clear(); // whatever is in the field is about to be replaced
    if (s.bind == ConnectionSettings::Bind::Simple && s.password.isEmpty()) {
        // Servers let anyone read the root DSE, so Discover works before the password is typed.
        s.bind = ConnectionSettings::Bind::Anonymous;
        s.bindDn.clear();
    }
    if (!checkInput(s))
        return;
    hideMessage(m_baseDnError);
    showMessage(m_discoverResult, tr("Reading the root DSE of %1…").arg(s.uri), false);
    m_discover->setEnabled(false);
    m_discoverProbe->discoverBaseDn(s);
}

void ConnectDialog::onDiscovered(const QStringList &contexts, const QString &preferred) {
    m_discover->setEnabled(true);
    m_baseDn->clear();
    m_baseDn->addItems(contexts);
    m_baseDn->setCurrentIndex(int(contexts.indexOf(preferred)));
    m_baseDn->setEditText(preferred);
    if (contexts.size() > 1)
        showMessage(m_discoverResult,
                    tr("The server holds %n naming contexts; choose one from the list.", nullptr,
                       int(contexts.size())),
                    false);
    else
        hideMessage(m_discoverResult);
}

void ConnectDialog::startTest() {
    const ConnectionSettings s = settings();
    if (!checkInput(s))
        return;
    setTestBusy(true);
    showTestResult(tr("Connecting to %1…").arg(s.uri), false);
    m_testProbe->testConnection(s);
}

void ConnectDialog::cancelTest() {
    if (!m_testProbe->isBusy())
        return;
    m_testProbe->cancel();
    setTestBusy(false);
    showTestResult(tr("Test stopped."), false);
}

void ConnectDialog::setTestBusy(bool busy) {
    m_test->setEnabled(!busy);
    m_cancelTest->setVisible(busy);
    m_testBusy->setVisible(busy);
}

void ConnectDialog::showTestResult(const QString &text, bool error) {
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_testResult->setPalette(palette);
    m_testResult->setText(text);
}

// Keychain and closing ------------------------------------------------------------------------------

void ConnectDialog::onPasswordRead(const QString &key, const QString &password) {
    if (key != m_readKey)
        return;
    m_readKey.clear();
    hideMessage(m_passwordError);
    if (m_password->text().isEmpty())
        m_password->setText(password);
}

void ConnectDialog::onPasswordWritten(const QString &key) {
    if (key != m_writeKey)
        return;
    m_writeKey.clear();
    finishAccept(m_accepting);
}

void ConnectDialog::onPasswordFailed(const QString &key, const QString &message) {
    if (!m_writeKey.isEmpty() && key == m_writeKey) {
        // Nothing was saved: say so at the checkbox, untick it, and let OK connect without it.
        m_writeKey.clear();
        m_savePassword->setChecked(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        showMessage(m_passwordError, message, true);
        m_savePassword->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (key == m_readKey) {
        m_readKey.clear();
        showMessage(m_passwordError, message, true);
    }
}

void ConnectDialog::accept() {
    if (!m_writeKey.isEmpty())
        return;
    const ConnectionSettings s = settings();
    if (!checkInput(s))
        return;
    if (m_testProbe->isBusy())
        cancelTest();
    m_discoverProbe->cancel();
    m_discover->setEnabled(true);
    m_readKey.clear();

    const ConnectionProfile chosen = profile();
    const std::optional<ConnectionProfile> previous = m_profiles->find(chosen.name());
    if (chosen.savePassword()) {
        m_accepting = chosen;
        m_writeKey = chosen.passwordKey();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        showMessage(m_passwordError, tr("Saving the password in the system keychain…"), false);
        m_passwords->write(m_writeKey, s.password);
        return;
    }
    if (previous && previous->savePassword())
        m_passwords->remove(previous->passwordKey());
    finishAccept(chosen);
}

void ConnectDialog::finishAccept(const ConnectionProfile &profile) {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    hideMessage(m_passwordError);
    m_profiles->save(profile);
    m_profiles->touch(profile.name());
    QDialog::accept();
}

void ConnectDialog::reject() {
    m_testProbe->cancel();
    m_discoverProbe->cancel();
    setTestBusy(false);
    m_discover->setEnabled(true);
    m_readKey.clear();
    m_writeKey.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    QDialog::reject();
}

} // namespace connectui
