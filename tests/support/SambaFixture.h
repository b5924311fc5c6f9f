#pragma once

// A private Samba Active Directory domain controller (realm EXAMPLE.COM, so its names match the
// demo organization's) for one test case: provisioned once per build and schema file and cached
// under the build tree, copied per test, started as a child (`samba -i -M single`) in the test's
// own network namespace, and stopped afterwards, also when the test fails (samba dies with a test
// that is killed, and the next test removes the copy it left). When it dies by itself its output
// goes to the test log. Waits on signals, never sleeps.

#include "ConnectionSettings.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

class SambaFixture {
public:
    enum class Schema {
        Windows,    // as provisioned: the Windows base schema only
        Bridgehead, // prepared with Bridgehead's schema (bridgehead prepare-ad)
    };

    static constexpr auto Realm = "EXAMPLE.COM";
    static constexpr auto Suffix = "DC=example,DC=com";
    static constexpr auto AdminUpn = "Administrator@EXAMPLE.COM";
    static constexpr auto AdminPassword = "Bridgehead-Test1";

    enum class Binds {
        PlainAllowed, // password binds over plain LDAP (tests on loopback)
        RequireTls,   // the DC's default: passwords only over TLS
    };

    // Starts a DC; returns false (with a QTest failure message) on error.
    bool start(Schema schema = Schema::Bridgehead, Binds binds = Binds::PlainAllowed);
    // Starts a DC with the demo organization loaded (resources/demo/demo-org.ldif).
    bool startDemo();
    void stop();
    ~SambaFixture() { stop(); }

    // Simple bind as Administrator over plain LDAP on 127.0.0.1 (the DC allows it here).
    directory::ConnectionSettings adminSettings() const;
    QString ldapUri() const { return QStringLiteral("ldap://127.0.0.1"); }
    QString ldapsUri() const { return QStringLiteral("ldaps://127.0.0.1"); }
    // The CA that signed the DC's certificate (for 127.0.0.1 and dc1.example.com).
    QString caFile() const;
    QString directoryPath() const { return m_path; }
    QString configurationDn() const;
    QString output() const { return m_output; }

    // Runs an ldap-utils client (ldapmodify, ldapsearch …) against the DC as Administrator.
    int runTool(const QString &tool, const QStringList &arguments, const QByteArray &input = QByteArray(),
                QString *output = nullptr);
    bool ldapmodify(const QString &ldif, QString *output = nullptr);
    // Kills samba (SIGKILL) / starts it again on the same data; both wait for the outcome.
    void kill();
    bool restart();
    bool isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

    // The provisioned (and prepared) DC directory this fixture copies; made on first use.
    static QString templateDirectory(Schema schema, QString *error);

private:
    bool launch(QString *error);
    static bool provision(const QString &dir, QString *error);
    static bool prepare(const QString &dir, QString *error);
    static bool copyDirectory(const QString &from, const QString &to, QString *error);

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_path;
    std::unique_ptr<QProcess> m_process;
    QString m_output;
    bool m_expectExit = false;
    Binds m_binds = Binds::PlainAllowed;
};

} // namespace testsupport
