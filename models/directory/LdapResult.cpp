#include "LdapResult.h"

#include <ldap.h>

namespace directory {

namespace {
QString conflictMessage() {
    return LdapResult::tr(
        "Someone else changed this entry since it was loaded. Reload it to see the change.");
}
} // namespace

LdapResult LdapResult::fromCode(int code, const QString &diagnostic, const QString &matchedDn) {
    LdapResult r;
    r.m_code = code;
    r.m_diagnostic = diagnostic.trimmed();
    r.m_matchedDn = matchedDn;
    switch (code) {
    case Success:
        break;
    case InvalidCredentials:
        r.m_message =
            tr("Invalid credentials: the bind DN or the password is wrong. Check both and try again.");
        break;
    case InappropriateAuth:
        r.m_message = tr("The server does not accept this kind of authentication for this account.");
        break;
    case InsufficientAccess:
        r.m_message =
            tr("Insufficient access: your account may not make this change. Bind as an administrator.");
        break;
    case NoSuchObject:
        r.m_message = matchedDn.isEmpty()
                          ? tr("The entry does not exist (it may have been deleted meanwhile).")
                          : tr("The entry does not exist; the closest existing entry is %1.").arg(matchedDn);
        break;
    case AlreadyExists:
        r.m_message = tr("An entry with this name already exists. Choose another name.");
        break;
    case AssertionFailed:
        r.m_message = conflictMessage();
        break;
    case StrongAuthRequired:
        r.m_message = tr("The server requires an encrypted connection for this: use StartTLS or an ldaps:// "
                         "address.");
        break;
    case NotAllowedOnNonLeaf:
        r.m_message = tr("The entry still has children. Delete or move them first.");
        break;
    case ObjectClassViolation:
        r.m_message =
            tr("The change breaks the directory schema (a required attribute is missing or not allowed).");
        break;
    case UndefinedType:
        r.m_message = tr("The server does not know one of the attributes. Is the Bridgehead schema loaded?");
        break;
    case InvalidSyntax:
    case InvalidDnSyntax:
        r.m_message = tr("A value has the wrong format for the directory.");
        break;
    case ConstraintViolation:
        r.m_message = tr("A value breaks a directory constraint (for example a single-valued attribute).");
        break;
    case AttributeOrValueExists:
        r.m_message = tr("The value is already present.");
        break;
    case NoSuchAttribute:
        r.m_message = tr("The value to remove is not there any more; the entry was changed meanwhile.");
        break;
    case SizeLimitExceeded:
        r.m_message = tr("The server returned only part of the result (size limit).");
        break;
    case Busy:
    case Unavailable:
        r.m_message = tr("The directory server is busy or unavailable. Try again shortly.");
        break;
    case UnwillingToPerform:
        r.m_message = tr("The directory server refused the operation.");
        break;
    case NamingViolation:
    case NotAllowedOnRdn:
        r.m_message = tr("The name is not allowed here.");
        break;
    case ServerDown:
    case ConnectError:
        r.m_message =
            tr("Cannot reach the directory server. Check the address and that the server is running.");
        break;
    case Timeout:
        r.m_message = tr("The directory server did not answer in time.");
        break;
    case NotConnected:
        r.m_message = tr("Not connected to a directory server.");
        break;
    case Canceled:
    case Aborted:
        r.m_message = tr("The operation was cancelled.");
        break;
    default: {
        const char *text = ldap_err2string(code);
        r.m_message = tr("The directory server reported an error: %1 (%2).")
                          .arg(QString::fromUtf8(text ? text : "unknown"))
                          .arg(code);
        break;
    }
    }
    return r;
}

void LdapResult::markConflict() {
    m_conflict = true;
    m_message = conflictMessage();
}

LdapResult LdapResult::clientError(const QString &message) {
    LdapResult r;
    r.m_code = ClientError;
    r.m_message = message;
    return r;
}

LdapResult LdapResult::aborted() {
    return fromCode(Aborted);
}

QString LdapResult::text() const {
    if (ok())
        return tr("Success.");
    if (m_diagnostic.isEmpty() || m_message.contains(m_diagnostic))
        return m_message;
    return tr("%1\nServer said: %2").arg(m_message, m_diagnostic);
}

bool LdapResult::isConnectionError() const {
    return m_code == ServerDown || m_code == ConnectError || m_code == Timeout || m_code == NotConnected ||
           m_code == Unavailable;
}

} // namespace directory
