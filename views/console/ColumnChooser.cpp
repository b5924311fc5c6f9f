#include "ColumnChooser.h"

#include "DetailsModel.h"
#include "DetailsPane.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace consoleui {

ColumnChooser::ColumnChooser(DetailsPane *pane, QWidget *parent)
    : QDialog(parent)
    , m_pane(pane)
    , m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("columnChooser"));
    setWindowTitle(tr("Customize Columns"));
    m_list->setObjectName(QStringLiteral("columnList"));
    const console::DetailsModel *model = pane->model();
    const QStringList hidden = pane->hiddenColumns();
    for (int c = 0; c < model->columnCount(); ++c) {
        auto *item = new QListWidgetItem(model->headerData(c, Qt::Horizontal).toString(), m_list);
        item->setData(Qt::UserRole, model->columnKey(c));
        item->setFlags(c == 0 ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(c == 0 || !hidden.contains(model->columnKey(c)) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnChooser::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnChooser::reject);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Columns shown in this kind of list (kept for the next time):"), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(340, 320);
}

void ColumnChooser::accept() {
    QStringList hidden;
    for (int i = 1; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() != Qt::Checked)
            hidden << m_list->item(i)->data(Qt::UserRole).toString();
    m_pane->setHiddenColumns(hidden);
    QDialog::accept();
}

} // namespace consoleui
