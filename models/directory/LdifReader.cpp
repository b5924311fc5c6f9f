#include "LdifReader.h"

#include <QCoreApplication>
#include <QFile>

namespace directory {

QList<Entry> LdifReader::parse(const QByteArray &text, QString *error) {
    // Unfold first: a line starting with one space continues the previous one.
    QList<QByteArray> lines;
    QList<int> lineNumbers;
    int number = 0;
    for (QByteArray line : text.split('\n')) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') && !lines.isEmpty() && !lines.last().isEmpty()) {
            if (!lines.last().startsWith('#'))
                lines.last() += line.mid(1);
            continue;
        }
        lines.append(line);
        lineNumbers.append(number);
    }
    QList<Entry> entries;
    Entry current;
    bool inEntry = false;
    const auto fail = [&](int line, const QString &why) {
        if (error)
            *error = tr("Line %1: %2").arg(line).arg(why);
        return QList<Entry>();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty()) {
            if (inEntry)
                entries.append(current);
            current = Entry();
            inEntry = false;
            continue;
        }
        if (line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(lineNumbers[i], tr("expected “attribute: value”."));
        const QString name = QString::fromLatin1(line.left(colon)).trimmed();
        QByteArray value;
        if (line.mid(colon + 1).startsWith(':')) {
            const auto decoded = QByteArray::fromBase64Encoding(line.mid(colon + 2).trimmed(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return fail(lineNumbers[i], tr("the base64 value of %1 cannot be decoded.").arg(name));
            value = *decoded;
        } else if (line.mid(colon + 1).startsWith('<')) {
            return fail(lineNumbers[i], tr("values read from URLs are not supported."));
        } else {
            value = line.mid(colon + 1);
            while (value.startsWith(' '))
                value.remove(0, 1);
        }
        if (!inEntry) {
            if (name.compare(QLatin1String("version"), Qt::CaseInsensitive) == 0)
                continue;
            if (name.compare(QLatin1String("dn"), Qt::CaseInsensitive) != 0)
                return fail(lineNumbers[i], tr("an entry must start with its dn."));
            current.setDn(QString::fromUtf8(value));
            inEntry = true;
            continue;
        }
        if (name.compare(QLatin1String("changetype"), Qt::CaseInsensitive) == 0)
            return fail(lineNumbers[i], tr("change records are not supported here, only entries."));
        current.append(name, value);
    }
    if (inEntry)
        entries.append(current);
    return entries;
}

QList<Entry> LdifReader::readFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return parse(file.readAll(), error);
}

} // namespace directory
