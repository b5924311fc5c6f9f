// `bridgehead prepare-ad` against a private Samba DC with only the Windows base schema: it shows
// what it will add and, with --dry-run, writes nothing; it adds the attributes and classes; a
// second run adds nothing; it refuses (exit 1, nothing written) where the forest defines one of
// our names differently; and it does nothing where Exchange's own schema is in the forest.

#include "NetworkIsolation.h"
#include "SambaFixture.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using testsupport::SambaFixture;

class TestPrepareAd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_dc.stop(); }
    void dryRunShowsAndWritesNothing();
    void preparesOnceThenAddsNothing();
    void conflictingDefinitionIsRefused();
    void exchangeSchemaIsLeftAlone();

private:
    int prepare(const QStringList &extra, QString *out, QString *err);
    bool hasSchemaObject(const QString &ldapDisplayName);

    SambaFixture m_dc;
    QTemporaryFile m_password;
};

void TestPrepareAd::init() {
    QVERIFY(m_dc.start(SambaFixture::Schema::Windows));
    QVERIFY(m_password.open());
    m_password.resize(0);
    m_password.write(SambaFixture::AdminPassword);
    m_password.flush();
}

int TestPrepareAd::prepare(const QStringList &extra, QString *out, QString *err) {
    QProcess p;
    p.start(QStringLiteral(BRIDGEHEAD_BINARY),
            QStringList{QStringLiteral("prepare-ad"), QStringLiteral("--uri"), m_dc.ldapUri(),
                        QStringLiteral("--bind-dn"), QLatin1String(SambaFixture::AdminUpn),
                        QStringLiteral("--password-file"), m_password.fileName()} +
                extra);
    if (!p.waitForFinished(240000))
        return -1;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool TestPrepareAd::hasSchemaObject(const QString &name) {
    QString out;
    m_dc.runTool(QStringLiteral("ldapsearch"),
                 {QStringLiteral("-LLL"), QStringLiteral("-b"),
                  QStringLiteral("CN=Schema,") + m_dc.configurationDn(),
                  QStringLiteral("(lDAPDisplayName=%1)").arg(name), QStringLiteral("dn")},
                 {}, &out);
    return out.contains(QStringLiteral("dn: "));
}

void TestPrepareAd::dryRunShowsAndWritesNothing() {
    QString out, err;
    QCOMPARE(prepare({QStringLiteral("--dry-run")}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("Add class msExchRoutingSMTPConnector")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Add attribute msExchSourceBridgeheadServersDN")) &&
                 out.contains(QStringLiteral("link ID 1002")),
             qPrintable(out));
    QVERIFY(!hasSchemaObject(QStringLiteral("msExchRoutingSMTPConnector")));
}

void TestPrepareAd::preparesOnceThenAddsNothing() {
    QString out, err;
    QCOMPARE(prepare({}, &out, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY(hasSchemaObject(QStringLiteral("msExchRoutingSMTPConnector")));
    QVERIFY(hasSchemaObject(QStringLiteral("msExchHomeRoutingGroup")));
    // A connector can be created now, as AD creates it: the class chain is the DC's to compute.
    QVERIFY(m_dc.ldapmodify(QStringLiteral("dn: CN=Microsoft Exchange,CN=Services,%1\nchangetype: add\n"
                                           "objectClass: msExchConfigurationContainer\n")
                                .arg(m_dc.configurationDn())));
    QCOMPARE(prepare({}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("nothing to add")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Writing")), qPrintable(out));
}

void TestPrepareAd::conflictingDefinitionIsRefused() {
    // routingList defined before us as a Unicode string; Exchange's (and ours) is case-insensitive teletex.
    QVERIFY(
        m_dc.ldapmodify(QStringLiteral("dn: CN=Routing-List,CN=Schema,%1\nchangetype: add\n"
                                       "objectClass: attributeSchema\ncn: Routing-List\n"
                                       "lDAPDisplayName: routingList\nattributeID: 1.2.840.113556.1.2.354\n"
                                       "attributeSyntax: 2.5.5.12\noMSyntax: 64\nisSingleValued: FALSE\n")
                            .arg(m_dc.configurationDn())));
    QString out, err;
    QCOMPARE(prepare({}, &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("routingList")), qPrintable(err));
    QVERIFY(!hasSchemaObject(QStringLiteral("msExchRoutingSMTPConnector")));
    QVERIFY(!hasSchemaObject(QStringLiteral("msExchServerBindings")));
}

void TestPrepareAd::exchangeSchemaIsLeftAlone() {
    // Exchange's forest preparation leaves ms-Exch-Schema-Version-Pt behind (rangeUpper 6870 for
    // Exchange 2003). This stand-in has an OID under the documentation enterprise number (RFC 5612), not
    // Exchange's.
    QVERIFY(m_dc.ldapmodify(QStringLiteral("dn: CN=ms-Exch-Schema-Version-Pt,CN=Schema,%1\nchangetype: add\n"
                                           "objectClass: attributeSchema\ncn: ms-Exch-Schema-Version-Pt\n"
                                           "lDAPDisplayName: msExchSchemaVersionPt\n"
                                           "attributeID: 1.3.6.1.4.1.32473.1.1\n"
                                           "attributeSyntax: 2.5.5.9\noMSyntax: 2\nisSingleValued: TRUE\n"
                                           "rangeUpper: 6870\n")
                                .arg(m_dc.configurationDn())));
    QString out, err;
    QCOMPARE(prepare({}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("Exchange's own schema")) && out.contains(QStringLiteral("6870")),
             qPrintable(out));
    QVERIFY(!hasSchemaObject(QStringLiteral("msExchRoutingSMTPConnector")));
}

BRIDGEHEAD_GUILESS_TEST_MAIN(TestPrepareAd)
#include "tst_prepare_ad.moc"
