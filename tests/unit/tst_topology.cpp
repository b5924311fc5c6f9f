// The Topology on hand-made entries: what a change says (attributes, the object as it was), the
// reverse indexes rules rely on, and values that do not parse kept as invalid, never as empty.

#include "Attributes.h"
#include "ExchangeServer.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QSignalSpy>
#include <QTest>

using directory::Dn;
using directory::Entry;
using directory::FeedChange;
using topology::ObjectKind;
using topology::Topology;
using topology::TopologyChange;

namespace {

const QString Ag = QStringLiteral("CN=AG,CN=Administrative Groups,CN=Org,DC=example,DC=com");
const QString Rg = QStringLiteral("CN=RG,CN=Routing Groups,") + Ag;
const QString Server = QStringLiteral("CN=GW1,CN=Servers,") + Ag;
const QString Vs1 = QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + Server;
const QString Vs2 = QStringLiteral("CN=2,CN=SMTP,CN=Protocols,") + Server;
const QString Connector = QStringLiteral("CN=Internet,CN=Connections,") + Rg;

Entry make(const QString &dn, const QString &objectClass,
           const QList<std::pair<QString, QStringList>> &attributes = {}) {
    Entry e(dn);
    e.setStrings(QStringLiteral("objectClass"), {QStringLiteral("top"), objectClass});
    for (const auto &[name, values] : attributes)
        e.setStrings(name, values);
    return e;
}

FeedChange added(const Entry &e) {
    return FeedChange{FeedChange::Type::Added, e, QString()};
}

QList<Entry> organization() {
    return {
        make(Rg, QStringLiteral("msExchRoutingGroup")),
        make(Server, QStringLiteral("msExchExchangeServer"), {{topology::attr::homeRoutingGroup, {Rg}}}),
        make(QStringLiteral("CN=Protocols,") + Server, QStringLiteral("protocolCfgSharedServer")),
        make(QStringLiteral("CN=SMTP,CN=Protocols,") + Server,
             QStringLiteral("msExchProtocolCfgSMTPContainer")),
        make(Vs1, QStringLiteral("protocolCfgSMTPServer"),
             {{topology::attr::serverBindings, {QStringLiteral(":25:")}}}),
        make(Vs2, QStringLiteral("protocolCfgSMTPServer"),
             {{topology::attr::serverBindings,
               {QStringLiteral("10.0.0.1:25:"), QStringLiteral("10.0.0.1:99999:")}}}),
        make(Connector, QStringLiteral("msExchRoutingSMTPConnector"),
             {{topology::attr::routingList,
               {QStringLiteral("SMTP:*;1"), QStringLiteral("SMTP:partner.example;150")}},
              {topology::attr::sourceBridgeheads, {Vs1}},
              {topology::attr::smartHost, {QStringLiteral("10.0.0.9")}}}),
    };
}

} // namespace

class TestTopology : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modifiedSaysWhatChangedAndWhatWas();
    void removedCarriesTheObjectAsItWas();
    void reverseIndexesFollowChanges();
    void invalidValuesAreKeptNotEmpty();
    void loadEndsWithOneLoadedSignal();
    void renameMovesTheSubtreeAndItsLinks();

private:
    static void load(Topology &t) {
        QList<FeedChange> changes;
        for (const Entry &e : organization())
            changes.append(added(e));
        t.apply(changes);
    }
};

void TestTopology::modifiedSaysWhatChangedAndWhatWas() {
    Topology t;
    load(t);
    QSignalSpy spy(&t, &Topology::changed);
    Entry connector = t.find(Dn::parse(Connector))->entry();
    connector.setStrings(topology::attr::sourceBridgeheads, {Vs2});
    t.apply({FeedChange{FeedChange::Type::Modified, connector, QString()}});
    QCOMPARE(spy.size(), 1);
    const auto changes = spy.first().first().value<QList<TopologyChange>>();
    QCOMPARE(changes.size(), 1);
    const TopologyChange &c = changes.first();
    QCOMPARE(c.type, TopologyChange::Type::Modified);
    QCOMPARE(c.attributes, QStringList{topology::attr::sourceBridgeheads});
    QVERIFY(c.touches(QStringLiteral("msexchsourcebridgeheadserversdn")));
    QVERIFY(!c.touches(topology::attr::routingList));
    QVERIFY(c.before);
    const auto *was = dynamic_cast<const topology::SmtpConnector *>(c.before.get());
    QVERIFY(was);
    QCOMPARE(was->bridgeheads(), QList<Dn>{Dn::parse(Vs1)});
    QCOMPARE(t.findAs<topology::SmtpConnector>(Dn::parse(Connector))->bridgeheads(),
             QList<Dn>{Dn::parse(Vs2)});
}

void TestTopology::removedCarriesTheObjectAsItWas() {
    Topology t;
    load(t);
    QSignalSpy spy(&t, &Topology::changed);
    t.apply({FeedChange{FeedChange::Type::Deleted, Entry(Connector), QString()}});
    const auto changes = spy.first().first().value<QList<TopologyChange>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().type, TopologyChange::Type::Removed);
    const auto *was = dynamic_cast<const topology::SmtpConnector *>(changes.first().before.get());
    QVERIFY(was);
    QCOMPARE(was->bridgeheads(), QList<Dn>{Dn::parse(Vs1)}); // still readable after removal
    QVERIFY(!t.find(Dn::parse(Connector)));
}

void TestTopology::reverseIndexesFollowChanges() {
    Topology t;
    load(t);
    QCOMPARE(t.connectorsWithBridgehead(Dn::parse(Vs1)).size(), 1);
    QCOMPARE(t.connectorsWithBridgehead(Dn::parse(Vs2)).size(), 0);
    QCOMPARE(t.members(Dn::parse(Rg)).size(), 1);
    QCOMPARE(t.virtualServersOf(Dn::parse(Server)).size(), 2);
    QCOMPARE(t.connectorsOf(Dn::parse(Rg)).size(), 1);
    QCOMPARE(t.linksTo(Dn::parse(Vs1)).size(), 1);
    QCOMPARE(t.linkingInto(Dn::parse(Ag)).size(), 2); // the server (home RG) and the connector

    Entry connector = t.find(Dn::parse(Connector))->entry();
    connector.setStrings(topology::attr::sourceBridgeheads, {Vs2.toLower()}); // another spelling
    t.apply({FeedChange{FeedChange::Type::Modified, connector, QString()}});
    QCOMPARE(t.connectorsWithBridgehead(Dn::parse(Vs1)).size(), 0);
    QCOMPARE(t.connectorsWithBridgehead(Dn::parse(Vs2)).size(), 1);

    Entry server = t.find(Dn::parse(Server))->entry();
    server.remove(topology::attr::homeRoutingGroup);
    t.apply({FeedChange{FeedChange::Type::Modified, server, QString()}});
    QCOMPARE(t.members(Dn::parse(Rg)).size(), 0);

    t.apply({FeedChange{FeedChange::Type::Deleted, Entry(Vs2), QString()}});
    QCOMPARE(t.virtualServersOf(Dn::parse(Server)).size(), 1);

    // Which attributes some object holds, whatever the case of the name.
    QVERIFY(t.hasAttribute(QStringLiteral("MSEXCHSERVERBINDINGS")));
    QVERIFY(t.hasAttribute(topology::attr::smartHost)); // the connector's
    Entry plain = t.find(Dn::parse(Connector))->entry();
    plain.remove(topology::attr::smartHost);
    t.apply({FeedChange{FeedChange::Type::Modified, plain, QString()}});
    QVERIFY(!t.hasAttribute(topology::attr::smartHost));
    QVERIFY(!t.hasAttribute(QStringLiteral("msExchSmtpMaxSessionSize")));
}

void TestTopology::invalidValuesAreKeptNotEmpty() {
    Topology t;
    load(t);
    const auto *connector = t.findAs<topology::SmtpConnector>(Dn::parse(Connector));
    QVERIFY(connector);
    // A bare IP is an invalid smart host, not DNS routing.
    QVERIFY(!connector->usesDns());
    QVERIFY(!connector->smartHostValue().isValid());
    QVERIFY(connector->smartHostValue().error.contains(QStringLiteral("[10.0.0.9]")));
    QCOMPARE(connector->rawSmartHosts(), QStringLiteral("10.0.0.9"));
    // A cost of 150 is kept, marked invalid, beside the valid address space.
    QCOMPARE(connector->addressSpaceValues().size(), 2);
    QVERIFY(connector->addressSpaceValues().at(0).isValid());
    QVERIFY(!connector->addressSpaceValues().at(1).isValid());
    QVERIFY(!connector->addressSpaceValues().at(1).error.isEmpty());
    QCOMPARE(connector->addressSpaces().size(), 1);
    QVERIFY(connector->hasInvalidAddressSpace());

    const auto *vs = t.findAs<topology::SmtpVirtualServer>(Dn::parse(Vs2));
    QCOMPARE(vs->bindingValues().size(), 2);
    QCOMPARE(vs->bindings().size(), 1);
    QVERIFY(!vs->bindingValues().at(1).isValid());
}

void TestTopology::loadEndsWithOneLoadedSignal() {
    Topology t;
    QSignalSpy started(&t, &Topology::loadStarted);
    QSignalSpy done(&t, &Topology::loaded);
    t.beginLoad();
    QVERIFY(t.isLoading());
    load(t);
    t.beginLoad(); // nested: still one load
    t.endLoad();
    QVERIFY(!t.isLoading());
    t.endLoad();
    QCOMPARE(started.size(), 1);
    QCOMPARE(done.size(), 1);
}

void TestTopology::renameMovesTheSubtreeAndItsLinks() {
    Topology t;
    load(t);
    const Dn oldServer = Dn::parse(Server);
    const Dn newServer = oldServer.withRdn(directory::Rdn{QStringLiteral("CN"), QStringLiteral("GW9")});
    Entry renamed = t.find(oldServer)->entry();
    renamed.setDn(newServer.toString());
    t.apply({FeedChange{FeedChange::Type::Renamed, renamed, Server}});
    QVERIFY(!t.find(oldServer));
    QVERIFY(t.find(newServer));
    QCOMPARE(t.virtualServersOf(newServer).size(), 2);
    QCOMPARE(t.virtualServersOf(oldServer).size(), 0);
    QCOMPARE(t.members(Dn::parse(Rg)).size(), 1);
}

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
