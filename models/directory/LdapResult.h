#pragma once

// The outcome of a directory operation: the LDAP result code, a message written for the
// administrator (what happened, what to do), the server's own diagnostic and the matched DN.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace directory {

class LdapResult {
    Q_DECLARE_TR_FUNCTIONS(LdapResult)
public:
    enum Code {
        Success = 0,
        SizeLimitExceeded = 4,
        StrongAuthRequired = 8,
        NoSuchAttribute = 16,
        UndefinedType = 17,
        ConstraintViolation = 19,
        AttributeOrValueExists = 20,
        InvalidSyntax = 21,
        NoSuchObject = 32,
        InvalidDnSyntax = 34,
        InappropriateAuth = 48,
        InvalidCredentials = 49,
        InsufficientAccess = 50,
        Busy = 51,
        Unavailable = 52,
        UnwillingToPerform = 53,
        NamingViolation = 64,
        ObjectClassViolation = 65,
        NotAllowedOnNonLeaf = 66,
        NotAllowedOnRdn = 67,
        AlreadyExists = 68,
        Other = 80,
        Canceled = 118,
        AssertionFailed = 122,
        ServerDown = -1,
        LocalError = -2,
        Timeout = -5,
        ParamError = -9,
        ConnectError = -11,
        NotConnected = -12,
        // Our own, outside the LDAP range: the operation was never sent.
        Aborted = -1000,
        ClientError = -1001,
    };

    LdapResult() = default;
    static LdapResult success() { return LdapResult(); }
    static LdapResult fromCode(int code, const QString &diagnostic = QString(),
                               const QString &matchedDn = QString());
    static LdapResult clientError(const QString &message);
    static LdapResult aborted();

    bool ok() const { return m_code == Success; }
    int code() const { return m_code; }
    QString message() const { return m_message; }
    QString diagnostic() const { return m_diagnostic; }
    QString matchedDn() const { return m_matchedDn; }
    // Message plus diagnostic, for a dialog or a command line.
    QString text() const;

    // The connection is gone (server down, refused, timed out): retry after reconnecting.
    bool isConnectionError() const;
    // Someone changed the entry since it was loaded: the assertion failed or, where the server has
    // no assertion control, the values the write expected were no longer there.
    bool isConflict() const { return m_code == AssertionFailed || m_conflict; }
    void markConflict();

    // Replaces the generic message with a more specific one (e.g. naming the entry).
    void setMessage(const QString &message) { m_message = message; }
    // Of several changes sent together, the one (0-based) this result is about; -1 if none.
    int failedIndex() const { return m_failedIndex; }
    void setFailedIndex(int index) { m_failedIndex = index; }

private:
    int m_code = Success;
    QString m_message;
    QString m_diagnostic;
    QString m_matchedDn;
    int m_failedIndex = -1;
    bool m_conflict = false;
};

} // namespace directory

Q_DECLARE_METATYPE(directory::LdapResult)
