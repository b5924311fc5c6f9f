#pragma once

// Puts a server's generated configuration into its existing main.cf and master.cf: the block an
// earlier apply wrote (between the BEGIN/END markers) is replaced, the new block goes at the end
// so its settings win, and what outside the block would fight it is commented out, saying why:
// main.cf assignments of the same parameters, master.cf services on a port a listener takes or
// with a transport's name. Everything else stays exactly as it was.

#include "PostfixConfig.h"

namespace postfix {

class ConfigMerge {
    Q_DECLARE_TR_FUNCTIONS(postfix::ConfigMerge)
public:
    static QString mainCf(const QString &current, const PostfixConfig &config);
    static QString masterCf(const QString &current, const PostfixConfig &config);

    // The text without the block between the markers (and without the blank line before it).
    static QString withoutBlock(const QString &text);
    // The port of a master.cf inet service name: "smtp" 25, "127.0.0.1:2525" 2525; 0 if unknown.
    static int servicePort(const QString &service);
};

} // namespace postfix
