#pragma once

// One directory server for a test that both servers must pass: a private slapd or a private Samba
// AD DC, chosen per data row (initTestCase_data), with the same operations on either. Suites that
// test behaviour both must have are written once against this.

#include "ChangeFeed.h"
#include "ConnectionSettings.h"
#include "DirectoryFixture.h"
#include "SambaFixture.h"

#include <QMetaType>

#include <memory>

namespace testsupport {

class TestServer {
public:
    enum class Kind { Slapd, Samba };

    // Adds the "server" column with a slapd and a samba row (call from initTestCase_data).
    static void addRows();
    // The server of the current row (call from init(); QFETCH_GLOBAL needs the test's context).
    static Kind currentKind();

    bool start(Kind kind);     // an empty directory (our schema)
    bool startDemo(Kind kind); // the demo organization
    void stop();

    Kind kind() const { return m_kind; }
    bool isActiveDirectory() const { return m_kind == Kind::Samba; }
    directory::ConnectionSettings adminSettings() const;
    // The directory's root: slapd's suffix, the domain on AD (both dc=example,dc=com).
    QString suffix() const;
    // Where a search finds the whole demo organization: the suffix on slapd; on AD the Exchange
    // container of the configuration partition (a search of the domain only refers there).
    QString demoBase() const;
    directory::ChangeFeed::Mechanism feedMechanism() const;
    // How many objects the console loads from the demo organization (AD has no suffix entries
    // under the Exchange container the session reads there).
    int demoObjectCount() const;

    bool ldapmodify(const QString &ldif, QString *output = nullptr);
    int runTool(const QString &tool, const QStringList &arguments, QString *output = nullptr);
    void kill();
    bool restart();
    // While stopped: adds a container `addDn` and deletes `deleteDn` in the database itself.
    bool changeOffline(const QString &addDn, const QString &deleteDn);

private:
    Kind m_kind = Kind::Slapd;
    std::unique_ptr<DirectoryFixture> m_slapd;
    std::unique_ptr<SambaFixture> m_samba;
};

} // namespace testsupport

Q_DECLARE_METATYPE(testsupport::TestServer::Kind)
