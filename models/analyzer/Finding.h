#pragma once

// One thing the analyzer found: which rule, how bad, about which object, and what exactly is wrong
// there. Keyed by rule and object, so each rule says at most one thing per object and a finding
// can be followed as it changes, disappears or comes back.

#include "Dn.h"
#include "Severity.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace analyzer {

struct Finding {
    QString rule; // the rule's stable id: "smtp-vs-smart-host-set"
    Severity severity = Severity::Info;
    QString title;    // the rule's title
    directory::Dn dn; // the object the finding is about
    QString object;   // how the console names that object: "EXEU1 – Default SMTP Virtual Server"
    QString detail;   // what is wrong with this object, in a sentence or two

    QString key() const { return keyFor(rule, dn); }
    static QString keyFor(const QString &rule, const directory::Dn &dn) {
        return rule + QLatin1Char('|') + dn.key();
    }

    friend bool operator==(const Finding &a, const Finding &b) {
        return a.rule == b.rule && a.severity == b.severity && a.title == b.title && a.dn == b.dn &&
               a.dn.toString() == b.dn.toString() && a.object == b.object && a.detail == b.detail;
    }
    friend bool operator!=(const Finding &a, const Finding &b) { return !(a == b); }
};

// The order reports use: by severity (errors first), then rule id, then DN.
bool reportOrder(const Finding &a, const Finding &b);
void sortForReport(QList<Finding> &findings);

// What changed in the findings after an analysis: new ones, ones whose text changed, and the keys
// of the ones that are gone.
struct FindingsDelta {
    QList<Finding> added;
    QList<Finding> changed;
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

} // namespace analyzer

Q_DECLARE_METATYPE(analyzer::Finding)
Q_DECLARE_METATYPE(analyzer::FindingsDelta)
