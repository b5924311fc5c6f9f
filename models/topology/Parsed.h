#pragma once

// A directory value as read and as understood: the raw text, the value type it parses into, or
// the reason it does not. Objects keep values that do not parse, so nobody reads them as empty
// (a smart host "10.0.0.1" is an invalid smart host, not DNS routing).

#include <QString>

#include <optional>

namespace topology {

template <class T> struct Parsed {
    QString raw;
    std::optional<T> value;
    QString error; // translated reason, when value is empty

    bool isValid() const { return value.has_value(); }
};

// Parses `raw` with `parse(text, &error)`, by default T::parse.
template <class T>
Parsed<T> parseValue(const QString &raw, std::optional<T> (*parse)(const QString &, QString *) = &T::parse) {
    Parsed<T> p;
    p.raw = raw;
    p.value = parse(raw, &p.error);
    if (p.value)
        p.error.clear();
    return p;
}

} // namespace topology
