#pragma once

// One change to the directory that may span several entries (a wizard's objects, a delete with
// its bridgehead clean-up, a rename with its link rewrites), as a value: ordered steps, each with
// a description for messages and the changes that undo it once written. Wizards, console commands
// and the command line build these; ChangeSetWriter writes them.

#include "Entry.h"
#include "Requests.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace topology {

class EntryEdit;

class ChangeSet {
    Q_DECLARE_TR_FUNCTIONS(topology::ChangeSet)
public:
    struct Step {
        directory::ChangeRequest request;
        QString description;                  // "Create SMTP connector “Internet”"
        QList<directory::ChangeRequest> undo; // what puts the entry back as it was, once written
    };

    bool isEmpty() const { return m_steps.isEmpty(); }
    qsizetype size() const { return m_steps.size(); }
    const QList<Step> &steps() const { return m_steps; }
    QList<directory::ChangeRequest> requests() const;
    // The steps of `other` after these.
    void append(const ChangeSet &other) { m_steps += other.m_steps; }

    // A new entry with these attributes (objectClass among them).
    void addEntry(const QString &dn, const QList<directory::Modification> &attributes,
                  const QString &description);
    // Changes to an existing entry, asserting (RFC 4528) the values `before` holds for every
    // attribute touched, so a concurrent change is detected; undone by writing those values back.
    void modify(const directory::Entry &before, const QList<directory::Modification> &modifications,
                const QString &description);
    // A property sheet's edit: asserted on the values the user saw.
    void modify(const EntryEdit &edit, const QString &description);
    // Deletes the entry; undone by adding it back with the attributes `before` holds.
    void removeEntry(const directory::Entry &before, const QString &description);
    // Renames (new RDN, same parent); undone by renaming back.
    void rename(const directory::Entry &before, const QString &newRdn, const QString &description);

    // The DNs this change set creates, in order.
    QStringList createdDns() const;
    // The attributes it writes values of (in new entries and in adds and replaces), once each.
    QStringList attributesWritten() const;
    // The equivalent LDIF change records (RFC 2849), one per step, for the user to see or replay.
    QString toLdif() const;

private:
    QList<Step> m_steps;
};

} // namespace topology
