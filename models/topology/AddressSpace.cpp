#include "AddressSpace.h"
#include "TextChecks.h"

#include <QHash>

namespace topology {

namespace {

const QLatin1String LocalPrefix("Local:");
// Types other than SMTP and X400 store "@" as "(a)" in routingList (the Exchange 2003 form).
const QLatin1String StoredAt("(a)");

bool usesStoredAt(const QString &type) {
    return type != QLatin1String("SMTP") && type != QLatin1String("X400");
}

bool isDomainCharacter(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
           c == QLatin1Char('.') || c == QLatin1Char('*');
}

// The domain an SMTP pattern stands for, without its "*." and in lower case; empty for "*".
QString patternSuffix(const QString &pattern) {
    QString suffix = pattern.toLower();
    if (suffix == QLatin1String("*"))
        return QString();
    if (suffix.startsWith(QLatin1String("*.")))
        suffix.remove(0, 2);
    return suffix;
}

} // namespace

AddressSpace::AddressSpace(const QString &type, const QString &address, int cost, Scope scope)
    : m_type(type)
    , m_address(address)
    , m_cost(cost)
    , m_scope(scope) {}

std::optional<AddressSpace> AddressSpace::parse(const QString &value, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<AddressSpace>();
    };

    QString text = value.trimmed();
    if (text.isEmpty())
        return fail(tr("The address space is empty. Write it as type:address;cost, for example SMTP:*;1."));

    Scope scope = Scope::Organization;
    if (text.startsWith(LocalPrefix, Qt::CaseInsensitive)) {
        scope = Scope::RoutingGroup;
        text = text.mid(LocalPrefix.size()).trimmed();
    }

    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(tr("\"%1\" has no address type. Write it as type:address;cost, for example SMTP:*;1.")
                        .arg(value.trimmed()));
    const QString type = text.left(colon).trimmed().toUpper();
    const QString rest = text.mid(colon + 1);

    QString address = rest;
    QString costText;
    const qsizetype semicolon = rest.lastIndexOf(QLatin1Char(';'));
    if (semicolon >= 0) {
        const QString tail = rest.mid(semicolon + 1).trimmed();
        // An X400 address is a list of "key=value;" pairs: a last part holding "=" is still address.
        const bool tailIsAddress = type == QLatin1String("X400") && tail.contains(QLatin1Char('='));
        if (!tailIsAddress) {
            address = rest.left(semicolon);
            costText = tail;
        }
    }
    address = address.trimmed();
    if (type == QLatin1String("X400") && !address.isEmpty() && !address.endsWith(QLatin1Char(';')))
        address += QLatin1Char(';');
    if (usesStoredAt(type))
        address.replace(StoredAt, QStringLiteral("@"), Qt::CaseInsensitive);

    int cost = 1;
    if (!costText.isEmpty()) {
        bool ok = false;
        cost = isAsciiDigits(costText) ? costText.toInt(&ok) : 0;
        if (!ok)
            cost = 0; // out of int range: reported as out of range below
    }

    return create(type, address, cost, scope, error);
}

std::optional<AddressSpace> AddressSpace::create(const QString &type, const QString &address, int cost,
                                                 Scope scope, QString *error) {
    const QString normalizedType = type.trimmed().toUpper();
    const QString normalizedAddress = address.trimmed();
    for (const QString &problem : {validateType(normalizedType),
                                   validateAddress(normalizedType, normalizedAddress), validateCost(cost)}) {
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
    }
    return AddressSpace(normalizedType, normalizedAddress, cost, scope);
}

QString AddressSpace::validateType(const QString &type) {
    const QString trimmed = type.trimmed();
    if (trimmed.isEmpty())
        return tr("Choose an address type, such as SMTP.");
    for (QChar c : trimmed) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!ok)
            return tr("\"%1\" is not a valid address type. Use letters and digits only, such as SMTP or "
                      "X400.")
                .arg(trimmed);
    }
    return QString();
}

QString AddressSpace::validateAddress(const QString &type, const QString &address) {
    const QString trimmed = address.trimmed();
    if (type.trimmed().compare(QLatin1String("SMTP"), Qt::CaseInsensitive) == 0)
        return validateSmtpPattern(trimmed);
    if (trimmed.isEmpty() || trimmed == QLatin1String(";"))
        return tr("Type an address. Use * to match every address of this type.");
    return QString();
}

QString AddressSpace::validateCost(int cost) {
    if (cost < MinCost || cost > MaxCost)
        return tr("The cost must be a whole number from 1 to 100.");
    return QString();
}

QString AddressSpace::validateSmtpPattern(const QString &pattern) {
    const QString text = pattern.trimmed();
    if (text.isEmpty())
        return tr("Type a domain such as contoso.com, or * for all domains.");
    for (QChar c : text) {
        if (c.isSpace())
            return tr("A domain cannot contain spaces.");
    }
    if (text.contains(QLatin1Char('@')))
        return tr("Type only the domain, without a user name or @ (for example contoso.com).");
    for (QChar c : text) {
        if (!isDomainCharacter(c))
            return tr("The character \"%1\" is not allowed in a domain. Use letters, digits, hyphens and "
                      "dots, "
                      "with * as a wildcard.")
                .arg(c);
    }
    if (text == QLatin1String("*"))
        return QString();
    if (text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.')))
        return tr("A domain cannot start or end with a dot.");
    if (text.contains(QLatin1String("..")))
        return tr("A domain cannot contain two dots in a row.");
    const QString suffix = text.startsWith(QLatin1String("*.")) ? text.mid(2) : text;
    if (suffix.contains(QLatin1Char('*')))
        return tr("Use * on its own or as the first part of a domain, as in *.contoso.com.");
    if (suffix.size() > 253)
        return tr("A domain can have at most 253 characters.");
    const QStringList labels = suffix.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.size() > 63)
            return tr("Each part of a domain between dots can have at most 63 characters.");
    }
    return QString();
}

QStringList AddressSpace::knownTypes() {
    return {QStringLiteral("SMTP"),  QStringLiteral("X400"),   QStringLiteral("X500"), QStringLiteral("MS"),
            QStringLiteral("NOTES"), QStringLiteral("CCMAIL"), QStringLiteral("GWISE")};
}

AddressSpace AddressSpace::withScope(Scope scope) const {
    AddressSpace copy = *this;
    copy.m_scope = scope;
    return copy;
}

QString AddressSpace::toRoutingListValue() const {
    QString address = m_address;
    if (usesStoredAt(m_type))
        address.replace(QLatin1Char('@'), StoredAt);
    // Concatenation rather than arg(): an address may itself contain "%1".
    QString value = m_scope == Scope::RoutingGroup ? QString(LocalPrefix) : QString();
    value += m_type + QLatin1Char(':') + address + QLatin1Char(';') + QString::number(m_cost);
    return value;
}

bool AddressSpace::matchesDomain(const QString &domain) const {
    if (!isSmtp())
        return false;
    QString name = domain.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // an absolute name ("contoso.com.") is the same domain
    if (name.isEmpty())
        return false;
    const QString suffix = patternSuffix(m_address);
    if (suffix.isEmpty())
        return true;
    return name == suffix || name.endsWith(QLatin1Char('.') + suffix);
}

int AddressSpace::specificity() const {
    if (isSmtp()) {
        const QString suffix = patternSuffix(m_address);
        if (suffix.isEmpty())
            return 0;
        const int labels = int(suffix.count(QLatin1Char('.'))) + 1;
        const bool wildcard = m_address.startsWith(QLatin1String("*."));
        return 2 * labels + (wildcard ? 0 : 1);
    }
    return int(m_address.size() - m_address.count(QLatin1Char('*')));
}

bool operator==(const AddressSpace &a, const AddressSpace &b) {
    return a.m_type == b.m_type && a.m_cost == b.m_cost && a.m_scope == b.m_scope &&
           a.m_address.compare(b.m_address, Qt::CaseInsensitive) == 0;
}

size_t qHash(const AddressSpace &space, size_t seed) {
    return qHashMulti(seed, space.type(), space.address().toLower(), space.cost(), int(space.scope()));
}

} // namespace topology
