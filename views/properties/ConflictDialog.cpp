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

QString ConflictDialog::attributeLabel(const QString &attribute) {
    // The name the property sheet shows for the field, with the directory's name behind it.
    static const std::pair<const char *, const char *> labels[] = {
        {"msExchSmtpSmartHost", QT_TR_NOOP("Smart hosts")},
        {"routingList", QT_TR_NOOP("Address spaces")},
        {"msExchSourceBridgeheadServersDN", QT_TR_NOOP("Local bridgeheads")},
        {"delivContLength", QT_TR_NOOP("Message size limit (KB)")},
        {"msExchSmtpOutboundSecurityFlag", QT_TR_NOOP("Outbound options")},
        {"adminDescription", QT_TR_NOOP("Description")},
        {"adminDisplayName", QT_TR_NOOP("Name")},
        {"msExchServerBindings", QT_TR_NOOP("IP addresses and ports")},
        {"msExchSmtpFullyQualifiedDomainName", QT_TR_NOOP("Fully qualified domain name")},
        {"msExchSmtpMaxMessageSize", QT_TR_NOOP("Message size limit")},
        {"msExchSmtpMaxRecipients", QT_TR_NOOP("Recipients per message")},
        {"msExchSmtpOutgoingPort", QT_TR_NOOP("Outbound TCP port")},
        {"msExchSmtpSmartHostType", QT_TR_NOOP("Smart host use")},
    };
    for (const auto &[name, label] : labels)
        if (attribute.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return tr("%1 (%2)").arg(tr(label), attribute);
    return attribute;
}

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
        const QStringList cells{attributeLabel(row.attribute), describe(row.loaded), describe(row.current),
                                describe(row.mine)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 0 ? row.attribute : cells.at(c));
            item->setData(Qt::UserRole, c == 0 ? row.attribute : cells.at(c));
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
