// The rules about SMTP virtual servers: smart hosts set on the virtual server, bindings, and the
// limits Exchange Server Analyzer checks.

#include "Attributes.h"
#include "RuleSet.h"
#include "SmtpVirtualServer.h"

namespace analyzer {

using topology::DirectoryObject;
using topology::ObjectKind;
using topology::ServerBinding;
using topology::SmtpVirtualServer;
namespace attr = topology::attr;

namespace {

const SmtpVirtualServer &vs(const DirectoryObject &o) {
    return static_cast<const SmtpVirtualServer &>(o);
}

// "10.1.0.5:25", "(All Unassigned):25".
QString describe(const ServerBinding &binding) {
    const QString address = binding.displayAddress();
    const bool ipv6 = !binding.isAllUnassigned() && address.contains(QLatin1Char(':'));
    return (ipv6 ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') +
           QString::number(binding.port());
}

QString describeAll(const QList<ServerBinding> &bindings) {
    QStringList parts;
    for (const ServerBinding &b : bindings)
        parts << describe(b);
    return parts.join(QStringLiteral(", "));
}

// The virtual server and the others on its server: a binding change concerns them all.
void withSiblings(const AnalysisContext &ctx, const DirectoryObject &o, QList<directory::Dn> &out) {
    out.append(o.dn());
    for (const SmtpVirtualServer *other : ctx.topology().virtualServersOf(vs(o).serverDn()))
        out.append(other->dn());
}

// A whole-number attribute as stored; nothing when it is absent.
std::optional<QString> storedValue(const DirectoryObject &o, const QString &attribute) {
    if (!o.entry().has(attribute))
        return std::nullopt;
    return o.entry().string(attribute).trimmed();
}

} // namespace

QList<Rule> RuleSet::virtualServerRules() {
    QList<Rule> rules;
    const QList<ObjectKind> virtualServers{ObjectKind::VirtualServer};

    rules.append(Rule{
        .id = QStringLiteral("smtp-vs-smart-host-set"),
        .severity = Severity::Warning,
        .title = tr("Smart host set on an SMTP virtual server"),
        .summary =
            tr("A smart host on the virtual server overrides every connector for all mail the server sends."),
        .subjectKinds = virtualServers,
        .attribute = attr::smartHost,
        .dependencies = {Dependency::self(ObjectKind::VirtualServer, {attr::smartHost})},
        .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
            const auto &smartHost = vs(o).smartHostValue();
            if (smartHost.raw.trimmed().isEmpty())
                return std::nullopt;
            QString detail = tr("%1 hands all the mail it sends to %2, whatever the connectors say. Set "
                                "smart hosts on an SMTP connector instead and clear this one.")
                                 .arg(ctx.describe(o), smartHost.raw.trimmed());
            if (!smartHost.isValid())
                detail += QLatin1Char(' ') +
                          tr("The value cannot be used as it is either: %1").arg(smartHost.error);
            return detail;
        }});

    rules.append(Rule{
        .id = QStringLiteral("smtp-vs-smart-host-type-nondefault"),
        .severity = Severity::Info,
        .title = tr("Smart host type changed from its default"),
        .summary =
            tr("msExchSmtpSmartHostType is normally 0; other values change how the virtual server delivers."),
        .subjectKinds = virtualServers,
        .attribute = attr::smartHost,
        .dependencies = {Dependency::self(ObjectKind::VirtualServer, {attr::smartHostType})},
        .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
            const std::optional<QString> type = storedValue(o, attr::smartHostType);
            if (!type || type->isEmpty() || *type == QLatin1String("0"))
                return std::nullopt;
            QString meaning;
            if (*type == QLatin1String("2"))
                meaning = tr("all mail goes to the smart host");
            else if (*type == QLatin1String("1"))
                meaning = tr("direct delivery is tried before the smart host, which only Exchange 2000 "
                             "did");
            else
                meaning = tr("a value Exchange does not define");
            return tr("The smart host type of %1 is %2 (%3); the default is 0.")
                .arg(ctx.describe(o), *type, meaning);
        }});

    rules.append(Rule{
        .id = QStringLiteral("smtp-vs-duplicate-binding"),
        .severity = Severity::Error,
        .title = tr("Two virtual servers listen on the same address and port"),
        .summary = tr("Only one of them can start: the other stays stopped and accepts no mail."),
        .subjectKinds = virtualServers,
        .attribute = attr::serverBindings,
        .dependencies = {Dependency{ObjectKind::VirtualServer, {attr::serverBindings}, withSiblings}},
        .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
            const SmtpVirtualServer &self = vs(o);
            QStringList clashes;
            for (const SmtpVirtualServer *other : ctx.topology().virtualServersOf(self.serverDn())) {
                if (other->dn() == self.dn())
                    continue;
                for (const ServerBinding &mine : self.bindings())
                    for (const ServerBinding &theirs : other->bindings())
                        if (mine.conflictsWith(theirs))
                            clashes << tr("%1 (also used by “%2” as %3)")
                                           .arg(describe(mine), other->displayName(), describe(theirs));
            }
            if (clashes.isEmpty())
                return std::nullopt;
            clashes.removeDuplicates();
            return tr("%1 listens where another virtual server of the same server does: %2. All Unassigned "
                      "counts as every address of the server.")
                .arg(ctx.describe(o), clashes.join(QStringLiteral("; ")));
        }});

    rules.append(
        Rule{.id = QStringLiteral("smtp-vs-nonstandard-port"),
             .severity = Severity::Info,
             .title = tr("Virtual server does not listen on port 25"),
             .summary =
                 tr("Other mail servers deliver to port 25; a virtual server without it only takes mail from "
                    "clients that know its port."),
             .subjectKinds = virtualServers,
             .attribute = attr::serverBindings,
             .dependencies = {Dependency::self(ObjectKind::VirtualServer, {attr::serverBindings})},
             .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
                 const QList<ServerBinding> &bindings = vs(o).bindings();
                 if (std::any_of(bindings.cbegin(), bindings.cend(), [](const ServerBinding &b) {
                         return b.port() == ServerBinding::DefaultPort;
                     }))
                     return std::nullopt;
                 if (bindings.isEmpty())
                     return tr("%1 has no binding that can be read, so it listens on no known port.")
                         .arg(ctx.describe(o));
                 return tr("%1 listens on %2, not on port 25.").arg(ctx.describe(o), describeAll(bindings));
             }});

    rules.append(
        Rule{.id = QStringLiteral("smtp-vs-multiple-bindings"),
             .severity = Severity::Info,
             .title = tr("Virtual server listens on several addresses or ports"),
             .summary = tr("More than one binding is unusual; check that each one is meant."),
             .subjectKinds = virtualServers,
             .attribute = attr::serverBindings,
             .dependencies = {Dependency::self(ObjectKind::VirtualServer, {attr::serverBindings})},
             .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
                 const SmtpVirtualServer &self = vs(o);
                 if (self.bindingValues().size() <= 1)
                     return std::nullopt;
                 QStringList shown;
                 for (const auto &value : self.bindingValues())
                     shown << (value.isValid() ? describe(*value.value) : value.raw);
                 return tr("%1 listens on several bindings: %2.")
                     .arg(ctx.describe(o), shown.join(QStringLiteral(", ")));
             }});

    rules.append(Rule{
        .id = QStringLiteral("smtp-vs-outgoing-port"),
        .severity = Severity::Warning,
        .title = tr("Outgoing SMTP port is not 25"),
        .summary =
            tr("Mail servers on the Internet listen on port 25; on another port, outbound mail is refused or "
               "times out."),
        .subjectKinds = virtualServers,
        .attribute = attr::outgoingPort,
        .dependencies = {Dependency::self(ObjectKind::VirtualServer, {attr::outgoingPort})},
        .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
            const std::optional<QString> port = storedValue(o, attr::outgoingPort);
            if (!port || port->isEmpty() || *port == QLatin1String("25"))
                return std::nullopt;
            return tr("%1 connects to other mail servers on port %2. They expect port 25.")
                .arg(ctx.describe(o), *port);
        }});

    rules.append(Rule{
        .id = QStringLiteral("smtp-vs-max-recipients-low"),
        .severity = Severity::Warning,
        .title = tr("Recipient limit per message is low"),
        .summary = tr("Below 250 recipients per message, ordinary mail to large lists is refused."),
        .subjectKinds = virtualServers,
        .attribute = attr::maxRecipients,
        .dependencies = {Dependency::self(ObjectKind::VirtualServer, {attr::maxRecipients})},
        .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
            const qint64 limit = vs(o).maxRecipients();
            if (limit <= 0 || limit >= 250)
                return std::nullopt; // 0: no limit
            return tr("%1 accepts at most %2 recipients per message; messages to more are refused. Use at "
                      "least 250 (the default is 64000).")
                .arg(ctx.describe(o))
                .arg(limit);
        }});

    return rules;
}

} // namespace analyzer
