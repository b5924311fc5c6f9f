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
    QList<Entry> placeholders;
    for (const Entry &e : entries) {
        const Dn dn = Dn::parse(e.dn());
        if (!dn.isDescendantOf(services))
            continue;
        QList<Modification> attributes;
        for (const directory::Attribute &a : e.attributes())
            attributes.append(Modification{Modification::Op::Add, a.name, a.values});
        set.addEntry(e.dn(), attributes, QStringLiteral("add ") + e.dn());
        // Links to servers the file does not hold: a server that was removed.
        for (const directory::Attribute &a : e.attributes()) {
            if (!topology::attr::isDnValued(a.name))
                continue;
            for (const QString &target : e.strings(a.name)) {
                const Dn t = Dn::parse(target);
                if (inFile.contains(t.key()) || !t.isDescendantOf(services) ||
                    std::any_of(placeholders.cbegin(), placeholders.cend(),
                                [&](const Entry &p) { return Dn::parse(p.dn()) == t; }))
                    continue;
                Entry placeholder(t.toString());
                placeholder.setStrings(topology::attr::objectClass, {QStringLiteral("msExchExchangeServer")});
                placeholder.setStrings(topology::attr::cn, {t.rdnValue()});
                placeholders.append(placeholder);
            }
        }
    }
    for (const Entry &p : std::as_const(placeholders)) {
        QList<Modification> attributes;
        for (const directory::Attribute &a : p.attributes())
            attributes.append(Modification{Modification::Op::Add, a.name, a.values});
        set.addEntry(p.dn(), attributes, QStringLiteral("add placeholder ") + p.dn());
    }
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
