#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace properties {

namespace {

QString describe(const QStringList &values) {
    return values.isEmpty() ? ConflictDialog::tr("(not set)") : values.join(QLatin1Char('\n'));
}

} // namespace

ConflictDialog::ConflictDialog(const QString &objectName, const QList<Row> &rows, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *intro = new QLabel(tr("“%1” was changed in the directory after you opened its properties. "
                                "Choose Reload to see the current values and discard your changes, or "
                                "Overwrite to save your values over the other changes.")
                                 .arg(objectName),
                             this);
    intro->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(intro, 1);

    m_table = new QTableWidget(int(rows.size()), 4, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Attribute"), tr("When you opened it"), tr("Now in the directory"), tr("Your change")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(true);
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        const QStringList cells{row.attribute, describe(row.loaded), describe(row.current),
                                describe(row.mine)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeRowsToContents();
    auto *none = new QLabel(tr("The attributes you changed hold the values you started from again. "
                               "Overwrite saves your changes."),
                            this);
    none->setWordWrap(true);
    none->setVisible(rows.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("conflictCancelButton"));
    cancel->setDefault(true);
    connect(reload, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(overwrite, &QPushButton::clicked, this, [this] { done(Overwrite); });
    connect(cancel, &QPushButton::clicked, this, &ConflictDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(none);
    layout->addWidget(buttons);
    resize(720, 300);
}

} // namespace properties
