#pragma once

// General tab of an SMTP virtual server: its display name, the IP addresses and ports it listens on
// (refusing one that another virtual server of the same server already uses) and the FQDN it announces.

#include "PropertyTab.h"
#include "ServerBinding.h"

#include <optional>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace widgets {
class FieldMessage;
}

namespace properties {

class VirtualServerGeneralTab : public PropertyTab {
    Q_OBJECT
public:
    explicit VirtualServerGeneralTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

    // The msExchServerBindings values the list holds, in order (unreadable loaded values kept as is).
    QStringList bindingValues() const;

private:
    // Another virtual server of the same server, as it was when the sheet was opened.
    struct Sibling {
        QString name;
        QList<topology::ServerBinding> bindings;
    };

    void addBinding();
    void editBinding();
    void removeBinding();
    void setItem(QTreeWidgetItem *item, const QString &value,
                 const std::optional<topology::ServerBinding> &binding);
    void bindingsEdited();
    void updateButtons();
    QString bindingsProblem() const;
    static QString fqdnProblem(const QString &fqdn);

    QLineEdit *m_nameEdit;
    widgets::FieldMessage *m_nameMessage;
    QTreeWidget *m_bindingsList;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    widgets::FieldMessage *m_bindingsMessage;
    QLineEdit *m_fqdnEdit;
    widgets::FieldMessage *m_fqdnMessage;

    QList<Sibling> m_siblings;
    QString m_shownName;
    QString m_shownFqdn;
};

} // namespace properties
