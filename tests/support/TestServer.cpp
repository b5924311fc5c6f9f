#include "TestServer.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace testsupport {

void TestServer::addRows() {
    QTest::addColumn<Kind>("server");
    QTest::newRow("slapd") << Kind::Slapd;
    QTest::newRow("samba") << Kind::Samba;
}

TestServer::Kind TestServer::currentKind() {
    const void *data = QTest::qGlobalData("server", qMetaTypeId<Kind>());
    return data ? *static_cast<const Kind *>(data) : Kind::Slapd;
}

bool TestServer::start(Kind kind) {
    stop();
    m_kind = kind;
    if (kind == Kind::Slapd) {
        m_slapd = std::make_unique<DirectoryFixture>();
        return m_slapd->start();
    }
    m_samba = std::make_unique<SambaFixture>();
    return m_samba->start();
}

bool TestServer::startDemo(Kind kind) {
    stop();
    m_kind = kind;
    if (kind == Kind::Slapd) {
        m_slapd = std::make_unique<DirectoryFixture>();
        return m_slapd->startDemo();
    }
    m_samba = std::make_unique<SambaFixture>();
    return m_samba->startDemo();
}

void TestServer::stop() {
    m_slapd.reset();
    m_samba.reset();
}

directory::ConnectionSettings TestServer::adminSettings() const {
    return m_slapd ? (*m_slapd)->adminSettings() : m_samba->adminSettings();
}

QString TestServer::suffix() const {
    return m_slapd ? (*m_slapd)->suffix() : QString::fromLatin1(SambaFixture::Suffix);
}

QString TestServer::demoBase() const {
    return m_slapd ? (*m_slapd)->suffix()
                   : QStringLiteral("CN=Microsoft Exchange,CN=Services,") + m_samba->configurationDn();
}

directory::ChangeFeed::Mechanism TestServer::feedMechanism() const {
    return m_slapd ? directory::ChangeFeed::Mechanism::SyncReplication
                   : directory::ChangeFeed::Mechanism::ServerNotification;
}

int TestServer::demoObjectCount() const {
    return m_slapd ? 52 : 49;
}

bool TestServer::ldapmodify(const QString &ldif, QString *output) {
    return m_slapd ? m_slapd->ldapmodify(ldif, output) : m_samba->ldapmodify(ldif, output);
}

int TestServer::runTool(const QString &tool, const QStringList &arguments, QString *output) {
    return m_slapd ? m_slapd->runTool(tool, arguments, {}, output)
                   : m_samba->runTool(tool, arguments, {}, output);
}

void TestServer::kill() {
    if (m_slapd)
        m_slapd->kill();
    else
        m_samba->kill();
}

bool TestServer::restart() {
    return m_slapd ? m_slapd->restart() : m_samba->restart();
}

bool TestServer::changeOffline(const QString &addDn, const QString &deleteDn) {
    const auto run = [](const QString &program, const QStringList &args, const QByteArray &input = {}) {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::MergedChannels);
        tool.start(program, args);
        tool.write(input);
        tool.closeWriteChannel();
        const bool ok =
            tool.waitForFinished(60000) && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
        if (!ok)
            qWarning("%s failed: %s", qPrintable(program), tool.readAll().constData());
        return ok;
    };
    const QString cn = addDn.section(QLatin1Char(','), 0, 0).section(QLatin1Char('='), 1);
    if (m_slapd) {
        const QString ldifPath = (*m_slapd)->directoryPath() + QStringLiteral("/offline.ldif");
        QFile ldif(ldifPath);
        if (!ldif.open(QIODevice::WriteOnly))
            return false;
        ldif.write(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: %2\n\n"
                                  "dn: %3\nchangetype: delete\n")
                       .arg(addDn, cn, deleteDn)
                       .toUtf8());
        ldif.close();
        return run(QStringLiteral("/usr/sbin/slapmodify"),
                   {QStringLiteral("-F"), (*m_slapd)->directoryPath() + QStringLiteral("/slapd.d"),
                    QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-l"), ldifPath});
    }
    // Samba's own database tools, with its directory modules: as if someone changed it while the DC was down.
    const QString sam = m_samba->directoryPath() + QStringLiteral("/private/sam.ldb");
    return run(QStringLiteral("ldbadd"), {QStringLiteral("-H"), sam},
               QStringLiteral("dn: %1\nobjectClass: container\ncn: %2\n").arg(addDn, cn).toUtf8()) &&
           run(QStringLiteral("ldbdel"), {QStringLiteral("-H"), sam, deleteDn});
}

} // namespace testsupport
