// Benchmark: read 20,000 entries through Connection and through ldapsearch on the same private
// slapd, and print both times and their ratio (target: Connection / ldapsearch <= 1.3).

#include "Connection.h"
#include "DirectoryFixture.h"
#include "Dn.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace directory;

namespace {

constexpr int EntryCount = 20000;
constexpr int Rounds = 5;

QString writeLdif(const QString &dir, const QString &suffix) {
    const QString path = dir + QStringLiteral("/bench.ldif");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    const Dn base = Dn::parse(suffix);
    f.write(QStringLiteral(
                "dn: %1\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: example\n\n")
                .arg(base.toString())
                .toUtf8());
    const Dn container = base.child(QStringLiteral("cn"), QStringLiteral("Bench"));
    f.write(
        QStringLiteral("dn: %1\nobjectClass: container\ncn: Bench\n\n").arg(container.toString()).toUtf8());
    for (int i = 0; i < EntryCount; ++i) {
        const QString name = QStringLiteral("vs%1").arg(i);
        f.write(QStringLiteral("dn: %1\nobjectClass: protocolCfgSMTPServer\ncn: %2\n"
                               "adminDisplayName: Virtual server %3\nmsExchServerBindings: :25:\n"
                               "msExchServerBindings: 10.%4.%5.1:25:\nmsExchSmtpFullyQualifiedDomainName: "
                               "smtp%3.example.com\nmsExchSmtpMaxRecipients: 64000\n\n")
                    .arg(container.child(QStringLiteral("cn"), name).toString(), name)
                    .arg(i)
                    .arg(i / 256 % 256)
                    .arg(i % 256)
                    .toUtf8());
    }
    return path;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    qputenv("LDAPNOINIT", "1");
    QTemporaryDir scratch;
    LocalDirectory::Options options;
    const QString ldif = writeLdif(scratch.path(), options.databases.first().suffix);
    options.databases.first().ldifFiles = {ldif};
    testsupport::DirectoryFixture dir;
    if (!dir.start(options)) {
        std::fprintf(stderr, "slapd did not start\n");
        return 1;
    }
    const QString base = QStringLiteral("cn=Bench,") + dir->suffix();

    std::vector<double> ours, paged, theirs;
    int ourCount = 0;
    for (int round = 0; round < Rounds; ++round) {
        for (int pageSize : {0, 1000}) {
            Connection c;
            c.setSettings(dir->adminSettings());
            QElapsedTimer t;
            t.start();
            SearchRequest req;
            req.base = base;
            req.scope = SearchRequest::Scope::OneLevel;
            req.pageSize = pageSize;
            DirectoryReply *reply = c.search(req);
            testsupport::waitFor(reply, 120000);
            (pageSize ? paged : ours).push_back(t.nsecsElapsed() / 1e6);
            ourCount = reply->entryCount();
            if (!reply->result().ok()) {
                std::fprintf(stderr, "search failed: %s\n", qPrintable(reply->result().text()));
                return 1;
            }
        }
        QProcess ldapsearch;
        ldapsearch.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        ldapsearch.start(QStringLiteral("ldapsearch"),
                         {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), dir->ldapUri(),
                          QStringLiteral("-D"), dir->rootDn(), QStringLiteral("-w"), dir->rootPassword(),
                          QStringLiteral("-s"), QStringLiteral("one"), QStringLiteral("-b"), base});
        ldapsearch.waitForFinished(120000);
        theirs.push_back(t.nsecsElapsed() / 1e6);
    }
    const double a = median(ours), p = median(paged), b = median(theirs);
    std::printf("bench_search: %d entries, median of %d rounds\n", ourCount, Rounds);
    std::printf("  Connection (one search)        %8.1f ms\n", a);
    std::printf("  Connection (pages of 1000)     %8.1f ms\n", p);
    std::printf("  ldapsearch -LLL > /dev/null    %8.1f ms\n", b);
    std::printf("  ratio Connection / ldapsearch  %8.2f (target <= 1.3)\n", a / b);
    std::printf("  ratio paged / ldapsearch       %8.2f\n", p / b);
    return 0;
}
