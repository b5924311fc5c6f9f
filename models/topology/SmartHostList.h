#pragma once

// The smart hosts of a connector or virtual server (msExchSmtpSmartHost): host names and [IP] literals,
// read, checked and written in the form Exchange 2003 expects. An empty list means "use DNS".

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace topology {

class SmartHostList {
    Q_DECLARE_TR_FUNCTIONS(topology::SmartHostList)

public:
    struct SmartHost {
        QString host;           // a host name, or the IP address itself (no brackets) when isLiteral
        bool isLiteral = false; // written as "[192.0.2.10]": Exchange connects without a DNS lookup

        // The form used in msExchSmtpSmartHost: the name, or the address in square brackets.
        QString toString() const;

        // Host names compare without case; addresses are kept in canonical form.
        friend bool operator==(const SmartHost &a, const SmartHost &b);
        friend bool operator!=(const SmartHost &a, const SmartHost &b) { return !(a == b); }
    };

    SmartHostList() = default;

    // Reads "relay.contoso.com;[192.0.2.10]". Entries may be separated by ";", "," or white space and
    // are trimmed; empty entries are skipped; empty text gives an empty list. Refuses bare IP
    // addresses, brackets that do not hold an IPv4 or IPv6 address, malformed host names and
    // duplicates, naming the offending entry. Host names are kept ahead of literals (see toString()).
    static std::optional<SmartHostList> parse(const QString &text, QString *error = nullptr);
    // Reads a value as the directory holds it. Exchange uses that text as it is, so besides what
    // parse() refuses, spaces and empty entries (";;", a ";" at either end) make it unusable too.
    static std::optional<SmartHostList> parseStored(const QString &text, QString *error = nullptr);

    // msExchSmtpSmartHost value: host names first, then literals, each group in the order given, joined
    // with ";". KB821911: Exchange only balances across the names if they come before the addresses.
    QString toString() const;

    bool isEmpty() const { return m_hosts.isEmpty(); }
    qsizetype size() const { return m_hosts.size(); }
    // In the order toString() writes them.
    const QList<SmartHost> &hosts() const { return m_hosts; }

    // True if a host name (any case), an address or an "[address]" is in the list.
    bool contains(const QString &hostOrAddress) const;

    friend bool operator==(const SmartHostList &a, const SmartHostList &b) { return a.m_hosts == b.m_hosts; }
    friend bool operator!=(const SmartHostList &a, const SmartHostList &b) { return !(a == b); }

private:
    // Checks one entry; on success fills `host`, otherwise returns the translated reason.
    static QString parseEntry(const QString &entry, SmartHost *host);

    QList<SmartHost> m_hosts;
};

} // namespace topology

Q_DECLARE_METATYPE(topology::SmartHostList)
