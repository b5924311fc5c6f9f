#pragma once

// One definition in an Active Directory schema: an attributeSchema or classSchema entry, with the
// fields Bridgehead compares between its own file and a forest. Parsed from the entry once.

#include "Entry.h"

#include <QStringList>

namespace schema {

struct SchemaElement {
    enum class Kind { Attribute, Class };
    Kind kind = Kind::Attribute;
    QString name; // lDAPDisplayName
    QString oid;  // attributeID or governsID
    directory::Entry entry;
    // Attributes
    QString syntax; // attributeSyntax
    int omSyntax = 0;
    bool singleValued = false;
    int linkId = -1; // -1: not linked
    // Classes (system* values merged in)
    QString subClassOf;
    QStringList mustContain, mayContain, possSuperiors, auxiliaryClasses;

    bool isBackLink() const { return linkId >= 0 && linkId % 2 == 1; }
    // The element an attributeSchema/classSchema entry defines; nullopt for other entries.
    static std::optional<SchemaElement> fromEntry(const directory::Entry &entry);
};

} // namespace schema
