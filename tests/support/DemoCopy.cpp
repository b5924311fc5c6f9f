#include "DemoCopy.h"

#include "DemoOrganization.h"

#include <QFile>
#include <QRegularExpression>

namespace testsupport {

QString DemoCopy::base(const QString &tag) {
    return QStringLiteral("DC=%1,DC=example,DC=com").arg(tag);
}

QString DemoCopy::org(const QString &tag) {
    QString o = demo::Org;
    return o.replace(QStringLiteral("DC=example,DC=com"), base(tag));
}

QString DemoCopy::ldif(const QString &tag) {
    QFile file(QStringLiteral(":/demo/demo-org.ldif"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QString text = QString::fromUtf8(file.readAll());
    // Entries are separated by blank lines; the first one is the suffix itself.
    QStringList entries = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    QString out =
        QStringLiteral("dn: %1\nobjectClass: top\nobjectClass: dcObject\nobjectClass: organization\n"
                       "dc: %2\no: %2\n\n")
            .arg(base(tag), tag);
    const QRegularExpression suffix(QStringLiteral("DC=example,DC=com"),
                                    QRegularExpression::CaseInsensitiveOption);
    for (QString entry : entries) {
        QStringList lines;
        for (const QString &line : entry.split(QLatin1Char('\n')))
            if (!line.startsWith(QLatin1Char('#')))
                lines << line;
        entry = lines.join(QLatin1Char('\n')).trimmed();
        if (!entry.startsWith(QLatin1String("dn:")) ||
            entry.section(QLatin1Char('\n'), 0, 0)
                    .compare(QLatin1String("dn: dc=example,dc=com"), Qt::CaseInsensitive) == 0)
            continue;
        out += entry.replace(suffix, base(tag)) + QStringLiteral("\n\n");
    }
    return out;
}

bool DemoCopy::add(DirectoryFixture &directory, const QString &tag, const QString &changes) {
    QString output;
    if (directory.runTool(QStringLiteral("ldapadd"), {}, ldif(tag).toUtf8(), &output) != 0) {
        qWarning("ldapadd of the demo copy %s failed: %s", qPrintable(tag), qPrintable(output));
        return false;
    }
    if (changes.isEmpty())
        return true;
    QString records = changes;
    return directory.ldapmodify(records.replace(QStringLiteral("{O}"), org(tag)));
}

} // namespace testsupport
