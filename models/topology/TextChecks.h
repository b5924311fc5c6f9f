#pragma once

// Small character-level checks shared by the value types' parsers.

#include <QString>

namespace topology {

// Non-empty and only the digits 0–9 (no sign, no spaces, no other scripts' digits).
inline bool isAsciiDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace topology
