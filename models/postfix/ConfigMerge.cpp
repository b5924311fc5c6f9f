#include "ConfigMerge.h"

#include <QRegularExpression>
#include <QSet>

namespace postfix {

namespace {

QStringList linesOf(const QString &text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString joined(const QStringList &lines) {
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString appendBlock(const QString &rest, const QString &block) {
    QString out = rest;
    if (!out.isEmpty())
        out += QLatin1Char('\n');
    return out + block;
}

// The host part of an inet service name, "" when it listens on every address.
QString serviceHost(const QString &service) {
    const qsizetype colon = service.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : service.left(colon);
}

} // namespace

QString ConfigMerge::withoutBlock(const QString &text) {
    QStringList lines = linesOf(text);
    QStringList out;
    bool inBlock = false;
    for (const QString &line : lines) {
        if (!inBlock && line.startsWith(PostfixConfig::BeginMarker)) {
            inBlock = true;
            if (!out.isEmpty() && out.last().trimmed().isEmpty())
                out.removeLast();
            continue;
        }
        if (inBlock) {
            if (line.startsWith(PostfixConfig::EndMarker))
                inBlock = false;
            continue;
        }
        out.append(line);
    }
    return joined(out);
}

int ConfigMerge::servicePort(const QString &service) {
    static const QHash<QString, int> known{{QStringLiteral("smtp"), 25},
                                           {QStringLiteral("submission"), 587},
                                           {QStringLiteral("smtps"), 465},
                                           {QStringLiteral("submissions"), 465}};
    QString port = service.section(QLatin1Char(':'), -1);
    bool ok = false;
    const int number = port.toInt(&ok);
    if (ok)
        return number;
    return known.value(port, 0);
}

QString ConfigMerge::mainCf(const QString &current, const PostfixConfig &config) {
    QSet<QString> ours{QStringLiteral("transport_maps")};
    if (!config.relayHost.isEmpty())
        ours.insert(QStringLiteral("relayhost"));
    static const QRegularExpression assignment(QStringLiteral("^([A-Za-z0-9_]+)\\s*="));
    QStringList out;
    bool continuation = false; // the lines after an assignment that start with white space belong to it
    for (const QString &line : linesOf(withoutBlock(current))) {
        const QRegularExpressionMatch m = assignment.match(line);
        if (m.hasMatch()) {
            continuation = ours.contains(m.captured(1));
            if (continuation) {
                out.append(QStringLiteral("# ") +
                           tr("Bridgehead: set in the block below instead: %1").arg(line));
                continue;
            }
        } else if (continuation && !line.isEmpty() && line.front().isSpace()) {
            out.append(QStringLiteral("#") + line);
            continue;
        } else {
            continuation = false;
        }
        out.append(line);
    }
    return appendBlock(joined(out), config.mainCf());
}

QString ConfigMerge::masterCf(const QString &current, const PostfixConfig &config) {
    QSet<QString> transportNames;
    for (const Transport &t : config.transports)
        transportNames.insert(t.name);
    QStringList out;
    bool disabling = false;
    for (const QString &line : linesOf(withoutBlock(current))) {
        if (line.isEmpty() || line.front().isSpace() || line.startsWith(QLatin1Char('#'))) {
            // The -o lines and other continuations of a service go with it.
            out.append(disabling && !line.isEmpty() && line.front().isSpace() ? QStringLiteral("#") + line
                                                                              : line);
            continue;
        }
        disabling = false;
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (fields.size() < 2) {
            out.append(line);
            continue;
        }
        const QString service = fields.at(0);
        const QString type = fields.at(1);
        QString reason;
        if (type == QLatin1String("inet")) {
            const int port = servicePort(service);
            for (const Listener &l : config.listeners) {
                const QString ourHost = serviceHost(l.service);
                const QString theirHost = serviceHost(service);
                if (port == l.port && (ourHost.isEmpty() || theirHost.isEmpty() || ourHost == theirHost)) {
                    reason = tr("%1 listens on port %2 now")
                                 .arg(l.comment.section(QStringLiteral(" ("), 0, 0))
                                 .arg(port);
                    break;
                }
            }
        } else if (transportNames.contains(service)) {
            reason = tr("the block below defines %1").arg(service);
        }
        if (reason.isEmpty()) {
            out.append(line);
            continue;
        }
        out.append(QStringLiteral("# ") + tr("Bridgehead: disabled, %1:").arg(reason));
        out.append(QStringLiteral("#") + line);
        disabling = true;
    }
    return appendBlock(joined(out), config.masterCf());
}

} // namespace postfix
