#include "TextDiff.h"

#include <vector>

namespace postfix {

namespace {

QStringList linesOf(const QString &text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

struct Op {
    char kind; // ' ', '-', '+'
    int a;     // line in before (for ' ' and '-')
    int b;     // line in after (for ' ' and '+')
};

} // namespace

QString TextDiff::unified(const QString &before, const QString &after, const QString &beforeName,
                          const QString &afterName, int context) {
    if (before == after)
        return QString();
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    const int n = int(a.size());
    const int m = int(b.size());
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<Op> ops;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ops.push_back({' ', i++, j++});
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            ops.push_back({'+', i, j++});
        } else {
            ops.push_back({'-', i++, j});
        }
    }

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    const int count = int(ops.size());
    int k = 0;
    while (k < count) {
        while (k < count && ops[k].kind == ' ')
            ++k;
        if (k == count)
            break;
        // A hunk: from `context` lines before this change to `context` lines after the last change
        // that is no more than 2 * context unchanged lines from the next.
        const int start = std::max(0, k - context);
        int end = k;
        int quiet = 0;
        for (int p = k; p < count; ++p) {
            if (ops[p].kind == ' ') {
                if (++quiet > 2 * context)
                    break;
            } else {
                quiet = 0;
                end = p;
            }
        }
        const int stop = std::min(count, end + 1 + context);
        int aStart = -1, bStart = -1, aLines = 0, bLines = 0;
        QString body;
        for (int p = start; p < stop; ++p) {
            const Op &op = ops[p];
            if (op.kind != '+') {
                if (aStart < 0)
                    aStart = op.a;
                ++aLines;
            }
            if (op.kind != '-') {
                if (bStart < 0)
                    bStart = op.b;
                ++bLines;
            }
            body += QLatin1Char(op.kind) + (op.kind == '+' ? b[op.b] : a[op.a]) + QLatin1Char('\n');
        }
        // An empty range starts at the line before it, as diff -u writes it.
        const int aFrom = aLines ? aStart + 1 : std::max(0, ops[start].a);
        const int bFrom = bLines ? bStart + 1 : std::max(0, ops[start].b);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(aFrom).arg(aLines).arg(bFrom).arg(bLines) + body;
        k = stop;
    }
    return out;
}

} // namespace postfix
