// Our schema in a real slapd: both forms load, the demo organization and an AD-style export load
// into it unchanged, and the schema enforces what AD enforces (a connector needs homeMTA).

#include "Connection.h"
#include "DirectoryFixture.h"
#include "Dn.h"
#include "Filter.h"
#include "SchemaPreparer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace directory;
using testsupport::waitFor;

class TestSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bothFormsDefineTheSameNames();
    void activeDirectoryFormAgreesWithSlapdForm();
    void schemaFileFormPassesSlaptest();
    void demoLoadsWithItsMisconfigurations();
    void adExportLoadsUnchanged();
    void connectorWithoutHomeMtaIsRefused();

private:
    int count(Connection &c, const QString &base, const QString &filter);
};

static QString source(const QString &relative) {
    return QStringLiteral(BRIDGEHEAD_SOURCE_DIR "/") + relative;
}

static QSet<QString> definedNames(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QSet<QString> names;
    static const QRegularExpression re(QStringLiteral("NAME \\(?\\s*'([^']+)'"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1).toLower());
    return names;
}

void TestSchema::bothFormsDefineTheSameNames() {
    const QSet<QString> schema = definedNames(source(QStringLiteral("resources/schema/bridgehead.schema")));
    const QSet<QString> ldif = definedNames(source(QStringLiteral("resources/schema/bridgehead.ldif")));
    QVERIFY(schema.size() > 100);
    QCOMPARE(schema, ldif);
    for (const char *required : {"msexchconfigurationcontainer",
                                 "msexchorganizationcontainer",
                                 "msexchadmingroupcontainer",
                                 "msexchadmingroup",
                                 "msexchserverscontainer",
                                 "msexchexchangeserver",
                                 "protocolcfgsharedserver",
                                 "msexchprotocolcfgsmtpcontainer",
                                 "protocolcfgsmtpserver",
                                 "msexchroutinggroupcontainer",
                                 "msexchroutinggroup",
                                 "msexchconnectors",
                                 "msexchconnector",
                                 "mailgateway",
                                 "msexchroutingsmtpconnector",
                                 "msexchroutinggroupconnector",
                                 "container",
                                 "server",
                                 "protocolcfg",
                                 "protocolcfgsmtp",
                                 "admindisplayname",
                                 "admindescription",
                                 "legacyexchangedn",
                                 "heuristics",
                                 "networkaddress",
                                 "versionnumber",
                                 "msexchserverbindings",
                                 "msexchsecurebindings",
                                 "msexchsmtpfullyqualifieddomainname",
                                 "msexchsmtpsmarthost",
                                 "msexchsmtpsmarthosttype",
                                 "msexchsmtpmaxmessagesize",
                                 "msexchsmtpmaxrecipients",
                                 "msexchsmtpoutgoingport",
                                 "msexchsmtprelayforauth",
                                 "msexchsmtpoutboundsecurityflag",
                                 "msexchauthenticationflags",
                                 "msexchhomeroutinggroup",
                                 "msexchroutingmasterdn",
                                 "routinglist",
                                 "msexchsourcebridgeheadserversdn",
                                 "msexchtargetbridgeheadserversdn",
                                 "msexchdestinationrgdn",
                                 "homemta",
                                 "deliverymechanism",
                                 "delivcontlength",
                                 "cost"})
        QVERIFY2(schema.contains(QString::fromLatin1(required)), required);
    // Reused from Debian's core schema, not redefined.
    QVERIFY(!schema.contains(QStringLiteral("serialnumber")));
    QVERIFY(!schema.contains(QStringLiteral("description")));
}

void TestSchema::activeDirectoryFormAgreesWithSlapdForm() {
    // Every definition of the AD file has the name and OID of the slapd file's; what the slapd file
    // has and the AD file does not is the Windows base schema (or Exchange's implicit base class).
    QFile f(source(QStringLiteral("resources/schema/bridgehead.ldif")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll()).replace(QStringLiteral("\n  "), QStringLiteral(" "));
    QHash<QString, QString> slapd; // lower-case name → OID
    static const QRegularExpression re(
        QStringLiteral("olc(?:AttributeTypes|ObjectClasses): \\( (\\S+) NAME '([^']+)'"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        slapd.insert(m.captured(2).toLower(), m.captured(1));
    }
    QString error;
    const QList<schema::SchemaElement> ad = schema::SchemaPreparer::bridgeheadSchema(&error);
    QVERIFY2(!ad.isEmpty(), qPrintable(error));
    QSet<QString> adNames;
    for (const schema::SchemaElement &e : ad) {
        adNames.insert(e.name.toLower());
        QVERIFY2(slapd.contains(e.name.toLower()), qPrintable(e.name));
        QCOMPARE(e.oid, slapd.value(e.name.toLower()));
        QVERIFY2(directory::Dn::parse(e.entry.dn()).rdnValue() == e.entry.string(QStringLiteral("cn")),
                 qPrintable(e.name));
    }
    const QSet<QString> windowsBase{
        QStringLiteral("container"),        QStringLiteral("configuration"),
        QStringLiteral("server"),           QStringLiteral("msexchconfigurationcontainer"),
        QStringLiteral("msexchbaseclass"),  QStringLiteral("admindisplayname"),
        QStringLiteral("admindescription"), QStringLiteral("legacyexchangedn"),
        QStringLiteral("networkaddress"),   QStringLiteral("versionnumber"),
        QStringLiteral("serverrole"),       QStringLiteral("cost")};
    for (auto it = slapd.cbegin(); it != slapd.cend(); ++it)
        QVERIFY2(adNames.contains(it.key()) || windowsBase.contains(it.key()), qPrintable(it.key()));
}

void TestSchema::schemaFileFormPassesSlaptest() {
    QTemporaryDir dir(QStringLiteral("/tmp/bh-st-XXXXXX"));
    QVERIFY(dir.isValid());
    QFile conf(dir.path() + QStringLiteral("/slapd.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("include /etc/ldap/schema/core.schema\ninclude /etc/ldap/schema/cosine.schema\n"
                              "include /etc/ldap/schema/inetorgperson.schema\ninclude %1\n"
                              "modulepath /usr/lib/ldap\nmoduleload back_mdb\n"
                              "database mdb\nsuffix \"dc=example,dc=com\"\ndirectory %2\n")
                   .arg(source(QStringLiteral("resources/schema/bridgehead.schema")), dir.path())
                   .toUtf8());
    conf.close();
    QProcess slaptest;
    slaptest.setProcessChannelMode(QProcess::MergedChannels);
    slaptest.start(QStringLiteral("/usr/sbin/slaptest"),
                   {QStringLiteral("-u"), QStringLiteral("-f"), conf.fileName()});
    QVERIFY(slaptest.waitForFinished(30000));
    QVERIFY2(slaptest.exitCode() == 0, slaptest.readAll().constData());
}

int TestSchema::count(Connection &c, const QString &base, const QString &filter) {
    SearchRequest req;
    req.base = base;
    req.filter = filter;
    req.attributes = {QStringLiteral("1.1")};
    DirectoryReply *reply = c.search(req);
    if (!waitFor(reply) || !reply->result().ok())
        return -1;
    return reply->entryCount();
}

void TestSchema::demoLoadsWithItsMisconfigurations() {
    testsupport::DirectoryFixture dir;
    QVERIFY(dir.startDemo());
    Connection c;
    c.setSettings(dir->adminSettings());
    const QString base = dir->suffix();
    QVERIFY(count(c, base, filter::objectClass(QStringLiteral("msExchAdminGroup"))) >= 2);
    QVERIFY(count(c, base, filter::objectClass(QStringLiteral("msExchRoutingGroup"))) >= 3);
    QVERIFY(count(c, base, filter::objectClass(QStringLiteral("msExchExchangeServer"))) >= 5);
    QVERIFY(count(c, base, filter::objectClass(QStringLiteral("protocolCfgSMTPServer"))) >= 7);
    QVERIFY(count(c, base, filter::objectClass(QStringLiteral("msExchRoutingSMTPConnector"))) >= 4);
    // Bindings differ between virtual servers.
    QVERIFY(count(c, base, QStringLiteral("(msExchServerBindings=:25:)")) >= 1);
    QVERIFY(count(c, base, QStringLiteral("(!(msExchServerBindings=:25:))")) >= 1);

    // The classic: the gateway GW2's virtual servers are no connector's local bridgehead.
    SearchRequest req;
    req.base = base;
    req.filter = filter::all({filter::objectClass(QStringLiteral("protocolCfgSMTPServer"))});
    DirectoryReply *vsReply = c.search(req);
    QVERIFY(waitFor(vsReply));
    QStringList gw2Vs;
    for (const Entry &e : vsReply->entries()) {
        const Dn dn = Dn::parse(e.dn());
        // CN=<n>,CN=SMTP,CN=Protocols,CN=<server>,…
        if (dn.rdns().value(3).value.compare(QStringLiteral("GW2"), Qt::CaseInsensitive) == 0)
            gw2Vs << dn.toString();
    }
    QVERIFY(!gw2Vs.isEmpty());
    for (const QString &vs : std::as_const(gw2Vs))
        QCOMPARE(count(c, base, filter::equals(QStringLiteral("msExchSourceBridgeheadServersDN"), vs)), 0);
    // A smart host on a virtual server, and a routing group master that does not exist.
    QVERIFY(count(c, base,
                  filter::all({filter::objectClass(QStringLiteral("protocolCfgSMTPServer")),
                               filter::present(QStringLiteral("msExchSmtpSmartHost"))})) >= 1);
    QVERIFY(count(c, base, QStringLiteral("(msExchSmtpMaxRecipients<=249)")) >= 1);
}

void TestSchema::adExportLoadsUnchanged() {
    LocalDirectory::Options o;
    o.databases = {LocalDirectory::Database{QStringLiteral("dc=corp,dc=example"),
                                            {source(QStringLiteral("tests/fixtures/ad-export.ldif"))}}};
    testsupport::DirectoryFixture dir;
    QVERIFY(dir.start(o));
    Connection c;
    c.setSettings(dir->adminSettings());
    QCOMPARE(count(c, dir->suffix(), QStringLiteral("(objectClass=*)")), 22);
    SearchRequest req;
    req.base = dir->suffix();
    req.filter = filter::objectClass(QStringLiteral("msExchRoutingSMTPConnector"));
    DirectoryReply *reply = c.search(req);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->entries().size(), 1);
    const Entry connector = reply->entries().first();
    // AD's objectClass chain is kept whole, and names are read without regard to case.
    const QStringList classes = connector.strings(QStringLiteral("OBJECTCLASS"));
    QVERIFY(classes.contains(QStringLiteral("top")));
    QVERIFY(classes.contains(QStringLiteral("mailGateway")));
    QVERIFY(!connector.string(QStringLiteral("ROUTINGLIST")).isEmpty());
    QVERIFY(!connector.strings(QStringLiteral("msexchsourcebridgeheadserversdn")).isEmpty());
}

void TestSchema::connectorWithoutHomeMtaIsRefused() {
    testsupport::DirectoryFixture dir;
    QVERIFY(dir.start());
    Connection c;
    c.setSettings(dir->adminSettings());
    const Dn dn = Dn::parse(dir->suffix()).child(QStringLiteral("cn"), QStringLiteral("Broken"));
    DirectoryReply *reply = c.apply(ChangeRequest::add(
        dn.toString(),
        {Modification::replace(QStringLiteral("objectClass"), {QStringLiteral("msExchRoutingSMTPConnector")}),
         Modification::replace(QStringLiteral("deliveryMechanism"), {QStringLiteral("2")}),
         Modification::replace(QStringLiteral("routingList"), {QStringLiteral("SMTP:*;1")})}));
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->result().code(), int(LdapResult::ObjectClassViolation));
    QVERIFY(reply->result().diagnostic().contains(QStringLiteral("homeMTA")));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
