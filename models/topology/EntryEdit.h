#pragma once

// The edits a property sheet makes to one entry: new values for some attributes, compared with
// the values the user loaded. Turned into one modify that asserts (RFC 4528) the loaded values are
// still there, so a concurrent change is detected instead of silently overwritten.

#include "Entry.h"
#include "Requests.h"

#include <QMap>
#include <QStringList>

namespace topology {

class EntryEdit {
public:
    EntryEdit() = default;
    explicit EntryEdit(const directory::Entry &loaded)
        : m_loaded(loaded) {}

    const directory::Entry &loaded() const { return m_loaded; }
    // New values for an attribute; an empty list removes it. Equal to what was loaded: no change.
    void set(const QString &attribute, const QStringList &values);
    void set(const QString &attribute, const QString &value) {
        set(attribute, value.isEmpty() ? QStringList() : QStringList{value});
    }
    // The same for values that are not text (an octet string such as a schedule).
    void setBytes(const QString &attribute, const QList<QByteArray> &values);
    // Whether `attribute` has a pending change, and its new values.
    bool changes(const QString &attribute) const;
    QStringList value(const QString &attribute) const;
    QList<QByteArray> bytes(const QString &attribute) const;

    bool isEmpty() const { return m_values.isEmpty(); }
    QStringList changedAttributes() const;

    // The modify, asserting the loaded values of every changed attribute.
    directory::ChangeRequest toModify() const;
    // The same changes, asserting the values in `current` instead (the user chose to overwrite).
    directory::ChangeRequest toModifyOver(const directory::Entry &current) const;
    // Changed attributes whose values in `current` differ from what was loaded.
    QStringList conflictsWith(const directory::Entry &current) const;

    // An assertion filter that holds while `attributes` have exactly the values in `entry`.
    static QString assertionFor(const directory::Entry &entry, const QStringList &attributes);
    // A modify of `entry` that goes through only while `attributes` still hold the values in it:
    // as an assertion, or (servers without one) as exact-value deletes; the connection chooses.
    static directory::ChangeRequest guardedModify(const directory::Entry &entry,
                                                  const QList<directory::Modification> &modifications,
                                                  const QStringList &attributes);
    // Whether two value lists of `attribute` are the same set (DN values compared as names).
    static bool sameValues(const QString &attribute, const QStringList &a, const QStringList &b);
    static bool sameValues(const QString &attribute, const QList<QByteArray> &a, const QList<QByteArray> &b);

private:
    directory::ChangeRequest build(const directory::Entry &basis) const;

    directory::Entry m_loaded;
    QMap<QString, QList<QByteArray>> m_values; // lower-case name → values (names keep their spelling below)
    QMap<QString, QString> m_names;
};

} // namespace topology
