// Dn and filter escaping with hostile input: what goes to the server must name exactly the entry
// the user meant, and a value typed into a search box must never change the filter's structure.

#include "Dn.h"
#include "Filter.h"

#include <QTest>

using directory::Dn;
using directory::Rdn;
namespace filter = directory::filter;

class TestDn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escapesHostileValues_data();
    void escapesHostileValues();
    void parsesAndNormalizes();
    void refusesGarbage();
    void plainAndEscapedFormsAgree_data();
    void plainAndEscapedFormsAgree();
    void parentChildAndRebase();
    void displayKeepsNonAscii();
    void filterEscaping_data();
    void filterEscaping();
    void filterBuilders();
};

void TestDn::escapesHostileValues_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedRdn");
    QTest::newRow("comma") << QStringLiteral("Smith, John") << QStringLiteral("CN=Smith\\2C John");
    QTest::newRow("plus") << QStringLiteral("a+b") << QStringLiteral("CN=a\\2Bb");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("CN=say \\22hi\\22");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("CN=a\\5Cb");
    QTest::newRow("angle") << QStringLiteral("<x>") << QStringLiteral("CN=\\3Cx\\3E");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("CN=a\\3Bb");
    QTest::newRow("leading hash") << QStringLiteral("#1") << QStringLiteral("CN=\\231");
    QTest::newRow("equals") << QStringLiteral("a=b") << QStringLiteral("CN=a\\3Db");
    QTest::newRow("leading space") << QStringLiteral(" lead") << QStringLiteral("CN=\\20lead");
    QTest::newRow("trailing space") << QStringLiteral("trail ") << QStringLiteral("CN=trail\\20");
    QTest::newRow("injection") << QStringLiteral("x,CN=Admins") << QStringLiteral("CN=x\\2CCN\\3DAdmins");
}

void TestDn::escapesHostileValues() {
    QFETCH(QString, value);
    QFETCH(QString, expectedRdn);
    const Dn parent = Dn::parse(QStringLiteral("CN=Connections,DC=example,DC=com"));
    const Dn dn = parent.child(QStringLiteral("CN"), value);
    QVERIFY(dn.isValid());
    QCOMPARE(dn.rdnString(), expectedRdn);
    QCOMPARE(dn.depth(), 4);
    // What we send parses back to exactly the value the user typed, under the same parent.
    const Dn reparsed = Dn::parse(dn.toString());
    QVERIFY(reparsed.isValid());
    QCOMPARE(reparsed.rdnValue(), value);
    QCOMPARE(reparsed.parent(), parent);
    QCOMPARE(reparsed, dn);
}

void TestDn::parsesAndNormalizes() {
    const Dn a = Dn::parse(QStringLiteral("CN=GW1,CN=Servers, DC=Example,DC=COM"));
    const Dn b = Dn::parse(QStringLiteral("cn=gw1,cn=servers,dc=example,dc=com"));
    QVERIFY(a.isValid());
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QCOMPARE(a.depth(), 4);
    QCOMPARE(a.rdnValue(), QStringLiteral("GW1"));
    QCOMPARE(a.toString(), QStringLiteral("CN=GW1,CN=Servers,DC=Example,DC=COM"));
    const Dn hex = Dn::parse(QStringLiteral("CN=Smith\\2C John,DC=example,DC=com"));
    const Dn esc = Dn::parse(QStringLiteral("CN=Smith\\, John,DC=example,DC=com"));
    QCOMPARE(hex, esc);
    QCOMPARE(hex.rdnValue(), QStringLiteral("Smith, John"));
    QVERIFY(Dn::parse(QString()).isValid());
    QVERIFY(Dn::parse(QString()).isEmpty());
    QVERIFY(a != Dn::parse(QStringLiteral("CN=GW2,CN=Servers,DC=example,DC=com")));
}

void TestDn::refusesGarbage() {
    QString error;
    QVERIFY(!Dn::parse(QStringLiteral("not a dn"), &error).isValid());
    QVERIFY(error.contains(QStringLiteral("not a dn")));
    QVERIFY(!Dn::parse(QStringLiteral("CN=a,,DC=b")).isValid());
    QVERIFY(!Dn::parse(QStringLiteral("=value")).isValid());
    error.clear();
    QVERIFY(!Dn::parse(QStringLiteral("CN=a+UID=b,DC=c"), &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestDn::plainAndEscapedFormsAgree_data() {
    // Each pair names the same entry: the first in the plain form servers send (read directly), the
    // second in a form only libldap reads (spaces, escapes, other case).
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("other");
    QTest::addColumn<int>("depth");
    QTest::newRow("spaces after commas") << "CN=Connector 1,CN=Connections,DC=Example"
                                         << "cn=connector 1, cn=connections, dc=example" << 3;
    QTest::newRow("escaped space") << "CN=RG 0-1,CN=Routing Groups,DC=x"
                                   << "CN=RG\\200-1,CN=Routing Groups,DC=x" << 3;
    QTest::newRow("hyphen and digits in types") << "msExch-Attr1=A,DC=x"
                                                << "MSEXCH-ATTR1=a, DC=X" << 2;
    QTest::newRow("one RDN") << "DC=COM"
                             << "dc=com" << 1;
}

void TestDn::plainAndEscapedFormsAgree() {
    QFETCH(QString, plain);
    QFETCH(QString, other);
    QFETCH(int, depth);
    const Dn a = Dn::parse(plain);
    const Dn b = Dn::parse(other);
    QVERIFY(a.isValid());
    QVERIFY(b.isValid());
    QCOMPARE(a.key(), b.key());
    QCOMPARE(a.key(), plain.toLower());
    QCOMPARE(a.toString(), plain);
    QCOMPARE(a.depth(), depth);
    QCOMPARE(b.depth(), depth);
    QCOMPARE(a.rdns().size(), depth);
    QCOMPARE(a.rdnValue().compare(b.rdnValue(), Qt::CaseInsensitive), 0);
}

void TestDn::parentChildAndRebase() {
    const Dn org = Dn::parse(QStringLiteral("CN=Example Org,CN=Microsoft Exchange,DC=example,DC=com"));
    const Dn server = Dn::parse(QStringLiteral("CN=GW1,CN=Servers,CN=First AG,CN=Administrative Groups,"
                                               "CN=Example Org,CN=Microsoft Exchange,DC=example,DC=com"));
    QVERIFY(server.isDescendantOf(org));
    QVERIFY(!org.isDescendantOf(server));
    QVERIFY(!org.isDescendantOf(org));
    QVERIFY(org.isDescendantOrSelf(org));
    QCOMPARE(server.parent().rdnValue(), QStringLiteral("Servers"));
    // Renaming the administrative group moves the server's name with it.
    const Dn oldAg = server.parent().parent();
    const Dn newAg = oldAg.withRdn(Rdn{QStringLiteral("CN"), QStringLiteral("Europe, West")});
    const Dn moved = server.rebased(oldAg, newAg);
    QVERIFY(moved.isDescendantOf(newAg));
    QCOMPARE(moved.rdnValue(), QStringLiteral("GW1"));
    QCOMPARE(moved.parent().parent().rdnValue(), QStringLiteral("Europe, West"));
    QVERIFY(moved.toString().contains(QStringLiteral("CN=Europe\\2C West")));
}

void TestDn::displayKeepsNonAscii() {
    const Dn dn = Dn::parse(QStringLiteral("DC=com")).child(QStringLiteral("CN"), QStringLiteral("Jürgen"));
    QCOMPARE(dn.toString(), QStringLiteral("CN=J\\C3\\BCrgen,DC=com"));
    QCOMPARE(dn.toDisplayString(), QStringLiteral("CN=Jürgen,DC=com"));
    QCOMPARE(Dn::parse(dn.toString()).rdnValue(), QStringLiteral("Jürgen"));
    QCOMPARE(Dn::parse(QStringLiteral("CN=JÜRGEN,DC=com")), Dn::parse(QStringLiteral("cn=jürgen,dc=com")));
}

void TestDn::filterEscaping_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("injection") << QStringLiteral("*)(objectClass=*")
                               << QStringLiteral("\\2a\\29\\28objectClass=\\2a");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\5cb");
    QTest::newRow("parens") << QStringLiteral("(x)") << QStringLiteral("\\28x\\29");
    QTest::newRow("plain") << QStringLiteral("GW1") << QStringLiteral("GW1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("non-ascii") << QStringLiteral("ü") << QStringLiteral("\\c3\\bc");
}

void TestDn::filterEscaping() {
    QFETCH(QString, value);
    QFETCH(QString, escaped);
    QCOMPARE(filter::escapeValue(value).toLower(), escaped.toLower());
}

void TestDn::filterBuilders() {
    QCOMPARE(filter::equals(QStringLiteral("cn"), QStringLiteral("*)(cn=*")),
             QStringLiteral("(cn=\\2A\\29\\28cn=\\2A)"));
    QCOMPARE(filter::all({filter::objectClass(QStringLiteral("protocolCfgSMTPServer")),
                          filter::present(QStringLiteral("msExchSmtpSmartHost"))}),
             QStringLiteral("(&(objectClass=protocolCfgSMTPServer)(msExchSmtpSmartHost=*))"));
    QCOMPARE(filter::any({QStringLiteral("(a=1)")}), QStringLiteral("(a=1)"));
    QCOMPARE(filter::negate(QStringLiteral("(a=1)")), QStringLiteral("(!(a=1))"));
}

QTEST_GUILESS_MAIN(TestDn)
#include "tst_dn.moc"
