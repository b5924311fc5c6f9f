#pragma once

// Starts a private slapd (our schema, cn=config, mdb, syncprov) for one test case or one test
// class and stops it afterwards, also when the test fails. Waits on signals, never sleeps.

#include "LocalDirectory.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace testsupport {

class DirectoryFixture {
public:
    // Starts slapd with the given options; returns false (with a QTest failure message) on error.
    bool start(const directory::LocalDirectory::Options &options = directory::LocalDirectory::Options());
    bool startDemo() { return start(directory::LocalDirectory::demoOptions()); }
    void stop();
    ~DirectoryFixture() { stop(); }

    directory::LocalDirectory *directory() const { return m_directory.get(); }
    directory::LocalDirectory *operator->() const { return m_directory.get(); }

    static constexpr int ToolTimeoutMs = 120000;

    // Runs an ldap-utils client (ldapmodify, ldapsearch …) against this server as the root DN,
    // feeding `input` on stdin; returns its exit code (-1 if it crashed or did not finish), with
    // its output in *output.
    int runTool(const QString &tool, const QStringList &arguments, const QByteArray &input = QByteArray(),
                QString *output = nullptr);
    // ldapmodify -a/-c style helper: applies LDIF change records as the root DN.
    bool ldapmodify(const QString &ldif, QString *output = nullptr);
    // Kills slapd (SIGKILL) / starts it again on the same data and port; both wait for the outcome.
    void kill();
    bool restart();

private:
    std::unique_ptr<directory::LocalDirectory> m_directory;
};

} // namespace testsupport

#include "DirectoryReply.h"

namespace testsupport {

// Waits on the reply's finished() signal; returns false on timeout.
bool waitFor(directory::DirectoryReply *reply, int timeoutMs = 10000);

// Every entry under `base` as a second connection reads it: entry key → attribute (lower case) →
// sorted values, DN values as keys (a server keeps a value it rewrote in its own spelling). Two
// snapshots compare equal when nothing was written in between. Empty when the search failed.
using DirectorySnapshot = QMap<QString, QMap<QString, QStringList>>;
DirectorySnapshot directorySnapshot(const directory::ConnectionSettings &settings, const QString &base);

} // namespace testsupport
