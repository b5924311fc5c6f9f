#pragma once

// Which computers an SMTP virtual server lets connect (Access › Connection control,
// msExchIPSecurity) or relay (Access › Relay restrictions, msExchSmtpRelayIpList): only the
// computers on the list, or all except them; each entry a single IPv4 address or a group (network
// address and subnet mask). Reading, checking and writing happen here and nowhere else.
//
// Exchange keeps these lists as the IIS metabase's binary IPSECLIST, whose layout is not
// published. Bridgehead writes them as text in the same attributes: "ONLY" or "EXCEPT", then the
// entries, separated by ";" ("ONLY;192.0.2.10;10.0.0.0/255.0.0.0"). A value in any other form
// (Exchange's own binary list) does not parse, so the sheet shows it as unreadable and keeps it.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace topology {

class IpAccessList {
    Q_DECLARE_TR_FUNCTIONS(topology::IpAccessList)
public:
    enum class Mode { OnlyListed, AllExceptListed };

    struct Entry {
        QString address; // an IPv4 address; for a group, the network address
        QString mask;    // empty: a single computer

        bool isGroup() const { return !mask.isEmpty(); }
        QString toString() const; // "192.0.2.10" or "10.0.0.0/255.0.0.0"
        friend bool operator==(const Entry &a, const Entry &b) {
            return a.address == b.address && a.mask == b.mask;
        }
    };

    explicit IpAccessList(Mode mode = Mode::AllExceptListed)
        : m_mode(mode) {}

    static std::optional<IpAccessList> parse(const QByteArray &value, QString *error = nullptr);
    // One entry from the fields of the Add dialog: a single address (empty mask) or a group, whose
    // address must be the network address of its mask.
    static std::optional<Entry> parseEntry(const QString &address, const QString &mask,
                                           QString *error = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    const QList<Entry> &entries() const { return m_entries; }
    // Adds the entry; returns why not ("" when added): it is on the list already.
    QString add(const Entry &entry);
    void removeAt(qsizetype index) { m_entries.removeAt(index); }
    // Whether a computer at `address` (dotted quad) may connect or relay under this list.
    bool allows(const QString &address) const;

    QByteArray toValue() const;

    friend bool operator==(const IpAccessList &a, const IpAccessList &b) {
        return a.m_mode == b.m_mode && a.m_entries == b.m_entries;
    }
    friend bool operator!=(const IpAccessList &a, const IpAccessList &b) { return !(a == b); }

private:
    Mode m_mode;
    QList<Entry> m_entries;
};

} // namespace topology
