#include "TestMessage.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace smtp {

namespace {

bool isAscii(const QString &s) {
    for (const QChar c : s)
        if (c.unicode() > 0x7f)
            return false;
    return true;
}

// RFC 2047 for a header value that is not ASCII.
QString encodedWord(const QString &text) {
    if (isAscii(text))
        return text;
    return QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(text.toUtf8().toBase64()));
}

} // namespace

QString TestMessage::newToken() {
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString token = QStringLiteral("BH-");
    for (int i = 0; i < 12; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
    return token;
}

QString TestMessage::defaultSubject(const QString &token, const QDateTime &now) {
    return tr("Bridgehead test message %1 [%2]")
        .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), token);
}

TestMessage TestMessage::create(const QString &from, const QStringList &to, const QDateTime &now) {
    TestMessage m;
    m.from = from;
    m.to = to;
    m.token = newToken();
    m.date = now;
    m.subject = defaultSubject(m.token, now);
    return m;
}

QString TestMessage::validateAddress(const QString &address) {
    const QString a = address.trimmed();
    if (a.isEmpty())
        return tr("Enter an e-mail address, such as postmaster@example.com.");
    static const QRegularExpression bad(QStringLiteral("[\\s<>()\\[\\],;:\\\\\"]"));
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == a.size() - 1)
        return tr("\"%1\" is not an e-mail address: it needs a name, \"@\" and a domain.").arg(a);
    if (bad.match(a).hasMatch() || a.contains(QChar(0)))
        return tr("\"%1\" contains characters an address cannot have here (spaces, brackets, quotes).")
            .arg(a);
    if (a.mid(at + 1).startsWith(QLatin1Char('.')) || a.mid(at + 1).endsWith(QLatin1Char('.')) ||
        a.mid(at + 1).contains(QLatin1String("..")))
        return tr("\"%1\" has no valid domain after the \"@\".").arg(a);
    return QString();
}

bool TestMessage::needsSmtpUtf8() const {
    if (!isAscii(from))
        return true;
    for (const QString &t : to)
        if (!isAscii(t))
            return true;
    return false;
}

QStringList TestMessage::lines(const QString &heloName) const {
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    QStringList out{
        QStringLiteral("From: ") + from,
        QStringLiteral("To: ") + to.join(QStringLiteral(", ")),
        QStringLiteral("Subject: ") + encodedWord(subject),
        QStringLiteral("Date: ") + when.toString(Qt::RFC2822Date),
        QStringLiteral("Message-ID: <%1@%2>")
            .arg(token, heloName.isEmpty() ? QStringLiteral("bridgehead") : heloName),
        QStringLiteral("X-Bridgehead-Token: ") + token,
        QStringLiteral("MIME-Version: 1.0"),
        QStringLiteral("Content-Type: text/plain; charset=utf-8"),
        QStringLiteral("Content-Transfer-Encoding: 8bit"),
        QString(),
        tr("This is a test message sent by Bridgehead to check mail flow."),
        tr("Its token is %1: Find Messages finds it by that.").arg(token),
    };
    return out;
}

QByteArray TestMessage::toData(const QString &heloName) const {
    QByteArray out;
    for (const QString &line : lines(heloName)) {
        QByteArray l = line.toUtf8();
        if (l.startsWith('.'))
            l.prepend('.'); // RFC 5321 4.5.2
        out += l + "\r\n";
    }
    out += ".\r\n";
    return out;
}

} // namespace smtp
