#pragma once

// A list of directory objects named by DN, with Add… (the DN typed and checked) and Remove, as the
// sender lists of the Delivery Restrictions tab. Each entry remembers which attribute it came from,
// so entries of another kind (groups in dLMem…Perms) are kept where they were.

#include <QGroupBox>

#include <functional>

class QListWidget;
class QPushButton;

namespace widgets {
class FieldMessage;
}

namespace properties {

class DnListBox : public QGroupBox {
    Q_OBJECT
public:
    struct Item {
        QString dn;
        QString attribute; // where it is stored
    };

    DnListBox(const QString &title, const QString &objectName, const QString &addAttribute,
              QWidget *parent = nullptr);

    void setItems(const QList<Item> &items);
    QList<Item> items() const;
    // The DNs stored in `attribute`, in list order.
    QStringList values(const QString &attribute) const;
    // Why a DN typed by the user is refused ("" to take it): not a DN, listed already, or what
    // `otherCheck` says (for example: on the other list).
    QString check(const QString &text) const;
    void setOtherCheck(std::function<QString(const QString &)> otherCheck) {
        m_otherCheck = std::move(otherCheck);
    }
    // Adds a DN typed by the user; returns the reason it was refused, or "".
    QString addDn(const QString &text);
    bool contains(const QString &dn) const;

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    widgets::FieldMessage *message() const { return m_message; }

Q_SIGNALS:
    void changed();

private:
    void askForDn();
    void removeSelected();
    void updateButtons();

    QString m_addAttribute;
    std::function<QString(const QString &)> m_otherCheck;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    widgets::FieldMessage *m_message;
};

} // namespace properties
