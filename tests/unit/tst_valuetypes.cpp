// Unit tests for the topology value types: AddressSpace (routingList), SmartHostList
// (msExchSmtpSmartHost) and ServerBinding (msExchServerBindings).

#include "AddressSpace.h"
#include "ServerBinding.h"
#include "SmartHostList.h"

#include <QSet>
#include <QTest>

// Readable values in QCOMPARE failure messages (found by argument-dependent lookup).
namespace topology {
char *toString(const AddressSpace &space) {
    return QTest::toString(space.toRoutingListValue());
}
char *toString(const SmartHostList &list) {
    return QTest::toString(list.toString());
}
char *toString(const ServerBinding &binding) {
    return QTest::toString(binding.toValue());
}
} // namespace topology

using topology::AddressSpace;
using topology::ServerBinding;
using topology::SmartHostList;

namespace {

const QString CostMessage = QStringLiteral("The cost must be a whole number from 1 to 100.");
const QString PortMessage = QStringLiteral("The port must be a number from 1 to 65535.");
const QString NoTypeFormat =
    QStringLiteral("\"%1\" has no address type. Write it as type:address;cost, for example SMTP:*;1.");

AddressSpace space(const QString &value) {
    QString error;
    const std::optional<AddressSpace> parsed = AddressSpace::parse(value, &error);
    if (!parsed)
        qFatal("test setup: \"%s\" does not parse: %s", qPrintable(value), qPrintable(error));
    return *parsed;
}

SmartHostList hosts(const QString &text) {
    QString error;
    const std::optional<SmartHostList> parsed = SmartHostList::parse(text, &error);
    if (!parsed)
        qFatal("test setup: \"%s\" does not parse: %s", qPrintable(text), qPrintable(error));
    return *parsed;
}

ServerBinding binding(const QString &value) {
    QString error;
    const std::optional<ServerBinding> parsed = ServerBinding::parse(value, &error);
    if (!parsed)
        qFatal("test setup: \"%s\" does not parse: %s", qPrintable(value), qPrintable(error));
    return *parsed;
}

} // namespace

class TestValueTypes : public QObject {
    Q_OBJECT

private slots:
    void addressSpaceParse_data();
    void addressSpaceParse();
    void addressSpaceCreate();
    void addressSpaceValidateSmtpPattern_data();
    void addressSpaceValidateSmtpPattern();
    void addressSpaceMatchesDomain_data();
    void addressSpaceMatchesDomain();
    void addressSpaceSpecificity_data();
    void addressSpaceSpecificity();
    void addressSpaceMostSpecificMatchWins();
    void addressSpaceEquality();

    void smartHostListParse_data();
    void smartHostListParse();
    void smartHostListHosts();
    void smartHostListContains_data();
    void smartHostListContains();
    void smartHostListEquality();
    void smartHostListStored_data();
    void smartHostListStored();

    void serverBindingParse_data();
    void serverBindingParse();
    void serverBindingCreate();
    void serverBindingValidateAddress_data();
    void serverBindingValidateAddress();
    void serverBindingConflicts_data();
    void serverBindingConflicts();
    void serverBindingEquality();
};

// ---- AddressSpace ----------------------------------------------------------------------------------

void TestValueTypes::addressSpaceParse_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("cost");
    QTest::addColumn<bool>("routingGroup");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("expectedError");

    auto good = [](const char *name, const QString &input, const QString &type, const QString &address,
                   int cost, bool routingGroup, const QString &canonical) {
        QTest::newRow(name) << input << true << type << address << cost << routingGroup << canonical
                            << QString();
    };
    auto bad = [](const char *name, const QString &input, const QString &error) {
        QTest::newRow(name) << input << false << QString() << QString() << 0 << false << QString() << error;
    };

    good("all domains", "SMTP:*;1", "SMTP", "*", 1, false, "SMTP:*;1");
    good("domain with cost", "SMTP:contoso.com;10", "SMTP", "contoso.com", 10, false, "SMTP:contoso.com;10");
    good("surrounding spaces", "   SMTP:contoso.com;10\t ", "SMTP", "contoso.com", 10, false,
         "SMTP:contoso.com;10");
    good("mixed-case type", "sMtP:Contoso.COM;5", "SMTP", "Contoso.COM", 5, false, "SMTP:Contoso.COM;5");
    good("routing group scope", "Local:SMTP:contoso.com;10", "SMTP", "contoso.com", 10, true,
         "Local:SMTP:contoso.com;10");
    good("scope prefix in any case", "LOCAL:smtp:*;1", "SMTP", "*", 1, true, "Local:SMTP:*;1");
    good("missing cost", "SMTP:*", "SMTP", "*", 1, false, "SMTP:*;1");
    good("empty cost", "SMTP:*.contoso.com;", "SMTP", "*.contoso.com", 1, false, "SMTP:*.contoso.com;1");
    good("spaces around cost", "SMTP:* ; 7 ", "SMTP", "*", 7, false, "SMTP:*;7");
    good("highest cost", "SMTP:*;100", "SMTP", "*", 100, false, "SMTP:*;100");
    good("x400 with cost", "X400:c=US;a= ;p=Contoso;o=Exchange;;5", "X400", "c=US;a= ;p=Contoso;o=Exchange;",
         5, false, "X400:c=US;a= ;p=Contoso;o=Exchange;;5");
    good("x400 final semicolon, no cost", "X400:c=US;a= ;p=Contoso;", "X400", "c=US;a= ;p=Contoso;", 1, false,
         "X400:c=US;a= ;p=Contoso;;1");
    good("x400 without final semicolon", "x400:c=US;p=Contoso", "X400", "c=US;p=Contoso;", 1, false,
         "X400:c=US;p=Contoso;;1");
    good("x400 cost after last pair", "X400:c=US;p=Contoso;3", "X400", "c=US;p=Contoso;", 3, false,
         "X400:c=US;p=Contoso;;3");
    good("x400 keeps (a)", "X400:c=US;p=Con(a)toso;;2", "X400", "c=US;p=Con(a)toso;", 2, false,
         "X400:c=US;p=Con(a)toso;;2");
    good("notes (a) shown as @", "NOTES:*(a)Contoso;2", "NOTES", "*@Contoso", 2, false,
         "NOTES:*(a)Contoso;2");
    good("custom type, (A) in capitals", "fax:Joe(A)Contoso;4", "FAX", "Joe@Contoso", 4, false,
         "FAX:Joe(a)Contoso;4");
    good("cc:Mail address with spaces", "Local:CCMAIL:* at Contoso;2", "CCMAIL", "* at Contoso", 2, true,
         "Local:CCMAIL:* at Contoso;2");
    good("x500", "X500:/o=Contoso/ou=Site;1", "X500", "/o=Contoso/ou=Site", 1, false,
         "X500:/o=Contoso/ou=Site;1");

    bad("empty", "", "The address space is empty. Write it as type:address;cost, for example SMTP:*;1.");
    bad("only spaces", "   ",
        "The address space is empty. Write it as type:address;cost, for example SMTP:*;1.");
    bad("no type", "contoso.com;1", NoTypeFormat.arg("contoso.com;1"));
    bad("empty type", ":contoso.com;1", NoTypeFormat.arg(":contoso.com;1"));
    bad("scope prefix only", "Local:", NoTypeFormat.arg("Local:"));
    bad("space in type", "SM TP:*;1",
        "\"SM TP\" is not a valid address type. Use letters and digits only, such as SMTP or X400.");
    bad("empty smtp address", "SMTP:;1", "Type a domain such as contoso.com, or * for all domains.");
    bad("empty notes address", "NOTES:;1", "Type an address. Use * to match every address of this type.");
    bad("empty x400 address", "X400:;", "Type an address. Use * to match every address of this type.");
    bad("cost 0", "SMTP:*;0", CostMessage);
    bad("cost 101", "SMTP:*;101", CostMessage);
    bad("cost abc", "SMTP:*;abc", CostMessage);
    bad("negative cost", "SMTP:*;-1", CostMessage);
    bad("fractional cost", "SMTP:*;1.5", CostMessage);
    bad("signed cost", "SMTP:*;+5", CostMessage);
    bad("cost beyond int", "SMTP:*;99999999999", CostMessage);
    bad("smtp address with user", "SMTP:user@contoso.com;1",
        "Type only the domain, without a user name or @ (for example contoso.com).");
    bad("smtp address with space", "SMTP:conto so.com;1", "A domain cannot contain spaces.");
    bad("smtp does not decode (a)", "SMTP:user(a)contoso.com;1",
        "The character \"(\" is not allowed in a domain. Use letters, digits, hyphens and dots, with * as a "
        "wildcard.");
}

void TestValueTypes::addressSpaceParse() {
    QFETCH(QString, input);
    QFETCH(bool, valid);

    QString error;
    const std::optional<AddressSpace> parsed = AddressSpace::parse(input, &error);
    if (!valid) {
        QFETCH(QString, expectedError);
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toRoutingListValue() : QString()));
        QCOMPARE(error, expectedError);
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QFETCH(QString, type);
    QFETCH(QString, address);
    QFETCH(int, cost);
    QFETCH(bool, routingGroup);
    QFETCH(QString, canonical);
    QCOMPARE(parsed->type(), type);
    QCOMPARE(parsed->address(), address);
    QCOMPARE(parsed->cost(), cost);
    QCOMPARE(parsed->scope(),
             routingGroup ? AddressSpace::Scope::RoutingGroup : AddressSpace::Scope::Organization);
    QCOMPARE(parsed->isSmtp(), type == QLatin1String("SMTP"));
    QCOMPARE(parsed->toRoutingListValue(), canonical);

    // Writing and reading back gives the same value, and the canonical form is stable.
    const std::optional<AddressSpace> again = AddressSpace::parse(canonical);
    QVERIFY(again);
    QCOMPARE(*again, *parsed);
    QCOMPARE(again->toRoutingListValue(), canonical);
}

void TestValueTypes::addressSpaceCreate() {
    // The default is what a new SMTP connector starts with.
    QCOMPARE(AddressSpace().toRoutingListValue(), QStringLiteral("SMTP:*;1"));

    std::optional<AddressSpace> created = AddressSpace::create(
        QStringLiteral("smtp"), QStringLiteral(" contoso.com "), 10, AddressSpace::Scope::RoutingGroup);
    QVERIFY(created);
    QCOMPARE(created->toRoutingListValue(), QStringLiteral("Local:SMTP:contoso.com;10"));
    QCOMPARE(created->withScope(AddressSpace::Scope::Organization).toRoutingListValue(),
             QStringLiteral("SMTP:contoso.com;10"));

    // The dialog shows "@"; the directory gets "(a)".
    created = AddressSpace::create(QStringLiteral("NOTES"), QStringLiteral("joe@po"), 2);
    QVERIFY(created);
    QCOMPARE(created->address(), QStringLiteral("joe@po"));
    QCOMPARE(created->toRoutingListValue(), QStringLiteral("NOTES:joe(a)po;2"));

    QString error;
    QVERIFY(!AddressSpace::create(QStringLiteral("SMTP"), QStringLiteral("*"), 0, {}, &error));
    QCOMPARE(error, CostMessage);
    QVERIFY(!AddressSpace::create(QStringLiteral("SMTP"), QStringLiteral("*"), 101, {}, &error));
    QCOMPARE(error, CostMessage);
    QVERIFY(!AddressSpace::create(QStringLiteral("SMTP"), QStringLiteral("a..b"), 1, {}, &error));
    QCOMPARE(error, QStringLiteral("A domain cannot contain two dots in a row."));
    QVERIFY(!AddressSpace::create(QString(), QStringLiteral("*"), 1, {}, &error));
    QCOMPARE(error, QStringLiteral("Choose an address type, such as SMTP."));

    QCOMPARE(AddressSpace::validateCost(1), QString());
    QCOMPARE(AddressSpace::validateCost(100), QString());
    QCOMPARE(AddressSpace::validateCost(-5), CostMessage);
    QVERIFY(AddressSpace::knownTypes().contains(QStringLiteral("X400")));
    QCOMPARE(AddressSpace::knownTypes().first(), QStringLiteral("SMTP"));
}

void TestValueTypes::addressSpaceValidateSmtpPattern_data() {
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expectedError");

    const QString ok;
    const QString dots = QStringLiteral("A domain cannot start or end with a dot.");
    const QString wildcard =
        QStringLiteral("Use * on its own or as the first part of a domain, as in *.contoso.com.");
    const QString badCharacter =
        QStringLiteral("The character \"%1\" is not allowed in a domain. Use letters, "
                       "digits, hyphens and dots, with * as a wildcard.");

    QTest::newRow("all") << "*" << ok;
    QTest::newRow("domain") << "contoso.com" << ok;
    QTest::newRow("wildcard subdomains") << "*.contoso.com" << ok;
    QTest::newRow("subdomain") << "sub.contoso.com" << ok;
    QTest::newRow("single label") << "localdomain" << ok;
    QTest::newRow("hyphen and digits") << "mail-01.contoso.com" << ok;
    QTest::newRow("surrounding spaces") << "  contoso.com  " << ok;
    QTest::newRow("63-character label") << QString(63, QLatin1Char('a')) + ".com" << ok;

    QTest::newRow("empty") << ""
                           << QStringLiteral("Type a domain such as contoso.com, or * for all domains.");
    QTest::newRow("inner space") << "conto so.com" << QStringLiteral("A domain cannot contain spaces.");
    QTest::newRow("e-mail address")
        << "user@contoso.com"
        << QStringLiteral("Type only the domain, without a user name or @ (for example contoso.com).");
    QTest::newRow("bare @")
        << "@contoso.com"
        << QStringLiteral("Type only the domain, without a user name or @ (for example contoso.com).");
    QTest::newRow("empty label") << "a..b" << QStringLiteral("A domain cannot contain two dots in a row.");
    QTest::newRow("leading dot") << ".contoso.com" << dots;
    QTest::newRow("trailing dot") << "contoso.com." << dots;
    QTest::newRow("wildcard with dot only") << "*." << dots;
    QTest::newRow("underscore") << "con_toso.com" << badCharacter.arg("_");
    QTest::newRow("slash") << "contoso.com/x" << badCharacter.arg("/");
    QTest::newRow("non-ascii") << QString::fromUtf8("bücher.example")
                               << badCharacter.arg(QString::fromUtf8("ü"));
    QTest::newRow("wildcard glued to name") << "*contoso.com" << wildcard;
    QTest::newRow("wildcard in the middle") << "a.*.com" << wildcard;
    QTest::newRow("two wildcards") << "*.*" << wildcard;
    QTest::newRow("64-character label")
        << QString(64, QLatin1Char('a')) + ".com"
        << QStringLiteral("Each part of a domain between dots can have at most 63 characters.");
    QString longName;
    while (longName.size() < 254)
        longName += QStringLiteral("abcdefghi.");
    longName.truncate(254);
    if (longName.endsWith(QLatin1Char('.')))
        longName.back() = QLatin1Char('x');
    QTest::newRow("254 characters") << longName
                                    << QStringLiteral("A domain can have at most 253 characters.");
}

void TestValueTypes::addressSpaceValidateSmtpPattern() {
    QFETCH(QString, pattern);
    QFETCH(QString, expectedError);
    QCOMPARE(AddressSpace::validateSmtpPattern(pattern), expectedError);
    // parse() refuses exactly what the field check refuses.
    QCOMPARE(bool(AddressSpace::parse(QStringLiteral("SMTP:") + pattern + QStringLiteral(";1"))),
             expectedError.isEmpty());
}

void TestValueTypes::addressSpaceMatchesDomain_data() {
    QTest::addColumn<QString>("routingList");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("matches");

    QTest::newRow("* matches anything") << "SMTP:*;1"
                                        << "contoso.com" << true;
    QTest::newRow("* matches a single label") << "SMTP:*;1"
                                              << "localhost" << true;
    QTest::newRow("* does not match nothing") << "SMTP:*;1"
                                              << "" << false;
    QTest::newRow("domain itself") << "SMTP:contoso.com;1"
                                   << "contoso.com" << true;
    QTest::newRow("subdomain, other case") << "SMTP:contoso.com;1"
                                           << "MAIL.Contoso.COM" << true;
    QTest::newRow("deep subdomain") << "SMTP:contoso.com;1"
                                    << "a.b.contoso.com" << true;
    QTest::newRow("name that only ends alike") << "SMTP:contoso.com;1"
                                               << "badcontoso.com" << false;
    QTest::newRow("longer top-level domain") << "SMTP:contoso.com;1"
                                             << "contoso.com.au" << false;
    QTest::newRow("parent domain") << "SMTP:contoso.com;1"
                                   << "com" << false;
    QTest::newRow("wildcard covers the domain itself") << "SMTP:*.contoso.com;1"
                                                       << "contoso.com" << true;
    QTest::newRow("wildcard subdomain") << "SMTP:*.contoso.com;1"
                                        << "mail.contoso.com" << true;
    QTest::newRow("wildcard is no substring match") << "SMTP:*.contoso.com;1"
                                                    << "notcontoso.com" << false;
    QTest::newRow("pattern in capitals") << "SMTP:Contoso.COM;1"
                                         << "contoso.com" << true;
    QTest::newRow("absolute name, spaces") << "SMTP:contoso.com;1"
                                           << " contoso.com. " << true;
    QTest::newRow("sibling subdomain") << "SMTP:sales.contoso.com;1"
                                       << "hr.contoso.com" << false;
    QTest::newRow("routing-group scope matches too") << "Local:SMTP:contoso.com;1"
                                                     << "contoso.com" << true;
    QTest::newRow("not an SMTP address space") << "NOTES:*;1"
                                               << "contoso.com" << false;
}

void TestValueTypes::addressSpaceMatchesDomain() {
    QFETCH(QString, routingList);
    QFETCH(QString, domain);
    QFETCH(bool, matches);
    QCOMPARE(space(routingList).matchesDomain(domain), matches);
}

void TestValueTypes::addressSpaceSpecificity_data() {
    QTest::addColumn<QString>("routingList");
    QTest::addColumn<int>("specificity");

    QTest::newRow("*") << "SMTP:*;1" << 0;
    QTest::newRow("*.com") << "SMTP:*.com;1" << 2;
    QTest::newRow("com") << "SMTP:com;1" << 3;
    QTest::newRow("*.contoso.com") << "SMTP:*.contoso.com;1" << 4;
    QTest::newRow("contoso.com") << "SMTP:contoso.com;1" << 5;
    QTest::newRow("sub.contoso.com") << "SMTP:sub.contoso.com;1" << 7;
    QTest::newRow("cost and scope do not count") << "Local:SMTP:contoso.com;50" << 5;
    QTest::newRow("other type: characters but *") << "NOTES:*(a)Contoso;1" << 8;
}

void TestValueTypes::addressSpaceSpecificity() {
    QFETCH(QString, routingList);
    QFETCH(int, specificity);
    QCOMPARE(space(routingList).specificity(), specificity);
}

void TestValueTypes::addressSpaceMostSpecificMatchWins() {
    // What route resolution will do: of the address spaces matching a domain, the most specific wins.
    const QList<AddressSpace> spaces = {space("SMTP:*;1"), space("SMTP:*.contoso.com;1"),
                                        space("SMTP:contoso.com;1"), space("SMTP:sales.contoso.com;1"),
                                        space("SMTP:fabrikam.com;1")};
    auto best = [&spaces](const QString &domain) {
        QString winner;
        int rank = -1;
        for (const AddressSpace &candidate : spaces) {
            if (candidate.matchesDomain(domain) && candidate.specificity() > rank) {
                rank = candidate.specificity();
                winner = candidate.address();
            }
        }
        return winner;
    };
    QCOMPARE(best(QStringLiteral("eu.sales.contoso.com")), QStringLiteral("sales.contoso.com"));
    QCOMPARE(best(QStringLiteral("hr.contoso.com")), QStringLiteral("contoso.com"));
    QCOMPARE(best(QStringLiteral("contoso.com")), QStringLiteral("contoso.com"));
    QCOMPARE(best(QStringLiteral("www.fabrikam.com")), QStringLiteral("fabrikam.com"));
    QCOMPARE(best(QStringLiteral("example.org")), QStringLiteral("*"));
}

void TestValueTypes::addressSpaceEquality() {
    QCOMPARE(space("SMTP:Contoso.com;1"), space(" smtp:contoso.COM "));
    QCOMPARE(qHash(space("SMTP:Contoso.com;1")), qHash(space("smtp:contoso.COM")));
    QVERIFY(space("SMTP:contoso.com;1") != space("SMTP:contoso.com;2"));
    QVERIFY(space("SMTP:contoso.com;1") != space("Local:SMTP:contoso.com;1"));
    QVERIFY(space("SMTP:contoso.com;1") != space("SMTP:*.contoso.com;1"));
    QVERIFY(space("NOTES:*;1") != space("GWISE:*;1"));
    QCOMPARE(space("NOTES:joe(a)po;1"), AddressSpace::create("NOTES", "joe@po").value());

    const QSet<AddressSpace> set = {space("SMTP:*;1"), space("smtp:*"), space("Local:SMTP:*;1")};
    QCOMPARE(set.size(), 2);
}

// ---- SmartHostList ---------------------------------------------------------------------------------

void TestValueTypes::smartHostListParse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("expectedError");

    auto good = [](const char *name, const QString &text, const QString &canonical) {
        QTest::newRow(name) << text << true << canonical << QString();
    };
    auto bad = [](const char *name, const QString &text, const QString &error) {
        QTest::newRow(name) << text << false << QString() << error;
    };
    const QString notIp = QStringLiteral(
        "\"%1\" is not a valid IP address. Square brackets can only hold an IPv4 or IPv6 address.");
    const QString badCharacter = QStringLiteral(
        "The host name \"%1\" contains \"%2\", which is not allowed. Use letters, digits, hyphens and dots.");
    const QString emptyLabel = QStringLiteral(
        "The host name \"%1\" has an empty part: it starts or ends with a dot, or has two dots in a row.");
    const QString twice = QStringLiteral("\"%1\" is listed more than once.");

    good("empty means DNS", "", "");
    good("only separators", "  ; , ", "");
    good("one name", "relay.contoso.com", "relay.contoso.com");
    good("one literal", "[192.0.2.10]", "[192.0.2.10]");
    good("names before literals", "[192.0.2.10];relay.contoso.com", "relay.contoso.com;[192.0.2.10]");
    good("order kept inside each group", "[192.0.2.1];b.contoso.com;[192.0.2.2];a.contoso.com",
         "b.contoso.com;a.contoso.com;[192.0.2.1];[192.0.2.2]");
    good("comma separators", "a.contoso.com, b.contoso.com", "a.contoso.com;b.contoso.com");
    good("white space separators", "a.contoso.com b.contoso.com\tc.contoso.com\n[192.0.2.10]",
         "a.contoso.com;b.contoso.com;c.contoso.com;[192.0.2.10]");
    good("spaces around entries", "  relay.contoso.com ;  [192.0.2.10]  ", "relay.contoso.com;[192.0.2.10]");
    good("empty entries skipped", "a.contoso.com;;b.contoso.com;", "a.contoso.com;b.contoso.com");
    good("spaces inside brackets", "[ 192.0.2.10 ]", "[192.0.2.10]");
    good("ipv6 loopback", "[::1]", "[::1]");
    good("ipv6 written in canonical form", "[2001:DB8:0::1]", "[2001:db8::1]");
    good("single-label name", "relay", "relay");
    good("name case kept", "Relay.Contoso.COM", "Relay.Contoso.COM");
    good("63-character label", QString(63, QLatin1Char('a')) + ".com",
         QString(63, QLatin1Char('a')) + ".com");

    bad("bare ipv4", "10.0.0.1", "Put IP addresses in square brackets: [10.0.0.1]");
    bad("bare ipv4 after a name", "relay.contoso.com;192.0.2.10",
        "Put IP addresses in square brackets: [192.0.2.10]");
    bad("bare ipv6", "2001:db8::1", "Put IP addresses in square brackets: [2001:db8::1]");
    bad("bare address out of range", "10.0.0.999", "\"10.0.0.999\" is not a valid IP address.");
    bad("literal out of range", "[10.0.0.999]", notIp.arg("[10.0.0.999]"));
    bad("name in brackets", "[relay.contoso.com]", notIp.arg("[relay.contoso.com]"));
    bad("short ipv4 in brackets", "[10.1]", notIp.arg("[10.1]"));
    bad("ipv6 zone in brackets", "[fe80::1%eth0]", notIp.arg("[fe80::1%eth0]"));
    bad("empty brackets", "[]", notIp.arg("[]"));
    bad("unclosed bracket", "[10.0.0.1;relay.contoso.com",
        "\"[10.0.0.1;relay.contoso.com\" is missing its closing bracket ].");
    bad("text after bracket", "[10.0.0.1]:25", "\"[10.0.0.1]:25\" has text after the closing bracket.");
    bad("stray bracket", "relay]",
        "\"relay]\" is not valid. Square brackets must enclose a whole IP address, as in "
        "[192.0.2.10].");
    bad("underscore", "mail_relay.contoso.com", badCharacter.arg("mail_relay.contoso.com", "_"));
    bad("port after name", "relay.contoso.com:25", badCharacter.arg("relay.contoso.com:25", ":"));
    bad("empty label", "relay..contoso.com", emptyLabel.arg("relay..contoso.com"));
    bad("leading dot", ".contoso.com", emptyLabel.arg(".contoso.com"));
    bad("trailing dot", "relay.contoso.com.", emptyLabel.arg("relay.contoso.com."));
    const QString longLabel = QString(64, QLatin1Char('a')) + ".com";
    bad("64-character label", longLabel,
        QStringLiteral("The host name \"%1\" has a part longer than 63 characters.").arg(longLabel));
    QString longName;
    for (int i = 0; i < 26; ++i)
        longName += QStringLiteral("abcdefghi.");
    longName += QStringLiteral("com"); // 263 characters
    bad("254+ characters", longName,
        QStringLiteral("The host name \"%1\" is longer than 253 characters.").arg(longName));
    bad("duplicate name in other case", "relay.contoso.com;RELAY.contoso.com",
        twice.arg("RELAY.contoso.com"));
    bad("duplicate literal", "[192.0.2.10], [192.0.2.10]", twice.arg("[192.0.2.10]"));
    bad("duplicate ipv6 written differently", "[2001:db8::1];[2001:DB8:0:0::1]",
        twice.arg("[2001:DB8:0:0::1]"));
}

void TestValueTypes::smartHostListParse() {
    QFETCH(QString, text);
    QFETCH(bool, valid);

    QString error;
    const std::optional<SmartHostList> parsed = SmartHostList::parse(text, &error);
    if (!valid) {
        QFETCH(QString, expectedError);
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString() : QString()));
        QCOMPARE(error, expectedError);
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QFETCH(QString, canonical);
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->isEmpty(), canonical.isEmpty());

    const std::optional<SmartHostList> again = SmartHostList::parse(canonical);
    QVERIFY(again);
    QCOMPARE(*again, *parsed);
    QCOMPARE(again->toString(), canonical);
}

void TestValueTypes::smartHostListHosts() {
    const SmartHostList list = hosts("[192.0.2.10];relay.contoso.com [2001:DB8::1]");
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.hosts().at(0).host, QStringLiteral("relay.contoso.com"));
    QVERIFY(!list.hosts().at(0).isLiteral);
    QCOMPARE(list.hosts().at(1).host, QStringLiteral("192.0.2.10"));
    QVERIFY(list.hosts().at(1).isLiteral);
    QCOMPARE(list.hosts().at(1).toString(), QStringLiteral("[192.0.2.10]"));
    QCOMPARE(list.hosts().at(2).host, QStringLiteral("2001:db8::1"));
    QVERIFY(list.hosts().at(2).isLiteral);

    QVERIFY(SmartHostList().isEmpty());
    QCOMPARE(SmartHostList().toString(), QString());
}

void TestValueTypes::smartHostListContains_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");

    QTest::newRow("name") << "relay.contoso.com" << true;
    QTest::newRow("name in other case") << "RELAY.Contoso.com" << true;
    QTest::newRow("name with spaces") << "  relay.contoso.com " << true;
    QTest::newRow("bare address") << "192.0.2.10" << true;
    QTest::newRow("bracketed address") << "[192.0.2.10]" << true;
    QTest::newRow("ipv6 in other spelling") << "2001:DB8:0::1" << true;
    QTest::newRow("other name") << "backup.contoso.com" << false;
    QTest::newRow("name prefix") << "relay" << false;
    QTest::newRow("other address") << "192.0.2.11" << false;
    QTest::newRow("empty") << "" << false;
}

void TestValueTypes::smartHostListContains() {
    QFETCH(QString, query);
    QFETCH(bool, found);
    QCOMPARE(hosts("relay.contoso.com;[192.0.2.10];[2001:db8::1]").contains(query), found);
}

void TestValueTypes::smartHostListEquality() {
    QCOMPARE(hosts("a.contoso.com;[192.0.2.1]"), hosts("[192.0.2.1] A.contoso.com"));
    QVERIFY(hosts("a.contoso.com;b.contoso.com") != hosts("b.contoso.com;a.contoso.com"));
    QVERIFY(hosts("a.contoso.com") != hosts("a.contoso.com;[192.0.2.1]"));
    QVERIFY(hosts("[192.0.2.1]") != hosts("[192.0.2.2]"));
    QCOMPARE(hosts(""), SmartHostList());
}

void TestValueTypes::smartHostListStored_data() {
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hosts");
    QTest::newRow("one") << "relay.contoso.com" << true << "relay.contoso.com";
    QTest::newRow("semicolons") << "a.contoso.com;[192.0.2.1]" << true << "a.contoso.com;[192.0.2.1]";
    QTest::newRow("comma") << "a.contoso.com,b.contoso.com" << true << "a.contoso.com;b.contoso.com";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("leading separator") << ";a.contoso.com" << false << "";
    QTest::newRow("trailing separator") << "a.contoso.com," << false << "";
    QTest::newRow("two in a row") << "a.contoso.com;;b.contoso.com" << false << "";
    QTest::newRow("mixed pair") << "a.contoso.com;,b.contoso.com" << false << "";
    QTest::newRow("only separators") << ";" << false << "";
    QTest::newRow("space") << "a.contoso.com; b.contoso.com" << false << "";
}

void TestValueTypes::smartHostListStored() {
    // What is stored is read exactly: an empty entry is refused, with the reason, not skipped.
    QFETCH(QString, stored);
    QFETCH(bool, valid);
    QFETCH(QString, hosts);
    QString error;
    const std::optional<SmartHostList> parsed = SmartHostList::parseStored(stored, &error);
    QCOMPARE(parsed.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid)
        QCOMPARE(parsed->toString(), hosts);
}

// ---- ServerBinding ---------------------------------------------------------------------------------

void TestValueTypes::serverBindingParse_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("hostHeader");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("expectedError");

    auto good = [](const char *name, const QString &value, const QString &address, int port,
                   const QString &hostHeader, const QString &canonical, const QString &display) {
        QTest::newRow(name) << value << true << address << port << hostHeader << canonical << display
                            << QString();
    };
    auto bad = [](const char *name, const QString &value, const QString &error) {
        QTest::newRow(name) << value << false << QString() << 0 << QString() << QString() << QString()
                            << error;
    };
    const QString all = QStringLiteral("(All Unassigned)");
    const QString notIp =
        QStringLiteral("\"%1\" is not a valid IP address. Type an IPv4 address such as 10.1.0.5 "
                       "or an IPv6 address, or leave it empty for all unassigned addresses.");

    good("default", ":25:", "", 25, "", ":25:", all);
    good("no trailing colon", ":25", "", 25, "", ":25:", all);
    good("spaces around", "  :25:  ", "", 25, "", ":25:", all);
    good("ipv4", "10.1.0.5:25:", "10.1.0.5", 25, "", "10.1.0.5:25:", "10.1.0.5");
    good("ipv4 without trailing colon", "10.1.0.5:2525", "10.1.0.5", 2525, "", "10.1.0.5:2525:", "10.1.0.5");
    good("highest port", "10.1.0.5:65535:", "10.1.0.5", 65535, "", "10.1.0.5:65535:", "10.1.0.5");
    good("host header kept", "10.1.0.5:25:mail.contoso.com", "10.1.0.5", 25, "mail.contoso.com",
         "10.1.0.5:25:mail.contoso.com", "10.1.0.5");
    good("host header, all unassigned", ":25:mail.contoso.com", "", 25, "mail.contoso.com",
         ":25:mail.contoso.com", all);
    good("bracketed ipv6", "[2001:db8::1]:25:", "2001:db8::1", 25, "", "[2001:db8::1]:25:", "2001:db8::1");
    // Unbracketed IPv6 is split at the last colon after the trailing one is dropped; we write brackets.
    good("unbracketed ipv6", "2001:db8::1:25:", "2001:db8::1", 25, "", "[2001:db8::1]:25:", "2001:db8::1");
    good("unbracketed ipv6 without trailing colon", "2001:DB8::1:25", "2001:db8::1", 25, "",
         "[2001:db8::1]:25:", "2001:db8::1");
    good("ipv6 loopback", "[::1]:587", "::1", 587, "", "[::1]:587:", "::1");
    good("bracketed ipv6 with host header", "[2001:db8::1]:25:mx.contoso.com", "2001:db8::1", 25,
         "mx.contoso.com", "[2001:db8::1]:25:mx.contoso.com", "2001:db8::1");

    bad("empty", "",
        "The binding is empty. Write it as IP:port:, for example :25: for all unassigned addresses.");
    bad("no port at all", "10.1.0.5",
        "\"10.1.0.5\" has no port. Write it as IP:port:, for example 10.1.0.5:25:.");
    bad("port 0", ":0:", PortMessage);
    bad("port 70000", ":70000:", PortMessage);
    bad("port abc", ":abc:", PortMessage);
    bad("empty port", "10.1.0.5::", PortMessage);
    bad("only a colon", ":", PortMessage);
    bad("negative port", ":-25:", PortMessage);
    bad("huge port", ":99999999999:", PortMessage);
    bad("ipv4 out of range", "10.1.0.999:25:", notIp.arg("10.1.0.999"));
    bad("host name", "mail.contoso.com:25:", notIp.arg("mail.contoso.com"));
    bad("short ipv4", "10.1:25:", notIp.arg("10.1"));
    bad("unclosed ipv6 bracket",
        "[2001:db8::1:25:", "\"[2001:db8::1:25:\" is missing the ] after the IPv6 address.");
    bad("no colon after bracket", "[2001:db8::1]25:",
        "\"[2001:db8::1]25:\" needs a colon and a port after the address, as in [2001:db8::1]:25:.");
    bad("bad unbracketed ipv6", "2001:db8::zz:25:", notIp.arg("2001:db8::zz"));
    bad("ipv6 port out of range", "[::1]:0:", PortMessage);
}

void TestValueTypes::serverBindingParse() {
    QFETCH(QString, value);
    QFETCH(bool, valid);

    QString error;
    const std::optional<ServerBinding> parsed = ServerBinding::parse(value, &error);
    if (!valid) {
        QFETCH(QString, expectedError);
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toValue() : QString()));
        QCOMPARE(error, expectedError);
        return;
    }
    QVERIFY2(parsed, qPrintable(error));
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, hostHeader);
    QFETCH(QString, canonical);
    QFETCH(QString, display);
    QCOMPARE(parsed->address(), address);
    QCOMPARE(parsed->isAllUnassigned(), address.isEmpty());
    QCOMPARE(parsed->port(), port);
    QCOMPARE(parsed->hostHeader(), hostHeader);
    QCOMPARE(parsed->toValue(), canonical);
    QCOMPARE(parsed->displayAddress(), display);

    const std::optional<ServerBinding> again = ServerBinding::parse(canonical);
    QVERIFY(again);
    QCOMPARE(*again, *parsed);
    QCOMPARE(again->toValue(), canonical);
}

void TestValueTypes::serverBindingCreate() {
    QCOMPARE(ServerBinding().toValue(), QStringLiteral(":25:"));
    QCOMPARE(ServerBinding().displayAddress(), QStringLiteral("(All Unassigned)"));

    std::optional<ServerBinding> created = ServerBinding::create(QStringLiteral(" 10.1.0.5 "), 25);
    QVERIFY(created);
    QCOMPARE(created->toValue(), QStringLiteral("10.1.0.5:25:"));
    created = ServerBinding::create(QStringLiteral("[2001:DB8::1]"), 2525);
    QVERIFY(created);
    QCOMPARE(created->toValue(), QStringLiteral("[2001:db8::1]:2525:"));

    QString error;
    QVERIFY(!ServerBinding::create(QString(), 0, {}, &error));
    QCOMPARE(error, PortMessage);
    QVERIFY(!ServerBinding::create(QString(), 65536, {}, &error));
    QCOMPARE(error, PortMessage);
    QCOMPARE(ServerBinding::validatePort(1), QString());
    QCOMPARE(ServerBinding::validatePort(65535), QString());
    QCOMPARE(ServerBinding::validatePort(70000), PortMessage);
}

void TestValueTypes::serverBindingValidateAddress_data() {
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty: all unassigned") << "" << true;
    QTest::newRow("spaces only") << "   " << true;
    QTest::newRow("ipv4") << "10.1.0.5" << true;
    QTest::newRow("ipv4 with spaces") << " 10.1.0.5 " << true;
    QTest::newRow("ipv6") << "2001:db8::1" << true;
    QTest::newRow("ipv6 in brackets") << "[::1]" << true;
    QTest::newRow("ipv4-mapped ipv6") << "::ffff:192.0.2.1" << true;
    QTest::newRow("octet out of range") << "10.1.0.256" << false;
    QTest::newRow("three octets") << "10.1.0" << false;
    QTest::newRow("leading zero") << "010.1.0.5" << false;
    QTest::newRow("hex") << "0x0a.1.0.5" << false;
    QTest::newRow("host name") << "mail.contoso.com" << false;
    QTest::newRow("ipv6 zone") << "fe80::1%eth0" << false;
    QTest::newRow("bad ipv6") << "2001:db8:::1" << false;
}

void TestValueTypes::serverBindingValidateAddress() {
    QFETCH(QString, address);
    QFETCH(bool, valid);
    const QString problem = ServerBinding::validateAddress(address);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        QVERIFY2(problem.contains(address.trimmed()), qPrintable(problem)); // names what was typed
}

void TestValueTypes::serverBindingConflicts_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("conflict");

    QTest::newRow("same binding") << ":25:"
                                  << ":25:" << true;
    QTest::newRow("all unassigned vs one address") << ":25:"
                                                   << "10.1.0.5:25:" << true;
    QTest::newRow("same address and port") << "10.1.0.5:25:"
                                           << "10.1.0.5:25" << true;
    QTest::newRow("different addresses") << "10.1.0.5:25:"
                                         << "10.1.0.6:25:" << false;
    QTest::newRow("different ports") << ":25:"
                                     << ":2525:" << false;
    QTest::newRow("same address, different ports") << "10.1.0.5:25:"
                                                   << "10.1.0.5:587:" << false;
    QTest::newRow("ipv6 spelled differently") << "[2001:db8::1]:25:"
                                              << "2001:DB8:0::1:25:" << true;
    QTest::newRow("all unassigned vs ipv6") << ":25:"
                                            << "[::1]:25:" << true;
    QTest::newRow("host headers do not separate") << "10.1.0.5:25:a.contoso.com"
                                                  << "10.1.0.5:25:b.contoso.com" << true;
}

void TestValueTypes::serverBindingConflicts() {
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, conflict);
    QCOMPARE(binding(first).conflictsWith(binding(second)), conflict);
    QCOMPARE(binding(second).conflictsWith(binding(first)), conflict);
}

void TestValueTypes::serverBindingEquality() {
    QCOMPARE(binding(":25"), binding(" :25: "));
    QCOMPARE(binding("2001:db8::1:25:"), binding("[2001:DB8::1]:25:"));
    QCOMPARE(qHash(binding("2001:db8::1:25:")), qHash(binding("[2001:DB8::1]:25:")));
    QCOMPARE(binding("10.1.0.5:25:Mail.contoso.com"), binding("10.1.0.5:25:mail.contoso.com"));
    QVERIFY(binding(":25:") != binding("10.1.0.5:25:"));
    QVERIFY(binding(":25:") != binding(":2525:"));
    QVERIFY(binding("10.1.0.5:25:") != binding("10.1.0.5:25:mail.contoso.com"));
}

QTEST_GUILESS_MAIN(TestValueTypes)
#include "tst_valuetypes.moc"
