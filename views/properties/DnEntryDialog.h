#pragma once

// Asks for one distinguished name (a sender for Delivery Restrictions) and refuses, at the field,
// one that does not parse or that the caller does not take.

#include <QDialog>

#include <functional>

class QLineEdit;

namespace widgets {
class FieldMessage;
}

namespace properties {

class DnEntryDialog : public QDialog {
    Q_OBJECT
public:
    // `check` returns why a DN is refused ("" to take it).
    DnEntryDialog(const QString &title, std::function<QString(const QString &)> check,
                  QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString dn() const;
    void accept() override;

private:
    std::function<QString(const QString &)> m_check;
    QLineEdit *m_edit;
    widgets::FieldMessage *m_message;
};

} // namespace properties
