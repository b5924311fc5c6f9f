// The queue viewer's models on differences like those a listing streams: the store applies them
// in slices, the queue model keeps its figures by adding and taking away, the message list follows
// without resets (ticked rows, selection and order survive), and queues are named after the
// connector that carries their traffic. Every model runs under QAbstractItemModelTester.

#include "Attributes.h"
#include "ConnectorForNextHop.h"
#include "MessageListModel.h"
#include "MessageStore.h"
#include "QueueListModel.h"
#include "SmtpConnector.h"
#include "Topology.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace queues;

namespace {

const QString Relay = QStringLiteral("[127.0.0.1]:9");
const QString Refused = QStringLiteral("connect to 127.0.0.1[127.0.0.1]:9: Connection refused");

MessagePtr message(const QString &id, PostfixQueue queue, qint64 arrival, const QString &sender,
                   const QStringList &to, const QString &reason = Refused, qint64 size = 1000) {
    auto m = std::make_shared<QueuedMessage>();
    m->id = id;
    m->queue = queue;
    m->arrival = arrival;
    m->size = size;
    m->sender = sender;
    for (const QString &t : to)
        m->recipients.append({t, queue == PostfixQueue::Deferred ? reason : QString()});
    return m;
}

MessagePtr withQueue(const MessagePtr &m, PostfixQueue queue) {
    auto copy = std::make_shared<QueuedMessage>(*m);
    copy->queue = queue;
    return copy;
}

QString hexId(int n) {
    return QStringLiteral("A%1").arg(n, 9, 16, QLatin1Char('0')).toUpper();
}

void applyAll(MessageStore &store, const QueueDelta &delta) {
    store.apply(delta);
    store.applyNow();
}

} // namespace

class TestQueueModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storeAppliesInSlices();
    void storeLeavesAndComesBack();
    void queuesByRelayHost();
    void queuesByDomainWithPending();
    void queueFiguresByDifference();
    void messageListOfAQueue();
    void tickedSelectedAndSortedSurviveRefreshes();
    void scatteredRemovalsKeepTheRest();
    void manyArrivalsIntoASortedList();
    void findFirstN();
    void connectorForNextHop();
};

void TestQueueModels::storeAppliesInSlices() {
    MessageStore store;
    QueueDelta delta;
    for (int i = 0; i < 60000; ++i)
        delta.added << message(hexId(i), PostfixQueue::Deferred, 1000 + i, QStringLiteral("s@example.com"),
                               {QStringLiteral("r@remote.example")});
    QSignalSpy added(&store, &MessageStore::messagesAdded);
    QSignalSpy settled(&store, &MessageStore::settled);
    store.apply(delta);
    QVERIFY(store.isPending());
    QVERIFY(settled.wait(10000));
    QVERIFY2(added.size() > 1, "several slices, so the event loop runs between them");
    qsizetype total = 0;
    for (const QList<QVariant> &a : added)
        total += a.first().value<QList<MessagePtr>>().size();
    QCOMPARE(total, 60000);
    QCOMPARE(store.size(), 60000);
    QCOMPARE(store.find(hexId(12345))->arrival, qint64(1000 + 12345));
}

void TestQueueModels::storeLeavesAndComesBack() {
    MessageStore store;
    const MessagePtr m = message(QStringLiteral("ABC1"), PostfixQueue::Deferred, 1, QStringLiteral("a@x"),
                                 {QStringLiteral("b@y")});
    applyAll(store, QueueDelta{{m}, {}, {}});
    // Gone in one listing, back in the next, both applied in one go: it is there at the end.
    store.apply(QueueDelta{{}, {}, {QStringLiteral("ABC1")}});
    store.apply(QueueDelta{{m}, {}, {}});
    store.applyNow();
    QVERIFY(store.contains(QStringLiteral("ABC1")));
    QCOMPARE(store.size(), 1);
}

void TestQueueModels::queuesByRelayHost() {
    MessageStore store;
    QueueListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNextHops(queues::NextHops(Relay));
    model.setNow(10'000);
    applyAll(store,
             QueueDelta{{message(QStringLiteral("A1"), PostfixQueue::Deferred, 9000, QStringLiteral("a@x"),
                                 {QStringLiteral("b@one.example"), QStringLiteral("c@two.example")}),
                         message(QStringLiteral("A2"), PostfixQueue::Hold, 8000, QStringLiteral("a@x"),
                                 {QStringLiteral("b@one.example")}, QString(), 3000),
                         message(QStringLiteral("A3"), PostfixQueue::Incoming, 9990, QStringLiteral("a@x"),
                                 {QStringLiteral("b@one.example")})},
                        {},
                        {}});
    QCOMPARE(model.rowCount(), 2); // the relay host, and pending submission
    const QueueKey relay = QueueKey::relayHost(Relay);
    const QueueListModel::Stats *s = model.stats(relay);
    QVERIFY(s);
    QCOMPARE(s->count, 2);
    QCOMPARE(s->bytes, qint64(4000));
    QCOMPARE(s->frozen, 1);
    QCOMPARE(s->state(), MessageState::Retry);
    QCOMPARE(s->oldest(), qint64(8000));
    QCOMPARE(s->lastError(), Refused);
    QCOMPARE(model.nextRetry(relay), qint64(9000 + 1200)); // age 1000 s: the 1200 s attempt
    const int row = model.rowOf(relay);
    QCOMPARE(model.index(row, QueueListModel::Name).data().toString(), Relay);
    QCOMPARE(model.index(row, QueueListModel::Protocol).data().toString(), QStringLiteral("SMTP"));
    QCOMPARE(model.index(row, QueueListModel::State).data().toString(), QStringLiteral("Retry"));
    QCOMPARE(model.index(row, QueueListModel::Messages).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(row, QueueListModel::SizeKb).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(row, QueueListModel::LastError).data().toString(), Refused);
    QVERIFY(!model.index(row, QueueListModel::NextRetry).data().toString().isEmpty());
    const QueueListModel::Stats *pending = model.stats(QueueKey::pendingSubmission());
    QCOMPARE(pending->count, 1);
    QCOMPARE(model.index(model.rowOf(QueueKey::pendingSubmission()), QueueListModel::Name).data().toString(),
             QStringLiteral("Messages pending submission"));
    QCOMPARE(model.nextRetry(QueueKey::pendingSubmission()), qint64(-1));
}

void TestQueueModels::queuesByDomainWithPending() {
    MessageStore store;
    QueueListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1); // pending submission is always there
    applyAll(store,
             QueueDelta{{message(QStringLiteral("A1"), PostfixQueue::Deferred, 1, QStringLiteral("a@x"),
                                 {QStringLiteral("b@one.example"), QStringLiteral("c@Two.example")}),
                         message(QStringLiteral("A2"), PostfixQueue::Hold, 2, QStringLiteral("a@x"),
                                 {QStringLiteral("b@two.example")})},
                        {},
                        {}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.stats(QueueKey::domain(QStringLiteral("one.example")))->count, 1);
    QCOMPARE(model.stats(QueueKey::domain(QStringLiteral("two.example")))->count, 2);
    // A frozen message stays in its queue.
    QCOMPARE(model.stats(QueueKey::domain(QStringLiteral("two.example")))->frozen, 1);
    // Everything frozen: the queue is Frozen.
    applyAll(store, QueueDelta{{}, {withQueue(store.find(QStringLiteral("A1")), PostfixQueue::Hold)}, {}});
    QCOMPARE(model.stats(QueueKey::domain(QStringLiteral("one.example")))->state(), MessageState::Frozen);
    // The relay host appears: everything regroups into it.
    model.setNextHops(queues::NextHops(Relay));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.stats(QueueKey::relayHost(Relay))->count, 2);
}

void TestQueueModels::queueFiguresByDifference() {
    MessageStore store;
    QueueListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueueDelta first;
    for (int i = 0; i < 1000; ++i)
        first.added << message(hexId(i), PostfixQueue::Deferred, 5000 + i, QStringLiteral("a@x"),
                               {QStringLiteral("b@d%1.example").arg(i % 10)});
    applyAll(store, first);
    QCOMPARE(model.rowCount(), 11);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The oldest message of d0 leaves, one of d1 is frozen, a new domain appears, d9 empties.
    QueueDelta next;
    next.added << message(QStringLiteral("NEW1"), PostfixQueue::Deferred, 9999, QStringLiteral("a@x"),
                          {QStringLiteral("b@new.example")});
    next.changed << withQueue(store.find(hexId(1)), PostfixQueue::Hold);
    next.removed << hexId(0);
    for (int i = 9; i < 1000; i += 10)
        next.removed << hexId(i);
    applyAll(store, next);
    QVERIFY(reset.isEmpty());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.rowCount(), 11);
    QVERIFY(!model.stats(QueueKey::domain(QStringLiteral("d9.example"))));
    const QueueListModel::Stats *d0 = model.stats(QueueKey::domain(QStringLiteral("d0.example")));
    QCOMPARE(d0->count, 99);
    QCOMPARE(d0->oldest(), qint64(5010));
    QCOMPARE(model.stats(QueueKey::domain(QStringLiteral("d1.example")))->frozen, 1);
    QCOMPARE(model.stats(QueueKey::domain(QStringLiteral("new.example")))->count, 1);
    // Figures kept by difference equal a fresh count.
    MessageStore copy;
    QueueListModel fresh(&copy);
    QueueDelta all;
    for (const MessagePtr &m : store.messages())
        all.added << m;
    applyAll(copy, all);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QueueKey key = model.keyAt(r);
        QCOMPARE(model.stats(key)->count, fresh.stats(key)->count);
        QCOMPARE(model.stats(key)->bytes, fresh.stats(key)->bytes);
        QCOMPARE(model.stats(key)->arrivals, fresh.stats(key)->arrivals);
        QCOMPARE(model.stats(key)->reasons, fresh.stats(key)->reasons);
    }
}

void TestQueueModels::messageListOfAQueue() {
    MessageStore store;
    MessageListModel list(&store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    applyAll(store,
             QueueDelta{{message(QStringLiteral("A1"), PostfixQueue::Deferred, 3, QStringLiteral("alice@x"),
                                 {QStringLiteral("b@one.example"), QStringLiteral("c@two.example"),
                                  QStringLiteral("d@two.example")}),
                         message(QStringLiteral("A2"), PostfixQueue::Hold, 2, QStringLiteral("bob@x"),
                                 {QStringLiteral("b@two.example")})},
                        {},
                        {}});
    MessageFilter filter;
    filter.queue = QueueKey::domain(QStringLiteral("one.example"));
    list.setQuery(filter);
    QCOMPARE(list.ids(), QStringList{QStringLiteral("A1")});
    QCOMPARE(list.index(0, MessageListModel::To).data().toString(),
             QStringLiteral("b@one.example (and 2 more)"));
    QCOMPARE(list.index(0, MessageListModel::State).data().toString(), QStringLiteral("Retry"));
    QCOMPARE(list.index(0, MessageListModel::LastError).data().toString(), Refused);
    filter.queue = QueueKey::domain(QStringLiteral("two.example"));
    list.setQuery(filter);
    QCOMPARE(list.ids(), (QStringList{QStringLiteral("A2"), QStringLiteral("A1")})); // oldest first
    QCOMPARE(list.index(0, MessageListModel::State).data().toString(), QStringLiteral("Frozen"));
    // Live: a new message for the queue comes in, one goes, one changes.
    QSignalSpy reset(&list, &QAbstractItemModel::modelReset);
    applyAll(store, QueueDelta{{message(QStringLiteral("A3"), PostfixQueue::Deferred, 9,
                                        QStringLiteral("carol@x"), {QStringLiteral("z@two.example")}),
                                message(QStringLiteral("A4"), PostfixQueue::Deferred, 9,
                                        QStringLiteral("carol@x"), {QStringLiteral("z@elsewhere.example")})},
                               {withQueue(store.find(QStringLiteral("A2")), PostfixQueue::Deferred)},
                               {QStringLiteral("A1")}});
    QVERIFY(reset.isEmpty());
    QCOMPARE(list.ids(), (QStringList{QStringLiteral("A2"), QStringLiteral("A3")}));
    QCOMPARE(list.index(0, MessageListModel::State).data().toString(), QStringLiteral("Retry"));
    // Find by sender and state.
    MessageFilter find;
    find.sender = QStringLiteral("CAROL");
    find.state = MessageFilter::State::Retry;
    list.setQuery(find);
    QCOMPARE(list.rowCount(), 2);
    find.state = MessageFilter::State::Frozen;
    list.setQuery(find);
    QCOMPARE(list.rowCount(), 0);
}

void TestQueueModels::tickedSelectedAndSortedSurviveRefreshes() {
    MessageStore store;
    MessageListModel list(&store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueueDelta first;
    for (int i = 0; i < 50; ++i)
        first.added << message(hexId(i), PostfixQueue::Deferred, 100 + i, QStringLiteral("s%1@x").arg(i % 7),
                               {QStringLiteral("r@remote.example")});
    applyAll(store, first);
    list.setQuery(MessageFilter());
    list.sort(MessageListModel::From, Qt::AscendingOrder);
    list.setChecked({hexId(3), hexId(10)}, true);
    QItemSelectionModel selection(&list);
    const int selectedRow = list.rowOf(hexId(20));
    selection.select(list.index(selectedRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(list.index(list.rowOf(hexId(21)), 0), QItemSelectionModel::NoUpdate);
    // A refresh: some messages changed, some left, new ones arrived.
    QueueDelta next;
    for (int i = 0; i < 50; i += 5)
        next.changed << withQueue(store.find(hexId(i)), PostfixQueue::Hold);
    next.removed << hexId(4) << hexId(11);
    next.added << message(QStringLiteral("NEW1"), PostfixQueue::Deferred, 500, QStringLiteral("a@x"),
                          {QStringLiteral("r@remote.example")});
    applyAll(store, next);
    QCOMPARE(list.rowCount(), 49);
    QCOMPARE(list.checkedIds().size(), 2);
    QVERIFY(list.checkedIds().contains(hexId(3)));
    QCOMPARE(list.index(list.rowOf(hexId(3)), 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(MessageListModel::IdRole).toString(), hexId(20));
    QCOMPARE(selection.currentIndex().data(MessageListModel::IdRole).toString(), hexId(21));
    // Still sorted by sender after the changes.
    QCOMPARE(list.index(0, MessageListModel::From).data().toString(), QStringLiteral("a@x"));
    for (int r = 1; r < list.rowCount(); ++r)
        QVERIFY(list.index(r - 1, MessageListModel::From).data().toString() <=
                list.index(r, MessageListModel::From).data().toString());
}

void TestQueueModels::scatteredRemovalsKeepTheRest() {
    MessageStore store;
    MessageListModel list(&store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueueDelta first;
    for (int i = 0; i < 5000; ++i)
        first.added << message(hexId(i), PostfixQueue::Deferred, i, QStringLiteral("s@x"),
                               {QStringLiteral("r@y")});
    applyAll(store, first);
    list.setQuery(MessageFilter());
    QPersistentModelIndex kept(list.index(list.rowOf(hexId(4001)), MessageListModel::From));
    QPersistentModelIndex gone(list.index(list.rowOf(hexId(4000)), 0));
    QSignalSpy layout(&list, &QAbstractItemModel::layoutChanged);
    QueueDelta next;
    for (int i = 0; i < 5000; i += 2)
        next.removed << hexId(i); // 2,500 scattered rows
    applyAll(store, next);
    QCOMPARE(list.rowCount(), 2500);
    QVERIFY(!layout.isEmpty()); // one pass, not 2,500 removals
    QVERIFY(!gone.isValid());
    QVERIFY(kept.isValid());
    QCOMPARE(kept.column(), int(MessageListModel::From));
    QCOMPARE(list.messageAt(kept.row())->id, hexId(4001));
}

void TestQueueModels::manyArrivalsIntoASortedList() {
    MessageStore store;
    MessageListModel list(&store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setQuery(MessageFilter());
    list.sort(MessageListModel::Size, Qt::DescendingOrder);
    for (int batch = 0; batch < 5; ++batch) {
        QueueDelta d;
        for (int i = 0; i < 400; ++i) {
            const int n = batch * 400 + i;
            d.added << message(hexId(n), PostfixQueue::Deferred, n, QStringLiteral("s@x"),
                               {QStringLiteral("r@y")}, Refused, (n * 7919) % 5003);
        }
        applyAll(store, d);
    }
    QCOMPARE(list.rowCount(), 2000);
    for (int r = 1; r < list.rowCount(); ++r)
        QVERIFY(list.messageAt(r - 1)->size >= list.messageAt(r)->size);
    QCOMPARE(list.rowOf(hexId(1234)) >= 0, true);
    QCOMPARE(list.messageAt(list.rowOf(hexId(1234)))->id, hexId(1234));
}

void TestQueueModels::findFirstN() {
    MessageStore store;
    MessageListModel list(&store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueueDelta d;
    for (int i = 0; i < 1000; ++i)
        d.added << message(hexId(i), PostfixQueue::Deferred, 10'000 - i, QStringLiteral("s%1@x").arg(i % 2),
                           {QStringLiteral("r@y")});
    applyAll(store, d);
    MessageFilter f;
    f.sender = QStringLiteral("s1@");
    list.setQuery(f, 100);
    QCOMPARE(list.rowCount(), 100);
    // The oldest hundred of the matches.
    for (int r = 0; r < list.rowCount(); ++r)
        QVERIFY(list.messageAt(r)->arrival <= 10'000 - 799);
    // Full: newcomers do not push in.
    applyAll(store, QueueDelta{{message(QStringLiteral("LATE1"), PostfixQueue::Deferred, 1,
                                        QStringLiteral("s1@x"), {QStringLiteral("r@y")})},
                               {},
                               {}});
    QCOMPARE(list.rowCount(), 100);
    list.setQuery(f, 0, QSet<QString>{hexId(1), hexId(2), hexId(3)});
    QCOMPARE(list.ids(), (QStringList{hexId(3), hexId(1)}));
}

void TestQueueModels::connectorForNextHop() {
    using directory::Entry;
    const QString ag = QStringLiteral("CN=AG,CN=Administrative Groups,CN=Org,DC=example,DC=com");
    const QString rg = QStringLiteral("CN=RG,CN=Routing Groups,") + ag;
    const QString otherRg = QStringLiteral("CN=Other,CN=Routing Groups,") + ag;
    const QString server = QStringLiteral("CN=GW1,CN=Servers,") + ag;
    const QString vs1 = QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + server;
    const QString vs2 = QStringLiteral("CN=2,CN=SMTP,CN=Protocols,") + server;
    const QString elsewhere = QStringLiteral("CN=1,CN=SMTP,CN=Protocols,CN=GW9,CN=Servers,") + ag;
    const auto make = [](const QString &dn, const QString &cls,
                         const QList<std::pair<QString, QStringList>> &attrs) {
        Entry e(dn);
        e.setStrings(QStringLiteral("objectClass"), {QStringLiteral("top"), cls});
        for (const auto &[name, values] : attrs)
            e.setStrings(name, values);
        return e;
    };
    const QString connections = QStringLiteral("CN=Connections,") + rg;
    topology::Topology topology;
    topology.addEntries({
        make(rg, QStringLiteral("msExchRoutingGroup"), {}),
        make(otherRg, QStringLiteral("msExchRoutingGroup"), {}),
        make(server, QStringLiteral("msExchExchangeServer"), {{topology::attr::homeRoutingGroup, {rg}}}),
        make(QStringLiteral("CN=Protocols,") + server, QStringLiteral("protocolCfgSharedServer"), {}),
        make(QStringLiteral("CN=SMTP,CN=Protocols,") + server,
             QStringLiteral("msExchProtocolCfgSMTPContainer"), {}),
        make(vs1, QStringLiteral("protocolCfgSMTPServer"),
             {{QStringLiteral("adminDisplayName"), {QStringLiteral("Default SMTP Virtual Server")}}}),
        make(vs2, QStringLiteral("protocolCfgSMTPServer"),
             {{QStringLiteral("adminDisplayName"), {QStringLiteral("Outbound")}}}),
        make(connections, QStringLiteral("msExchConnectors"), {}),
        make(QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + connections,
             QStringLiteral("msExchRoutingSMTPConnector"),
             {{topology::attr::routingList, {QStringLiteral("SMTP:*;1")}},
              {topology::attr::smartHost, {QStringLiteral("smarthost.example.net;[127.0.0.1]")}},
              {topology::attr::sourceBridgeheads, {vs2}}}),
        make(QStringLiteral("CN=Partner,") + connections, QStringLiteral("msExchRoutingSMTPConnector"),
             {{topology::attr::routingList, {QStringLiteral("SMTP:partner.example;10")}},
              {topology::attr::sourceBridgeheads, {vs1}}}),
        make(QStringLiteral("CN=Anything by DNS,") + connections,
             QStringLiteral("msExchRoutingSMTPConnector"),
             {{topology::attr::routingList, {QStringLiteral("SMTP:*;5")}}}),
        make(QStringLiteral("CN=Cheaper by DNS,") + connections, QStringLiteral("msExchRoutingSMTPConnector"),
             {{topology::attr::routingList, {QStringLiteral("SMTP:*;2")}}}),
        make(QStringLiteral("CN=Not ours,CN=Connections,") + otherRg,
             QStringLiteral("msExchRoutingSMTPConnector"),
             {{topology::attr::routingList, {QStringLiteral("SMTP:partner.example;1")}},
              {topology::attr::sourceBridgeheads, {elsewhere}}}),
    });
    const ConnectorForNextHop routing(&topology, directory::Dn::parse(server));
    const QueueKey relay = QueueKey::relayHost(Relay);
    const QueueRoute r = routing.resolve(relay);
    QVERIFY(r.isValid());
    QCOMPARE(r.connector->name(), QStringLiteral("Internet Mail SMTP Connector (GW1)"));
    // The connector's name says the server already.
    QCOMPARE(routing.queueName(relay, r),
             QStringLiteral("Internet Mail SMTP Connector (GW1) – [127.0.0.1]:9"));
    QCOMPARE(routing.sourceName(r), QStringLiteral("Outbound"));
    QVERIFY(!routing.resolve(QueueKey::relayHost(QStringLiteral("[192.0.2.99]"))).isValid());
    // DNS: the most specific address space wins over a cheaper "*".
    const QueueKey partner = QueueKey::domain(QStringLiteral("mail.partner.example"));
    QCOMPARE(routing.resolve(partner).connector->name(), QStringLiteral("Partner"));
    QCOMPARE(routing.queueName(partner, routing.resolve(partner)),
             QStringLiteral("Partner (GW1) – mail.partner.example"));
    // Equally specific: the lower cost; a connector without bridgeheads serves its routing group.
    const QueueKey other = QueueKey::domain(QStringLiteral("other.example"));
    QCOMPARE(routing.resolve(other).connector->name(), QStringLiteral("Cheaper by DNS"));
    QCOMPARE(routing.sourceName(routing.resolve(other)), QString()); // two virtual servers: cannot tell
    QVERIFY(!routing.resolve(QueueKey::pendingSubmission()).isValid());
    QCOMPARE(routing.queueName(QueueKey::pendingSubmission(), {}),
             QStringLiteral("Messages pending submission"));
    // The queue model names its rows with it.
    MessageStore store;
    QueueListModel model(&store);
    model.setNextHops(queues::NextHops(Relay));
    model.setRouting(&routing);
    applyAll(store, QueueDelta{{message(QStringLiteral("A1"), PostfixQueue::Deferred, 1,
                                        QStringLiteral("a@x"), {QStringLiteral("b@y")})},
                               {},
                               {}});
    QCOMPARE(model.index(model.rowOf(relay), QueueListModel::Name).data().toString(),
             QStringLiteral("Internet Mail SMTP Connector (GW1) – [127.0.0.1]:9"));
    QCOMPARE(model.index(model.rowOf(relay), QueueListModel::Source).data().toString(),
             QStringLiteral("Outbound"));
}

QTEST_GUILESS_MAIN(TestQueueModels)
#include "tst_queuemodels.moc"
