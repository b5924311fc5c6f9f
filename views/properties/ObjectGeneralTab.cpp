#include "ObjectGeneralTab.h"

#include "Attributes.h"
#include "ReadOnlyLook.h"
#include "Topology.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <functional>

namespace properties {

using topology::DirectoryObject;
using topology::ObjectKind;

ObjectGeneralTab::ObjectGeneralTab(QWidget *parent)
    : PropertyTab(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_modeLabel(new QLabel(tr("Operation mode:"), this))
    , m_contents(new QLabel(this)) {
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind->setObjectName(QStringLiteral("kindLabel"));
    m_mode->setObjectName(QStringLiteral("modeLabel"));
    m_contents->setObjectName(QStringLiteral("contentsLabel"));
    m_contents->setWordWrap(true);
    m_contents->setTextFormat(Qt::PlainText);
    for (QLabel *l : {m_kind, m_mode, m_contents})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mode->setWhatsThis(tr("Mixed mode keeps Exchange 5.5 servers working with the organization; native "
                            "mode allows routing groups that span administrative groups."));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(tr("Contains:"), m_contents);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
}

QString ObjectGeneralTab::title() const {
    return tr("General");
}

void ObjectGeneralTab::load(const topology::Topology &topology, const DirectoryObject &object) {
    m_name->setText(object.displayName());
    widgets::ReadOnlyLook::apply(m_name, object.kind() == ObjectKind::AdminGroup
                                             ? tr("To change the name, close this sheet and use Action › "
                                                  "Rename (F2).")
                                             : tr("This container's name is fixed."));
    m_kind->setText(DirectoryObject::kindName(object.kind()));
    const bool organization = object.kind() == ObjectKind::Organization;
    m_modeLabel->setVisible(organization);
    m_mode->setVisible(organization);
    if (organization)
        m_mode->setText(object.entry()
                                    .string(topology::attr::mixedMode)
                                    .compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0
                            ? tr("Native mode")
                            : tr("Mixed mode"));
    // Everything below the object, by kind.
    QMap<ObjectKind, int> counts;
    std::function<void(const directory::Dn &)> count = [&](const directory::Dn &dn) {
        for (const DirectoryObject *child : topology.children(dn)) {
            ++counts[child->kind()];
            count(child->dn());
        }
    };
    count(object.dn());
    QStringList parts;
    const std::pair<ObjectKind, QString> shown[] = {
        {ObjectKind::AdminGroup,
         tr("%n administrative group(s)", nullptr, counts.value(ObjectKind::AdminGroup))},
        {ObjectKind::Server, tr("%n server(s)", nullptr, counts.value(ObjectKind::Server))},
        {ObjectKind::VirtualServer,
         tr("%n SMTP virtual server(s)", nullptr, counts.value(ObjectKind::VirtualServer))},
        {ObjectKind::RoutingGroup,
         tr("%n routing group(s)", nullptr, counts.value(ObjectKind::RoutingGroup))},
        {ObjectKind::SmtpConnector,
         tr("%n SMTP connector(s)", nullptr, counts.value(ObjectKind::SmtpConnector))},
        {ObjectKind::RoutingGroupConnector,
         tr("%n routing group connector(s)", nullptr, counts.value(ObjectKind::RoutingGroupConnector))},
    };
    for (const auto &[kind, text] : shown)
        if (counts.value(kind) > 0)
            parts << text;
    m_contents->setText(parts.isEmpty() ? tr("nothing yet") : parts.join(QLatin1Char('\n')));
}

} // namespace properties
