// The value types behind the new property tabs: each reads its stored form, refuses what it cannot
// read with a reason, and writes back what it read.

#include "ConnectedRoutingGroup.h"
#include "ConnectionSchedule.h"
#include "IpAccessList.h"
#include "Limit.h"
#include "MailAddress.h"
#include "OutboundSecurity.h"
#include "RetryIntervals.h"

#include <QTest>

using namespace topology;

class TestSheetValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void limitsSayTheRange();
    void scheduleStoredForm();
    void schedulePresetsAndRefusals();
    void accessListsParseAndDecide();
    void accessEntriesRefused_data();
    void accessEntriesRefused();
    void retryIntervals();
    void outboundSecurityKeepsOtherBits();
    void connectedRoutingGroups();
    void mailAddresses();
};

void TestSheetValues::limitsSayTheRange() {
    QVERIFY(limits::SizeKb.check(1).isEmpty());
    QVERIFY(limits::SizeKb.check(2097151).isEmpty());
    QCOMPARE(limits::SizeKb.check(0), QStringLiteral("Enter a size from 1 to 2,097,151 KB."));
    QCOMPARE(limits::SizeKb.check(999999999), QStringLiteral("Enter a size from 1 to 2,097,151 KB."));
    QCOMPARE(limits::HopCount.check(9), QStringLiteral("Enter a hop count from 10 to 256."));
    QVERIFY(limits::Cost.check(100).isEmpty());
    // The largest size still fits a 32-bit byte count, as Exchange stores it.
    QVERIFY(limits::SizeKb.maximum() * 1024 <= std::numeric_limits<int>::max());
}

void TestSheetValues::scheduleStoredForm() {
    ConnectionSchedule s = ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::Custom);
    s.set(0, 0, true);  // Sunday 00:00
    s.set(1, 36, true); // Monday 09:00
    s.set(6, 95, true); // Saturday 23:45
    const QByteArray grid = s.gridValue();
    QCOMPARE(grid.size(), 84);
    QCOMPARE(quint8(grid.at(0)), quint8(0x01));
    QCOMPARE(quint8(grid.at((96 + 36) / 8)), quint8(1u << ((96 + 36) % 8)));
    QCOMPARE(quint8(grid.at(83)), quint8(0x80));
    QCOMPARE(s.styleValue(), QStringLiteral("1"));
    const std::optional<ConnectionSchedule> back = ConnectionSchedule::parse(QStringLiteral("1"), grid);
    QVERIFY(back);
    QCOMPARE(*back, s);
    QCOMPARE(back->preset(), ConnectionSchedule::Preset::Custom);
    // Always and Never have no grid.
    QVERIFY(ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::Always).gridValue().isEmpty());
    QCOMPARE(ConnectionSchedule::parse(QString(), QByteArray())->preset(),
             ConnectionSchedule::Preset::Always);
    QCOMPARE(ConnectionSchedule::parse(QStringLiteral("0"), QByteArray())->preset(),
             ConnectionSchedule::Preset::Never);
}

void TestSheetValues::schedulePresetsAndRefusals() {
    const ConnectionSchedule daily = ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::DailyAt2300);
    for (int day = 0; day < 7; ++day) {
        QVERIFY(daily.isSet(day, 92));
        QVERIFY(!daily.isSet(day, 93));
    }
    QCOMPARE(ConnectionSchedule::parse(QStringLiteral("1"), daily.gridValue())->preset(),
             ConnectionSchedule::Preset::DailyAt2300);
    const ConnectionSchedule every4 = ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::Every4Hours);
    QVERIFY(every4.isSet(3, 16 * 4) && !every4.isSet(3, 17 * 4));
    QString error;
    QVERIFY(!ConnectionSchedule::parse(QStringLiteral("1"), QByteArray(10, '\xff'), &error));
    QVERIFY2(error.contains(QStringLiteral("84")), qPrintable(error));
    QVERIFY(!ConnectionSchedule::parse(QStringLiteral("7"), QByteArray(), &error));
    QVERIFY2(error.contains(QStringLiteral("“7”")), qPrintable(error));
    QVERIFY(!ConnectionSchedule::parse(QStringLiteral("1"), QByteArray(), &error));
    QVERIFY(ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::Custom)
                .problem()
                .contains(QStringLiteral("at least one")));
}

void TestSheetValues::accessListsParseAndDecide() {
    const std::optional<IpAccessList> list = IpAccessList::parse("ONLY;192.0.2.10;10.0.0.0/255.0.0.0");
    QVERIFY(list);
    QCOMPARE(list->mode(), IpAccessList::Mode::OnlyListed);
    QCOMPARE(list->entries().size(), 2);
    QVERIFY(list->allows(QStringLiteral("192.0.2.10")));
    QVERIFY(list->allows(QStringLiteral("10.20.30.40")));
    QVERIFY(!list->allows(QStringLiteral("192.0.2.11")));
    QCOMPARE(list->toValue(), QByteArray("ONLY;192.0.2.10;10.0.0.0/255.0.0.0"));
    IpAccessList except(IpAccessList::Mode::AllExceptListed);
    QVERIFY(except.allows(QStringLiteral("203.0.113.1"))); // an empty "all except" lets everyone in
    QVERIFY(except.add({QStringLiteral("203.0.113.1"), QString()}).isEmpty());
    QVERIFY(!except.add({QStringLiteral("203.0.113.1"), QString()}).isEmpty());
    QVERIFY(!except.allows(QStringLiteral("203.0.113.1")));
    QString error;
    QVERIFY(!IpAccessList::parse(QByteArray("\x00\x01\x02\xff", 4), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
}

void TestSheetValues::accessEntriesRefused_data() {
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("reason");
    QTest::addRow("short address") << "10.1"
                                   << ""
                                   << "not an IPv4 address";
    QTest::addRow("ipv6") << "2001:db8::1"
                          << ""
                          << "IPv6";
    QTest::addRow("holey mask") << "10.0.0.0"
                                << "255.0.255.0"
                                << "ones must come first";
    QTest::addRow("no mask") << "10.0.0.0"
                             << "255.0.0.300"
                             << "not a subnet mask";
    QTest::addRow("host in a group") << "10.1.2.3"
                                     << "255.0.0.0"
                                     << "network address";
    QTest::addRow("everyone") << "0.0.0.0"
                              << "0.0.0.0"
                              << "every computer";
}

void TestSheetValues::accessEntriesRefused() {
    QFETCH(QString, address);
    QFETCH(QString, mask);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!IpAccessList::parseEntry(address, mask, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestSheetValues::retryIntervals() {
    QCOMPARE(RetryIntervals::parse(QString())->toString(), QStringLiteral("15,30,60,240"));
    QCOMPARE(RetryIntervals::parse(QStringLiteral(" 10, 20,30 ,120"))->minutes(3), 120);
    QString error;
    QVERIFY(!RetryIntervals::parse(QStringLiteral("10,20"), &error));
    QVERIFY(!RetryIntervals::parse(QStringLiteral("10,20,x,40"), &error));
    QVERIFY(!RetryIntervals::parse(QStringLiteral("10,20,0,40"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Third retry interval")), qPrintable(error));
}

void TestSheetValues::outboundSecurityKeepsOtherBits() {
    const qint64 stored = 0x800000 | 0x400000 | 0x4 | 0x1; // ignore STARTTLS (E2007), HELO, TLS, basic
    OutboundSecurity s = OutboundSecurity::fromFlags(stored);
    QCOMPARE(s.authentication(), OutboundSecurity::Authentication::Basic);
    QVERIFY(s.tls() && s.helo());
    s.setAuthentication(OutboundSecurity::Authentication::Integrated);
    s.setTls(false);
    s.setHelo(false);
    QCOMPARE(s.toFlags(stored), qint64(0x800000 | 0x2));
    QVERIFY(OutboundSecurity::checkAccount(OutboundSecurity::Authentication::Anonymous, QString()).isEmpty());
    QVERIFY(!OutboundSecurity::checkAccount(OutboundSecurity::Authentication::Basic, QStringLiteral("  "))
                 .isEmpty());
}

void TestSheetValues::connectedRoutingGroups() {
    const QString value = QStringLiteral(
        "Example Org§First Administrative Group§{8f0c2a5e-1111-2222-3333-444455556666}§20§SMTP:*");
    const std::optional<ConnectedRoutingGroup> g = ConnectedRoutingGroup::parse(value);
    QVERIFY(g);
    QCOMPARE(g->routingGroupId(), QStringLiteral("8f0c2a5e-1111-2222-3333-444455556666"));
    QCOMPARE(g->cost(), 20);
    QCOMPARE(g->toString(), value);
    QString error;
    QVERIFY(!ConnectedRoutingGroup::parse(QStringLiteral("a§b§{x}§0§SMTP:*"), &error));
    QVERIFY(!ConnectedRoutingGroup::parse(QStringLiteral("a§b§{x}§200§SMTP:*"), &error));
    QVERIFY(!ConnectedRoutingGroup::parse(QStringLiteral("just text"), &error));
    QVERIFY2(error.contains(QStringLiteral("five parts")), qPrintable(error));
}

void TestSheetValues::mailAddresses() {
    QVERIFY(MailAddress::checkAddress(QStringLiteral("postmaster@example.com")).isEmpty());
    QVERIFY(!MailAddress::checkAddress(QStringLiteral("postmaster")).isEmpty());
    QVERIFY(!MailAddress::checkAddress(QStringLiteral("a b@example.com")).isEmpty());
    QVERIFY(!MailAddress::checkAddress(QStringLiteral("a@exa mple.com")).isEmpty());
    QVERIFY(MailAddress::checkDomain(QStringLiteral("mail.example.com")).isEmpty());
    QVERIFY(MailAddress::checkDomain(QStringLiteral("[10.0.0.1]")).contains(QStringLiteral("IP address")));
    QVERIFY(!MailAddress::checkDomain(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSheetValues)
#include "tst_sheetvalues.moc"
