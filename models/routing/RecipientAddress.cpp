#include "RecipientAddress.h"

namespace routing {

namespace {

bool isLabelCharacter(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

} // namespace

std::optional<RecipientAddress> RecipientAddress::parse(const QString &text, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<RecipientAddress>();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Enter a recipient address, for example user@contoso.com."));
    QString domain = trimmed;
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        if (at == 0)
            return fail(tr("\"%1\" has nothing before the @.").arg(trimmed));
        domain = trimmed.mid(at + 1);
        if (domain.isEmpty())
            return fail(tr("\"%1\" has no domain after the @.").arg(trimmed));
    }
    domain = domain.toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    if (domain.size() > 253)
        return fail(tr("The domain \"%1\" is longer than 253 characters.").arg(domain));
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return fail(
                tr("The domain \"%1\" has an empty part: it starts or ends with a dot, or has two dots "
                   "in a row.")
                    .arg(domain));
        if (label.size() > 63)
            return fail(tr("The domain \"%1\" has a part longer than 63 characters.").arg(domain));
        for (QChar c : label)
            if (!isLabelCharacter(c))
                return fail(tr("The domain \"%1\" contains \"%2\", which is not allowed in a domain name.")
                                .arg(domain, QString(c)));
    }
    RecipientAddress recipient;
    recipient.m_address = trimmed;
    recipient.m_domain = domain;
    return recipient;
}

} // namespace routing
