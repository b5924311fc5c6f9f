#include "GenericTab.h"

#include "DirectoryObject.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace properties {

namespace {

// Binary values (certificates, GUIDs) are not text: show their size instead of mojibake.
QString displayValue(const QByteArray &value) {
    const QString text = QString::fromUtf8(value);
    const bool printable =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint() || c.isSpace(); });
    return printable && !text.contains(QChar::ReplacementCharacter)
               ? text
               : GenericTab::tr("(binary, %n byte(s))", nullptr, int(value.size()));
}

} // namespace

GenericTab::GenericTab(QWidget *parent)
    : PropertyTab(parent) {
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("nameLabel"));
    m_kindLabel = new QLabel(this);
    m_kindLabel->setObjectName(QStringLiteral("kindLabel"));
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    for (QLabel *label : {m_nameLabel, m_kindLabel, m_descriptionLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_attributesList = new QTreeWidget(this);
    m_attributesList->setObjectName(QStringLiteral("attributesList"));
    m_attributesList->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributesList->setRootIsDecorated(false);
    m_attributesList->setUniformRowHeights(true);
    m_attributesList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_nameLabel);
    form->addRow(tr("Kind:"), m_kindLabel);
    form->addRow(tr("Description:"), m_descriptionLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Attributes:"), this));
    layout->addWidget(m_attributesList, 1);
}

QString GenericTab::title() const {
    return tr("General");
}

void GenericTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    m_nameLabel->setText(object.displayName());
    m_kindLabel->setText(topology::DirectoryObject::kindName(object.kind()));
    m_descriptionLabel->setText(object.description());
    m_attributesList->clear();
    for (const directory::Attribute &attribute : object.entry().attributes()) {
        for (const QByteArray &value : attribute.values) {
            auto *item = new QTreeWidgetItem(m_attributesList);
            item->setText(0, attribute.name);
            item->setText(1, displayValue(value));
            item->setToolTip(1, item->text(1));
        }
    }
}

QString GenericTab::validate() {
    return QString();
}

void GenericTab::save(topology::EntryEdit &) const {}

bool GenericTab::focusAttribute(const QString &attribute) {
    for (int row = 0; row < m_attributesList->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_attributesList->topLevelItem(row);
        if (item->text(0).compare(attribute, Qt::CaseInsensitive) == 0) {
            m_attributesList->setCurrentItem(item);
            m_attributesList->scrollToItem(item);
            m_attributesList->setFocus();
            return true;
        }
    }
    return false;
}

} // namespace properties
