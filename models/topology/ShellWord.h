#pragma once

// One word for a POSIX shell (sh -c, or the remote shell ssh runs): left as it is when it holds only
// characters no shell treats specially, else in single quotes. Command lines shown to the user and
// commands sent through ssh or sudo use it, so nothing read from the directory or a queue is run.

#include <QRegularExpression>
#include <QString>

namespace shell {

inline QString quote(const QString &word) {
    // Anchored as a whole: "$" alone would let a word ending in a line break through unquoted.
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_@%+=:,./-]+")));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace shell
