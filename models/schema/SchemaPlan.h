#pragma once

// What preparing a forest for Bridgehead takes: each definition of our schema file compared with
// the forest's (by name and by OID, with inherited attributes and superiors): to add, to extend
// (a class that lacks an attribute or a place we need), already there, or in conflict. Exchange's
// own schema counts as there. A value the command line shows and the preparer then carries out.

#include "SchemaElement.h"

#include <QCoreApplication>
#include <QList>

namespace schema {

class SchemaPlan {
    Q_DECLARE_TR_FUNCTIONS(schema::SchemaPlan)
public:
    struct Item {
        enum class Action { Add, Extend, Present, Conflict };
        Action action = Action::Add;
        SchemaElement element;
        QString reason;               // Conflict: why
        QStringList addMayContain;    // Extend
        QStringList addPossSuperiors; // Extend
    };

    // `forest` holds the forest's definitions of our names and OIDs, and of the classes they
    // derive from; `exchangeSchemaVersion` is the rangeUpper of ms-Exch-Schema-Version-Pt (-1: none).
    static SchemaPlan compare(const QList<SchemaElement> &ours, const QList<SchemaElement> &forest,
                              int exchangeSchemaVersion);
    // Class names the comparison needs from the forest that `forest` does not hold yet.
    static QStringList missingClasses(const QList<SchemaElement> &ours, const QList<SchemaElement> &forest);

    const QList<Item> &items() const { return m_items; }
    bool hasConflicts() const;
    // Nothing to write: everything is there (or Exchange's schema is).
    bool isComplete() const;
    bool exchangeSchemaPresent() const { return m_exchangeVersion >= 0; }
    int exchangeSchemaVersion() const { return m_exchangeVersion; }
    int count(Item::Action action) const;
    // One line per change (and per conflict), then a summary, for the user.
    QStringList describe() const;
    // The reasons of the conflicts, one per line.
    QStringList conflicts() const;

private:
    QList<Item> m_items;
    int m_exchangeVersion = -1;
};

} // namespace schema
