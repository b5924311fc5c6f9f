#include "AdOrganizationLoader.h"

#include "ActiveDirectoryWrites.h"
#include "Attributes.h"
#include "ChangeSetWriter.h"
#include "Connection.h"
#include "DirectoryFixture.h"
#include "Dn.h"
#include "LdifReader.h"
#include "ServerFeatures.h"

#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace testsupport {

using directory::Dn;
using directory::Entry;
using directory::Modification;

bool AdOrganizationLoader::loadFile(const directory::ConnectionSettings &settings, const QString &path,
                                    QString *error, int *written) {
    const QList<Entry> entries = directory::LdifReader::readFile(path, error);
    return !entries.isEmpty() && load(settings, entries, error, written);
}

bool AdOrganizationLoader::load(const directory::ConnectionSettings &settings, const QList<Entry> &entries,
                                QString *error, int *written) {
    directory::Connection connection;
    connection.setSettings(settings);
    directory::DirectoryReply *dse =
        connection.searchBase(QString(), directory::ServerFeatures::rootDseAttributes());
    if (!waitFor(dse) || !dse->result().ok()) {
        *error = QStringLiteral("cannot read the root DSE: ") + dse->result().text();
        return false;
    }
    const auto features = directory::ServerFeatures::fromRootDse(dse->entries().value(0));
    const Dn services = Dn::parse(features.configurationNamingContext)
                            .child(QStringLiteral("CN"), QStringLiteral("Services"));

    QHash<QString, const Entry *> inFile;
    for (const Entry &e : entries)
        inFile.insert(Dn::parse(e.dn()).key(), &e);
    topology::ChangeSet set;
    const auto add = [&set](const Entry &e) {
        QList<Modification> attributes;
        for (const directory::Attribute &a : e.attributes())
            attributes.append(Modification{Modification::Op::Add, a.name, a.values});
        set.addEntry(e.dn(), attributes, QStringLiteral("add ") + e.dn());
    };
    QList<Entry> placeholders, late;
    QSet<QString> planned, added;
    for (const Entry &e : entries) {
        const Dn dn = Dn::parse(e.dn());
        if (!dn.isDescendantOf(services))
            continue;
        for (const directory::Attribute &a : e.attributes()) {
            if (!topology::attr::isDnValued(a.name))
                continue;
            for (const QString &target : e.strings(a.name)) {
                const Dn t = Dn::parse(target);
                if (inFile.contains(t.key()) || !t.isDescendantOf(services) || planned.contains(t.key()))
                    continue;
                planned.insert(t.key());
                Entry placeholder(t.toString());
                placeholder.setStrings(topology::attr::cn, {t.rdnValue()});
                if (t.rdnValue().compare(QLatin1String("Microsoft MTA"), Qt::CaseInsensitive) == 0) {
                    // A server's MTA, which connectors must name (homeMTA): AD needs it to exist,
                    // with what Exchange setup writes.
                    placeholder.setStrings(topology::attr::objectClass, {QStringLiteral("mTA")});
                    placeholder.setStrings(QStringLiteral("mTALocalDesig"), {t.parent().rdnValue()});
                    placeholder.setStrings(QStringLiteral("transRetryMins"), {QStringLiteral("5")});
                    placeholder.setStrings(QStringLiteral("transTimeoutMins"), {QStringLiteral("20")});
                } else {
                    placeholder.setStrings(topology::attr::objectClass,
                                           {QStringLiteral("msExchExchangeServer")});
                    placeholders.append(placeholder);
                }
                // Right away when its parent is there, so the link needs no later modify.
                if (added.contains(t.parent().key())) {
                    add(placeholder);
                    added.insert(t.key());
                } else {
                    late.append(placeholder);
                }
            }
        }
        add(e);
        added.insert(dn.key());
    }
    for (const Entry &p : std::as_const(late))
        add(p);
    QString refusal;
    std::optional<topology::ChangeSet> adapted = topology::ActiveDirectoryWrites::adapt(
        set, [&](const Dn &dn) { return dn.isDescendantOrSelf(services) || services.isDescendantOf(dn); },
        &refusal);
    if (!adapted) {
        *error = refusal;
        return false;
    }
    for (const Entry &p : std::as_const(placeholders))
        adapted->removeEntry(p, QStringLiteral("delete placeholder ") + p.dn());

    QEventLoop loop;
    topology::ChangeSetResult result;
    bool done = false;
    auto *writer = topology::ChangeSetWriter::write(&connection, *adapted, false);
    QObject::connect(writer, &topology::ChangeSetWriter::finished, &loop,
                     [&](const topology::ChangeSetResult &r) {
                         result = r;
                         done = true;
                         loop.quit();
                     });
    QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!done) {
        *error = QStringLiteral("loading timed out");
        return false;
    }
    if (!result.ok()) {
        *error = result.message;
        return false;
    }
    if (written)
        *written = int(adapted->size());
    return true;
}

} // namespace testsupport
