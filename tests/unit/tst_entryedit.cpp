// EntryEdit: what a property sheet sends is exactly the attributes the user changed, guarded by an
// assertion on the values the user saw.

#include "Attributes.h"
#include "EntryEdit.h"

#include <QTest>

using directory::ChangeRequest;
using directory::Entry;
using directory::Modification;
using topology::EntryEdit;

class TestEntryEdit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unchangedValuesAreNoChange();
    void modifyAssertsTheLoadedValues();
    void removingAnAttribute();
    void dnValuesCompareAsNames();
    void conflictsAreTheChangedAttributesThatMoved();
    void hostileValuesAreEscapedInTheAssertion();
    void withoutAssertionTheLoadedValuesAreDeletedExactly();
    void removingWithoutAssertionDeletesTheLoadedValues();
    void aLinkToADeletedObjectIsDeletedByItsGuid();

private:
    static Entry connector();
};

Entry TestEntryEdit::connector() {
    Entry e(QStringLiteral("CN=Internet,CN=Connections,DC=example,DC=com"));
    e.setStrings(QStringLiteral("objectClass"),
                 {QStringLiteral("top"), QStringLiteral("msExchRoutingSMTPConnector")});
    e.setStrings(QStringLiteral("routingList"), {QStringLiteral("SMTP:*;1")});
    e.setStrings(QStringLiteral("msExchSmtpSmartHost"), {QStringLiteral("relay.example.net")});
    e.setStrings(QStringLiteral("msExchSourceBridgeheadServersDN"),
                 {QStringLiteral("CN=1,CN=SMTP,CN=Protocols,CN=GW1,DC=example,DC=com")});
    e.setStrings(QStringLiteral("someUnknownAttribute"), {QStringLiteral("kept")});
    return e;
}

void TestEntryEdit::unchangedValuesAreNoChange() {
    EntryEdit edit(connector());
    edit.set(QStringLiteral("routingList"), QStringList{QStringLiteral("SMTP:*;1")});
    edit.set(QStringLiteral("MSEXCHSMTPSMARTHOST"), QStringLiteral("relay.example.net"));
    QVERIFY(edit.isEmpty());
}

void TestEntryEdit::modifyAssertsTheLoadedValues() {
    EntryEdit edit(connector());
    edit.set(QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("relay2.example.net;[192.0.2.7]"));
    QCOMPARE(edit.changedAttributes(), QStringList{QStringLiteral("msExchSmtpSmartHost")});
    const ChangeRequest request = edit.toModify();
    QCOMPARE(request.kind, ChangeRequest::Kind::Modify);
    QCOMPARE(request.dn, connector().dn());
    QCOMPARE(request.modifications.size(), 1);
    QCOMPARE(request.modifications.first().op, Modification::Op::Replace);
    QCOMPARE(request.modifications.first().values, (QList<QByteArray>{"relay2.example.net;[192.0.2.7]"}));
    QCOMPARE(request.assertion, QStringLiteral("(msExchSmtpSmartHost=relay.example.net)"));
}

void TestEntryEdit::removingAnAttribute() {
    EntryEdit edit(connector());
    edit.set(QStringLiteral("msExchSmtpSmartHost"), QString());
    const ChangeRequest request = edit.toModify();
    QCOMPARE(request.modifications.size(), 1);
    QCOMPARE(request.modifications.first().op, Modification::Op::Delete);
    QVERIFY(request.modifications.first().values.isEmpty());
    // Setting a value on an attribute that was absent asserts that it is still absent.
    EntryEdit add(connector());
    add.set(QStringLiteral("delivContLength"), QStringLiteral("5120"));
    QCOMPARE(add.toModify().assertion, QStringLiteral("(!(delivContLength=*))"));
}

void TestEntryEdit::dnValuesCompareAsNames() {
    EntryEdit edit(connector());
    edit.set(QStringLiteral("msExchSourceBridgeheadServersDN"),
             QStringList{QStringLiteral("cn=1,cn=smtp,cn=protocols,cn=gw1,dc=example,dc=com")});
    QVERIFY2(edit.isEmpty(), "the same DN in another case is no change");
    Entry current = connector();
    current.setStrings(QStringLiteral("msExchSourceBridgeheadServersDN"),
                       {QStringLiteral("cn=1,cn=SMTP,cn=Protocols,cn=GW1,dc=example,dc=com")});
    edit.set(QStringLiteral("msExchSourceBridgeheadServersDN"),
             QStringList{QStringLiteral("CN=2,CN=SMTP,CN=Protocols,CN=GW1,DC=example,DC=com")});
    QVERIFY(edit.conflictsWith(current).isEmpty());
}

void TestEntryEdit::conflictsAreTheChangedAttributesThatMoved() {
    EntryEdit edit(connector());
    edit.set(QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("mine.example.net"));
    Entry current = connector();
    current.setStrings(QStringLiteral("routingList"), {QStringLiteral("SMTP:*;5")}); // not ours: no conflict
    QVERIFY(edit.conflictsWith(current).isEmpty());
    current.setStrings(QStringLiteral("msExchSmtpSmartHost"), {QStringLiteral("theirs.example.net")});
    QCOMPARE(edit.conflictsWith(current), QStringList{QStringLiteral("msExchSmtpSmartHost")});
    // Overwriting asserts what is there now.
    QCOMPARE(edit.toModifyOver(current).assertion,
             QStringLiteral("(msExchSmtpSmartHost=theirs.example.net)"));
}

void TestEntryEdit::hostileValuesAreEscapedInTheAssertion() {
    Entry e = connector();
    e.setStrings(QStringLiteral("adminDescription"), {QStringLiteral("*)(objectClass=*")});
    EntryEdit edit(e);
    edit.set(QStringLiteral("adminDescription"), QStringLiteral("new"));
    QCOMPARE(edit.toModify().assertion, QStringLiteral("(adminDescription=\\2A\\29\\28objectClass=\\2A)"));
}

void TestEntryEdit::withoutAssertionTheLoadedValuesAreDeletedExactly() {
    // Active Directory has no assertion control: the same edit deletes exactly what was loaded and
    // adds the new values, so the server refuses it when someone changed the value meanwhile.
    EntryEdit edit(connector());
    edit.set(QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("relay2.example.net"));
    edit.set(QStringLiteral("delivContLength"), QStringLiteral("2048"));
    const ChangeRequest request = edit.toModify();
    QCOMPARE(request.expected.size(), 2);
    const ChangeRequest checked = request.withValueChecks();
    QVERIFY(checked.assertion.isEmpty());
    QCOMPARE(checked.modifications.size(), 3);
    QList<QStringList> ops;
    for (const Modification &m : checked.modifications) {
        QStringList values;
        for (const QByteArray &v : m.values)
            values << QString::fromUtf8(v);
        ops << (QStringList{QString::number(int(m.op)), m.attribute} + values);
    }
    // delivContLength was absent: only added (a single-valued attribute refuses a second value).
    QVERIFY(ops.contains(QStringList{QString::number(int(Modification::Op::Add)),
                                     QStringLiteral("delivContLength"), QStringLiteral("2048")}));
    QVERIFY(ops.contains(QStringList{QString::number(int(Modification::Op::Delete)),
                                     QStringLiteral("msExchSmtpSmartHost"),
                                     QStringLiteral("relay.example.net")}));
    QVERIFY(ops.contains(QStringList{QString::number(int(Modification::Op::Add)),
                                     QStringLiteral("msExchSmtpSmartHost"),
                                     QStringLiteral("relay2.example.net")}));
    // The delete of the old value comes before the add of the new one.
    const qsizetype del =
        ops.indexOf(QStringList{QString::number(int(Modification::Op::Delete)),
                                QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("relay.example.net")});
    const qsizetype add =
        ops.indexOf(QStringList{QString::number(int(Modification::Op::Add)),
                                QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("relay2.example.net")});
    QVERIFY(del < add);
}

void TestEntryEdit::removingWithoutAssertionDeletesTheLoadedValues() {
    EntryEdit edit(connector());
    edit.set(QStringLiteral("msExchSourceBridgeheadServersDN"), QStringList());
    const ChangeRequest checked = edit.toModify().withValueChecks();
    QCOMPARE(checked.modifications.size(), 1);
    QCOMPARE(checked.modifications.first().op, Modification::Op::Delete);
    QCOMPARE(checked.modifications.first().values,
             (QList<QByteArray>{"CN=1,CN=SMTP,CN=Protocols,CN=GW1,DC=example,DC=com"}));
}

void TestEntryEdit::aLinkToADeletedObjectIsDeletedByItsGuid() {
    // As Samba reads a routing group master that was deleted; a delete of that name matches nothing
    // there, a delete of the GUID matches while the value still names the deleted server.
    Entry group(QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,DC=example,DC=com"));
    const QString deleted = QStringLiteral("CN=EXBR2\\0ADEL:cbde3318-9cb8-49f4-b826-5bec93b8fe99,CN=Deleted "
                                           "Objects,CN=Configuration,DC=example,DC=com");
    group.setStrings(QStringLiteral("msExchRoutingMasterDN"), {deleted});
    EntryEdit edit(group);
    edit.set(QStringLiteral("msExchRoutingMasterDN"),
             QStringLiteral("CN=EXBR1,CN=Servers,DC=example,DC=com"));
    const ChangeRequest checked = edit.toModify().withValueChecks();
    QCOMPARE(checked.modifications.size(), 2);
    QCOMPARE(checked.modifications.at(0).op, Modification::Op::Delete);
    QCOMPARE(checked.modifications.at(0).values,
             (QList<QByteArray>{"<GUID=cbde3318-9cb8-49f4-b826-5bec93b8fe99>"}));
    QCOMPARE(checked.modifications.at(1).op, Modification::Op::Add);
    QCOMPARE(checked.modifications.at(1).values,
             (QList<QByteArray>{"CN=EXBR1,CN=Servers,DC=example,DC=com"}));
    // A name that merely contains the letters is deleted as it is.
    Entry plain(group.dn());
    plain.setStrings(QStringLiteral("msExchRoutingMasterDN"),
                     {QStringLiteral("CN=DEL:1,CN=Servers,DC=example,DC=com")});
    EntryEdit other(plain);
    other.set(QStringLiteral("msExchRoutingMasterDN"), QStringList());
    QCOMPARE(other.toModify().withValueChecks().modifications.first().values,
             (QList<QByteArray>{"CN=DEL:1,CN=Servers,DC=example,DC=com"}));
}

QTEST_GUILESS_MAIN(TestEntryEdit)
#include "tst_entryedit.moc"
