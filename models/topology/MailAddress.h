#pragma once

// Checks for the domain names and mail addresses typed in property sheets (masquerade domain,
// ETRN domains, where non-delivery report copies go): the same host name rules as smart hosts,
// with the reason in words a user reads.

#include <QCoreApplication>
#include <QString>

namespace topology {

class MailAddress {
    Q_DECLARE_TR_FUNCTIONS(topology::MailAddress)
public:
    // A DNS domain name such as example.com ("" when it is one).
    static QString checkDomain(const QString &domain);
    // An SMTP address such as postmaster@example.com ("" when it is one).
    static QString checkAddress(const QString &address);
};

} // namespace topology
