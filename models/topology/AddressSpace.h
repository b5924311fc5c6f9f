#pragma once

// One connector address space, i.e. one routingList value "[Local:]<type>:<address>;<cost>": reading,
// validating and writing that format happens here and nowhere else.
//
// SMTP matching rule (matchesDomain): a pattern names a domain *and all of its subdomains*, whether or
// not it is written with a leading "*.". So "contoso.com" and "*.contoso.com" both match contoso.com,
// mail.contoso.com and a.b.contoso.com, never "badcontoso.com"; "*" matches every domain. Case is
// ignored. This is how Exchange 2003 routing treats SMTP address spaces.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace topology {

class AddressSpace {
    Q_DECLARE_TR_FUNCTIONS(topology::AddressSpace)

public:
    // "Local:" in front of the value limits the connector to its own routing group.
    enum class Scope { Organization, RoutingGroup };

    static constexpr int MinCost = 1;
    static constexpr int MaxCost = 100;

    // The address space every new SMTP connector starts with: SMTP:*;1 for the whole organization.
    AddressSpace() = default;

    // Reads one routingList value. Tolerant of case ("local:", "smtp"), surrounding spaces and a
    // missing or empty cost (which means 1). X400 addresses keep their final ";" (the stored form is
    // "X400:c=US;p=Org;;1"). For types other than SMTP and X400, "(a)" in the stored address is read
    // back as "@". SMTP addresses must pass validateSmtpPattern().
    static std::optional<AddressSpace> parse(const QString &value, QString *error = nullptr);

    // Builds an address space from the fields of a dialog, with the same checks as parse(). The
    // address is given the way the user sees it (with "@", not "(a)").
    static std::optional<AddressSpace> create(const QString &type, const QString &address, int cost = 1,
                                              Scope scope = Scope::Organization, QString *error = nullptr);

    // Field checks; each returns an empty string when the input is fine, else a translated reason.
    static QString validateType(const QString &type);
    static QString validateAddress(const QString &type, const QString &address);
    static QString validateCost(int cost);
    static QString validateSmtpPattern(const QString &pattern);

    // The address types a dialog offers, SMTP first; other types are accepted as typed.
    static QStringList knownTypes();

    QString type() const { return m_type; }       // upper case: "SMTP", "X400", "NOTES", …
    QString address() const { return m_address; } // as the user sees it: "*.contoso.com", "user@po"
    int cost() const { return m_cost; }
    Scope scope() const { return m_scope; }

    bool isSmtp() const { return m_type == QLatin1String("SMTP"); }
    bool isX400() const { return m_type == QLatin1String("X400"); }

    // The same address space with a different connector scope (ESM sets the scope per connector).
    AddressSpace withScope(Scope scope) const;

    // Canonical routingList value: "SMTP:*;1", "Local:SMTP:contoso.com;10".
    QString toRoutingListValue() const;

    // See the rule at the top of this file. Always false for types other than SMTP.
    bool matchesDomain(const QString &domain) const;

    // Rank for picking the best of several matching address spaces: higher is more specific.
    // SMTP: "*" is 0; otherwise two points per named label, plus one when the pattern has no "*."
    // (so sub.contoso.com > contoso.com > *.contoso.com > *.com > *). Other types: the number of
    // characters other than "*".
    int specificity() const;

    // routingList is a case-insensitive attribute, so addresses and types compare without case.
    friend bool operator==(const AddressSpace &a, const AddressSpace &b);
    friend bool operator!=(const AddressSpace &a, const AddressSpace &b) { return !(a == b); }

private:
    AddressSpace(const QString &type, const QString &address, int cost, Scope scope);

    QString m_type = QStringLiteral("SMTP");
    QString m_address = QStringLiteral("*");
    int m_cost = 1;
    Scope m_scope = Scope::Organization;
};

size_t qHash(const AddressSpace &space, size_t seed = 0);

} // namespace topology

Q_DECLARE_METATYPE(topology::AddressSpace)
