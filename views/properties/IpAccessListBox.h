#pragma once

// One access list of the Access tab (connection control or relay restrictions): "Only the list
// below" or "All except the list below", and the computers on it. A stored list Bridgehead
// cannot read is shown as such, disabled, and kept.

#include "IpAccessList.h"
#include "Parsed.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace properties {

class IpAccessListBox : public QGroupBox {
    Q_OBJECT
public:
    IpAccessListBox(const QString &title, const QString &objectName, const QString &onlyText,
                    const QString &exceptText, QWidget *parent = nullptr);

    void load(const topology::Parsed<topology::IpAccessList> &stored);
    // The list as shown; nullopt while an unreadable stored list is kept.
    std::optional<topology::IpAccessList> list() const;
    bool isChanged() const;
    // What Add… does once the dialog accepted an entry; returns why not ("" when added).
    QString addEntry(const topology::IpAccessList::Entry &entry);

    QRadioButton *onlyRadio() const { return m_only; }
    QRadioButton *exceptRadio() const { return m_except; }
    QListWidget *entriesList() const { return m_entries; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();

private:
    void add();
    void removeSelected();
    void refresh();
    void updateButtons();

    QRadioButton *m_only;
    QRadioButton *m_except;
    QListWidget *m_entries;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_unreadable;
    topology::IpAccessList m_list;
    topology::IpAccessList m_loaded;
    bool m_readable = true;
};

} // namespace properties
