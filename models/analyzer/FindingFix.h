#pragma once

// What the console offers to fix a finding: a new SMTP connector sending from the gateway (for a
// gateway without one), or the property sheet of the object opened at the field to correct.

#include "Finding.h"

#include <QCoreApplication>

namespace topology {
class Topology;
}

namespace analyzer {

struct Rule;

struct FindingFix {
    Q_DECLARE_TR_FUNCTIONS(analyzer::FindingFix)
public:
    enum class Kind { None, NewSmtpConnector, EditProperty };

    Kind kind = Kind::None;
    // NewSmtpConnector: where, and which virtual servers send through it (address space SMTP:*).
    directory::Dn routingGroup;
    QList<directory::Dn> bridgeheads;
    // EditProperty: the object and the attribute whose field to open.
    directory::Dn object;
    QString attribute;

    bool isNull() const { return kind == Kind::None; }
    // The button's text: "Create SMTP Connector…", "Open Properties…".
    QString label() const;
    QString description() const;

    static FindingFix forFinding(const Finding &finding, const Rule *rule,
                                 const topology::Topology &topology);
};

} // namespace analyzer
