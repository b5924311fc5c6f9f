#pragma once

// Details tab of every property sheet, as in ESM: an administrative note (adminDescription), when
// the object was created and last changed, its distinguished name and object classes. The times
// are operational attributes the console does not keep, so the sheet reads them when it opens and
// after each save (showTimes()).

#include "PropertyTab.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace directory {
class Entry;
}

namespace widgets {
class FieldMessage;
}

namespace properties {

class DetailsTab : public PropertyTab {
    Q_OBJECT
public:
    explicit DetailsTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;

    // The times from an entry read with its operational attributes (createTimestamp … on slapd,
    // whenCreated … on Active Directory); an empty entry says they could not be read.
    void showTimes(const directory::Entry &entry);
    // "2026-12-01 08:45:00 UTC" from a GeneralizedTime value, in the user's locale; "" if unreadable.
    static QString formatTime(const QString &generalizedTime);

private:
    QPlainTextEdit *m_descriptionEdit;
    widgets::FieldMessage *m_descriptionMessage;
    QLabel *m_createdLabel;
    QLabel *m_modifiedLabel;
    QLineEdit *m_dnEdit;
    QLineEdit *m_objectClassEdit;
    QString m_shownDescription;
};

} // namespace properties
