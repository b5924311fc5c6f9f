#include "ConnectDialog.h"

#include "ConnectionProbe.h"
#include "ConnectionProfiles.h"
#include "ConnectionSettingsForm.h"
#include "FieldMessage.h"
#include "PasswordStore.h"
#include "WindowHeightFitter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace connectui {

using directory::ConnectionSettings;

ConnectDialog::ConnectDialog(ConnectionProfiles *profiles, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles ? profiles : new ConnectionProfiles(this))
    , m_passwords(passwords ? passwords : new PasswordStore(this))
    , m_testProbe(new ConnectionProbe(this)) {
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Directory"));
    buildUi();
    // Messages under the fields and the test result come and go, and wrap.
    widgets::WindowHeightFitter::keepFitted(this);

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

    reloadProfiles();
    const QList<ConnectionProfile> recent = m_profiles->recent();
    if (!recent.isEmpty())
        selectProfile(recent.first().name());
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::buildUi() {
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(24);
    m_deleteProfile = new QPushButton(tr("De&lete"), this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfile"));
    m_deleteProfile->setToolTip(tr("Forget this saved connection and its saved password"));
    m_deleteProfile->setEnabled(false);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_deleteProfile);
    auto *profileLabel = new QLabel(tr("&Saved connections:"), this);
    profileLabel->setBuddy(m_profileCombo);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setToolTip(tr("The connection is saved under this name when you connect."));
    auto *top = new QFormLayout;
    top->addRow(profileLabel, profileRow);
    top->addRow(tr("&Name:"), m_name);

    m_form = new ConnectionSettingsForm(this);

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
    layout->addWidget(m_form);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int index) { loadProfile(m_profileCombo->itemData(index).toString()); });
    connect(m_deleteProfile, &QPushButton::clicked, this, &ConnectDialog::deleteProfile);
    connect(m_form, &ConnectionSettingsForm::edited, this, &ConnectDialog::onEdited);
    connect(m_form, &ConnectionSettingsForm::passwordEdited, this, [this] { m_readKey.clear(); });
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::startTest);
    connect(m_cancelTest, &QPushButton::clicked, this, &ConnectDialog::cancelTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
}

// Settings and profiles ---------------------------------------------------------------------------

ConnectionSettings ConnectDialog::settings() const {
    return m_form->settings();
}

void ConnectDialog::setSettings(const ConnectionSettings &settings) {
    m_form->setSettings(settings);
}

ConnectionProfile ConnectDialog::profile() const {
    const ConnectionSettings s = settings();
    QString name = m_name->text().trimmed();
    if (name.isEmpty())
        name = ConnectionProfile::defaultName(s);
    return ConnectionProfile(name, s, m_form->savePassword());
}

void ConnectDialog::onEdited() {
    m_name->setPlaceholderText(ConnectionProfile::defaultName(settings()));
    // A result about other settings would mislead.
    if (!m_testProbe->isBusy())
        showTestResult(QString(), false);
}

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
    m_form->setPasswordPending(false);
    m_form->setPasswordNote(QString(), false);
    const std::optional<ConnectionProfile> profile = name.isEmpty() ? std::nullopt : m_profiles->find(name);
    if (!profile) {
        m_profileCombo->setCurrentIndex(0);
        m_deleteProfile->setEnabled(false);
        m_name->clear();
        m_form->setSettings(ConnectionSettings());
        m_form->setSavePassword(false);
        return;
    }
    m_name->setText(profile->name());
    m_form->setSettings(profile->settings());
    m_form->setSavePassword(profile->savePassword());
    m_deleteProfile->setEnabled(true);
    if (profile->savePassword() && profile->settings().bind == ConnectionSettings::Bind::Simple) {
        m_readKey = profile->passwordKey();
        m_form->setPasswordPending(true);
        m_form->setPasswordNote(tr("Reading the saved password from the system keychain…"), false);
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
    // The fields stay, so the connection can be saved again under another name.
    m_profileCombo->setCurrentIndex(0);
    m_deleteProfile->setEnabled(false);
    m_name->clear();
}

// Test connection ---------------------------------------------------------------------------------

void ConnectDialog::startTest() {
    if (!m_form->check())
        return;
    const ConnectionSettings s = settings();
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
        palette.setColor(QPalette::WindowText, widgets::FieldMessage::errorColor());
    m_testResult->setPalette(palette);
    m_testResult->setText(text);
}

// Keychain and closing ----------------------------------------------------------------------------

void ConnectDialog::onPasswordRead(const QString &key, const QString &password) {
    if (key != m_readKey)
        return;
    m_readKey.clear();
    m_form->setPasswordNote(QString(), false);
    m_form->offerPassword(password);
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
        m_form->setSavePassword(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        m_form->setPasswordNote(message, true);
        return;
    }
    if (key == m_readKey) {
        m_readKey.clear();
        m_form->setPasswordPending(false);
        m_form->setPasswordNote(message, true);
    }
}

void ConnectDialog::accept() {
    if (!m_writeKey.isEmpty() || m_connecting)
        return;
    if (!m_form->check())
        return;
    cancelTest();
    m_form->cancelDiscovery();
    m_readKey.clear();
    if (m_waitsForConnection) {
        m_connecting = true;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_test->setEnabled(false);
        m_testBusy->show();
        showTestResult(tr("Connecting to %1…").arg(settings().uri), false);
        Q_EMIT connectRequested(settings());
        return;
    }
    saveAndClose();
}

void ConnectDialog::connectionSucceeded() {
    if (!m_connecting)
        return;
    m_connecting = false;
    m_testBusy->hide();
    m_test->setEnabled(true);
    showTestResult(QString(), false);
    saveAndClose();
}

void ConnectDialog::connectionFailed(const QString &message) {
    if (!m_connecting)
        return;
    m_connecting = false;
    m_testBusy->hide();
    m_test->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    showTestResult(message, true);
}

void ConnectDialog::saveAndClose() {
    const ConnectionProfile chosen = profile();
    const std::optional<ConnectionProfile> previous = m_profiles->find(chosen.name());
    if (chosen.savePassword()) {
        m_accepting = chosen;
        m_writeKey = chosen.passwordKey();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_form->setPasswordNote(tr("Saving the password in the system keychain…"), false);
        m_passwords->write(m_writeKey, settings().password);
        return;
    }
    if (previous && previous->savePassword())
        m_passwords->remove(previous->passwordKey());
    finishAccept(chosen);
}

void ConnectDialog::finishAccept(const ConnectionProfile &profile) {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_form->setPasswordNote(QString(), false);
    m_profiles->save(profile);
    m_profiles->touch(profile.name());
    QDialog::accept();
}

void ConnectDialog::reject() {
    m_connecting = false;
    m_testBusy->hide();
    m_test->setEnabled(true);
    cancelTest();
    m_form->cancelDiscovery();
    m_readKey.clear();
    m_writeKey.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    QDialog::reject();
}

} // namespace connectui
