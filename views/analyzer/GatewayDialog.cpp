#include "GatewayDialog.h"

#include "Topology.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace analyzerui {

using directory::Dn;

namespace {
constexpr int DnRole = Qt::UserRole;
}

GatewayDialog::GatewayDialog(const topology::Topology *topology, const QList<Dn> &gateways,
                             const QList<Dn> &suggested, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("gatewayDialog"));
    setWindowTitle(tr("Internet Gateways"));
    auto *intro =
        new QLabel(tr("Mark the servers through which mail for the Internet should leave the "
                      "organization. The analyzer then checks that an SMTP connector sends from each "
                      "of them."),
                   this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("gatewayList"));
    m_list->setHeaderLabels({tr("Server"), tr("Administrative group"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    QList<const topology::DirectoryObject *> servers = topology->objectsOfKind(topology::ObjectKind::Server);
    std::sort(servers.begin(), servers.end(), [](const auto *a, const auto *b) {
        return a->displayName().compare(b->displayName(), Qt::CaseInsensitive) < 0;
    });
    for (const topology::DirectoryObject *server : std::as_const(servers)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, server->displayName());
        const topology::DirectoryObject *group = topology->find(server->dn().parent().parent());
        item->setText(1, group ? group->displayName() : QString());
        item->setData(0, DnRole, QVariant::fromValue(server->dn()));
        item->setToolTip(0, server->dn().toDisplayString());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, gateways.contains(server->dn()) ? Qt::Checked : Qt::Unchecked);
        if (suggested.contains(server->dn())) {
            item->setText(2, tr("Suggested: sends through a connector for SMTP:*"));
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *mark = buttons->addButton(tr("Mark &Suggested"), QDialogButtonBox::ActionRole);
    mark->setObjectName(QStringLiteral("markSuggestedButton"));
    mark->setEnabled(!suggested.isEmpty());
    connect(mark, &QPushButton::clicked, this, [this, suggested] {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            if (suggested.contains(item->data(0, DnRole).value<Dn>()))
                item->setCheckState(0, Qt::Checked);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 420);
}

QList<Dn> GatewayDialog::gateways() const {
    QList<Dn> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            out.append(m_list->topLevelItem(i)->data(0, DnRole).value<Dn>());
    return out;
}

} // namespace analyzerui
