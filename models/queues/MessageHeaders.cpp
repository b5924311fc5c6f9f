#include "MessageHeaders.h"

#include "QueueId.h"

#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

namespace queues {

namespace {

QList<QByteArray> unfoldedLines(const QByteArray &block) {
    QList<QByteArray> lines;
    for (QByteArray line : block.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the end of the header
        if ((line.startsWith(' ') || line.startsWith('\t')) && !lines.isEmpty())
            lines.last() += ' ' + line.trimmed();
        else
            lines.append(line);
    }
    return lines;
}

QByteArray decodeQ(const QByteArray &text) {
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < text.size()) {
            bool ok = false;
            const int v = text.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

QString decodeCharset(const QByteArray &bytes, QByteArray charset) {
    const qsizetype star = charset.indexOf('*'); // RFC 2231 language suffix
    if (star >= 0)
        charset.truncate(star);
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return MessageHeaders::bytesToText(bytes);
    QString out = decoder.decode(bytes);
    if (decoder.hasError())
        return MessageHeaders::bytesToText(bytes);
    return out;
}

} // namespace

QString MessageHeaders::bytesToText(const QByteArray &bytes) {
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

QString MessageHeaders::decode(const QByteArray &value) {
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?="));
    // Encoded words are ASCII; match on a Latin-1 view so byte offsets stay byte offsets.
    const QString latin = QString::fromLatin1(value);
    QString out;
    qsizetype at = 0;
    bool previousWasEncoded = false;
    QRegularExpressionMatchIterator it = word.globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QByteArray between = value.mid(at, m.capturedStart() - at);
        // White space between two encoded words is not part of the text (RFC 2047 section 6.2).
        if (!(previousWasEncoded && between.trimmed().isEmpty()))
            out += bytesToText(between);
        const QByteArray charset = m.captured(1).toLatin1();
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray raw = m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
                                   ? QByteArray::fromBase64(payload)
                                   : decodeQ(payload);
        out += decodeCharset(raw, charset);
        at = m.capturedEnd();
        previousWasEncoded = true;
    }
    out += bytesToText(value.mid(at));
    return out;
}

QString MessageHeaders::field(const QByteArray &block, const QByteArray &name) {
    for (const QByteArray &line : unfoldedLines(block)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return decode(line.mid(colon + 1).trimmed());
    }
    return QString();
}

MessageHeaders MessageHeaders::fromHeaderBlock(const QByteArray &block) {
    MessageHeaders h;
    const qsizetype end = block.indexOf("\n\n");
    const QByteArray header = end >= 0 ? block.left(end + 1) : block;
    h.text = bytesToText(header);
    h.subject = field(header, "Subject");
    h.from = field(header, "From");
    h.messageId = field(header, "Message-ID");
    return h;
}

QHash<QString, MessageHeaders> PostcatOutput::parse(const QByteArray &output) {
    QHash<QString, MessageHeaders> out;
    enum class Section { None, Envelope, Contents, Other } section = Section::None;
    QString id;
    QByteArray header;
    QString serverAddress;
    int serverPort = 0;
    const auto store = [&] {
        if (id.isEmpty())
            return;
        MessageHeaders h = MessageHeaders::fromHeaderBlock(header);
        h.serverAddress = serverAddress;
        h.serverPort = serverPort;
        out.insert(id, h);
    };
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("*** ") && line.endsWith(" ***")) {
            const QByteArray marker = line.mid(4, line.size() - 8);
            const qsizetype space = marker.lastIndexOf(' ');
            const QString path = QString::fromLatin1(marker.mid(space + 1));
            const QString markerId = path.section(QLatin1Char('/'), -1);
            const QByteArray kind = marker.left(space);
            if (kind == "ENVELOPE RECORDS") {
                store();
                id = QueueId::isValid(markerId) ? markerId : QString();
                header.clear();
                serverAddress.clear();
                serverPort = 0;
                section = Section::Envelope;
            } else if (kind == "MESSAGE CONTENTS") {
                if (id.isEmpty() && QueueId::isValid(markerId))
                    id = markerId;
                section = Section::Contents;
            } else {
                section = Section::Other;
            }
            continue;
        }
        if (section == Section::Envelope) {
            if (line.startsWith("named_attribute: server_address="))
                serverAddress = QString::fromLatin1(line.mid(32)).trimmed();
            else if (line.startsWith("named_attribute: server_port="))
                serverPort = line.mid(29).trimmed().toInt();
        } else if (section == Section::Contents) {
            header += line + '\n';
        }
    }
    store();
    return out;
}

QString PostcatOutput::missingId(const QString &stderrText) {
    static const QRegularExpression missing(QStringLiteral("open queue file ([0-9A-Za-z]+):"));
    const QRegularExpressionMatch m = missing.match(stderrText);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace queues
