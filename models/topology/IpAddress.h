#pragma once

// Strict IP literal checks shared by smart hosts and bindings: QHostAddress alone also accepts
// forms such as "10.1" or "0x1.2.3.4" that mail servers do not.

#include <QString>

#include <optional>

namespace topology::IpAddress {

// The canonical text of an IPv4 (dotted quad) or IPv6 address, or nothing if `text` is not one.
std::optional<QString> canonical(const QString &text);

} // namespace topology::IpAddress
