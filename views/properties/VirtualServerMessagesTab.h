#pragma once

// Messages tab of an SMTP virtual server: the message and session size limits (bytes in the
// directory, KB here, up to 2,097,151 KB), messages per connection, recipients per message, where
// copies of non-delivery reports go and the badmail directory.

#include "Limit.h"
#include "PropertyTab.h"

class QCheckBox;
class QLineEdit;

namespace widgets {
class FieldMessage;
class NumberField;
} // namespace widgets

namespace properties {

class VirtualServerMessagesTab : public PropertyTab {
    Q_OBJECT
public:
    explicit VirtualServerMessagesTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

private:
    // Each field's message with the reason its value cannot be used ("" when it can).
    QList<std::pair<widgets::FieldMessage *, QString>> problems() const;
    // One "Limit … to" row: a check box and its number, with what was loaded.
    struct LimitRow {
        QCheckBox *check = nullptr;
        widgets::NumberField *spin = nullptr;
        widgets::FieldMessage *message = nullptr;
        bool shownLimited = false;
        qint64 shownValue = 0;
        bool changed() const;
    };
    LimitRow makeRow(const QString &label, const QString &objectName, const QString &checkName,
                     const topology::Limit &limit, const QString &whatsThis);
    static void loadRow(LimitRow &row, bool limited, qint64 value);

    LimitRow m_size;
    LimitRow m_session;
    LimitRow m_messages;
    LimitRow m_recipients;
    QLineEdit *m_ndrEdit;
    widgets::FieldMessage *m_ndrMessage;
    QLineEdit *m_badmailEdit;
    widgets::FieldMessage *m_badmailMessage;
    QString m_shownNdr;
    QString m_shownBadmail;
};

} // namespace properties
