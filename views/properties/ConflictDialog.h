#pragma once

// Shown when someone else changed an entry while its property sheet was open: for each attribute both
// touched, the value when the sheet was opened, now in the directory, and the user's change; the user
// reloads, overwrites or goes back to editing.

#include <QDialog>
#include <QList>
#include <QStringList>

class QTableWidget;

namespace properties {

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    // "Smart hosts (msExchSmtpSmartHost)" for the attributes the sheets edit; others as they are.
    static QString attributeLabel(const QString &attribute);
    struct Row {
        QString attribute;
        QStringList loaded;  // when the sheet was opened
        QStringList current; // now in the directory
        QStringList mine;    // the user's change (empty: remove)
    };
    // finished() codes besides Rejected (Cancel: keep editing).
    enum Result { Reload = QDialog::Accepted + 1, Overwrite };

    ConflictDialog(const QString &objectName, const QList<Row> &rows, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace properties
