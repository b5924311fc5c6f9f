#pragma once

// One analyzer rule: its stable id, severity and title, the objects it speaks about, what it reads
// (so that a change re-checks only the rules and objects it can affect), and the check itself.
// Rules are values in a table (RuleSet); the Analyzer runs them.

#include "AnalysisContext.h"
#include "DirectoryObject.h"
#include "Severity.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace analyzer {

// Something a rule reads. When an object of `kind` is added or removed, or changes one of
// `attributes` (any attribute when the list is empty), `subjects` names the objects whose findings
// must be checked again. It is called with the object as it was and with the object as it is now.
struct Dependency {
    using Subjects = std::function<void(const AnalysisContext &, const topology::DirectoryObject &,
                                        QList<directory::Dn> &)>;
    topology::ObjectKind kind = topology::ObjectKind::Other;
    QStringList attributes;
    Subjects subjects;

    // The object itself is the subject.
    static Dependency self(topology::ObjectKind kind, const QStringList &attributes);
    bool matches(const topology::TopologyChange &change) const;
};

struct Rule {
    using Check =
        std::function<std::optional<QString>(const AnalysisContext &, const topology::DirectoryObject &)>;

    QString id{}; // stable: help pages, the command line and saved filters use it
    Severity severity = Severity::Info;
    QString title{};
    // Why it matters, in one sentence (tooltips, the HTML report).
    QString summary{};
    // The kinds of object findings are about.
    QList<topology::ObjectKind> subjectKinds{};
    // The attribute of the subject to change to fix it, where there is one field for that.
    QString attribute{};
    QList<Dependency> dependencies{};
    bool readsGateways = false;       // re-checked when the gateway designation changes
    bool readsInternetRoutes = false; // re-checked, for every subject, when the Internet routes change
    // The detail of the finding when the rule fires for `subject`, nothing when all is well.
    Check check{};

    bool appliesTo(topology::ObjectKind kind) const { return subjectKinds.contains(kind); }
};

} // namespace analyzer
