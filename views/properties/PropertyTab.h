#pragma once

// One tab of a property sheet, and one page's worth of fields in a wizard: it loads its fields from
// an object, checks them (showing the reason at the field), and writes only the attributes it owns.

#include <QWidget>

namespace topology {
class DirectoryObject;
class EntryEdit;
class Topology;
} // namespace topology

namespace properties {

class PropertyTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // Fills the fields from `object` as loaded; `topology` gives context (sibling virtual servers,
    // the routing group's virtual servers for bridgeheads …).
    virtual void load(const topology::Topology &topology, const topology::DirectoryObject &object) = 0;
    // Checks every field; marks and focuses the first bad one and returns its message, or "".
    virtual QString validate() = 0;
    // Whether validate() would accept the fields as they are, without marking anything or moving
    // the focus: wizards follow it to enable Next and Finish while the user types.
    virtual bool isComplete() const = 0;
    // Writes this tab's attributes into `edit` (only those that changed end up in the modify).
    virtual void save(topology::EntryEdit &edit) const = 0;
    // Gives the focus to the field that edits `attribute`, if this tab has one (the analyzer's
    // fixes open the sheet there).
    virtual bool focusAttribute(const QString &attribute) {
        Q_UNUSED(attribute);
        return false;
    }

Q_SIGNALS:
    void changed(); // a field was edited
};

} // namespace properties
