#pragma once

// Prepares an Active Directory forest for Bridgehead, as Exchange's forest preparation does for
// the subset Bridgehead uses: reads the forest's schema, compares it with resources/schema/
// bridgehead-ad.ldif (planned() tells the outcome), and unless asked only to look, adds the
// attributes, refreshes the schema cache, adds the classes and extends existing ones. Running it
// again adds nothing. Schema objects cannot be removed from AD, so a failure stops where it is and
// says what was added; a second run completes the rest.

#include "Requests.h"
#include "SchemaElement.h"
#include "SchemaPlan.h"

#include <QObject>
#include <QPointer>

namespace directory {
class Connection;
} // namespace directory

namespace schema {

class SchemaPreparer : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Prepared,    // everything was added
        NothingToDo, // everything was there already (or only planning was asked for)
        Refused,     // a conflict, or not Active Directory: nothing was written
        Failed,      // could not read, or a write failed (what was added is in message())
    };
    Q_ENUM(Outcome)

    explicit SchemaPreparer(directory::Connection *connection, QObject *parent = nullptr);

    // Our definitions, from the schema file in the resources; empty with the reason on error.
    static QList<SchemaElement> bridgeheadSchema(QString *error = nullptr);

    // Reads and compares; writes too unless `planOnly`.
    void start(bool planOnly);
    const SchemaPlan &plan() const { return m_plan; }
    QString message() const { return m_message; }
    QStringList written() const { return m_written; }

Q_SIGNALS:
    void planned(const schema::SchemaPlan &plan);
    void progress(const QString &step);
    void finished(schema::SchemaPreparer::Outcome outcome);

private:
    struct Write {
        directory::ChangeRequest request;
        QString description;
        bool refreshAfter = false;
    };
    void readForest(const QStringList &names, const QStringList &oids);
    void compare();
    QList<Write> writes() const;
    void writeNext();
    void finish(Outcome outcome, const QString &message);

    QPointer<directory::Connection> m_connection;
    QList<SchemaElement> m_ours;
    QList<SchemaElement> m_forest;
    QString m_schemaNc;
    int m_exchangeVersion = -1;
    int m_lookups = 0;
    bool m_planOnly = false;
    SchemaPlan m_plan;
    QList<Write> m_pending;
    QStringList m_written;
    QString m_message;
};

} // namespace schema

Q_DECLARE_METATYPE(schema::SchemaPlan)
