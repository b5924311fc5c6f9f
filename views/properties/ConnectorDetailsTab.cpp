#include "ConnectorDetailsTab.h"

#include "Attributes.h"
#include "DirectoryObject.h"
#include "EntryEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace properties {

ConnectorDetailsTab::ConnectorDetailsTab(QWidget *parent)
    : PropertyTab(parent) {
    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &PropertyTab::changed);

    m_dnEdit = new QLineEdit(this);
    m_dnEdit->setObjectName(QStringLiteral("dnEdit"));
    m_dnEdit->setReadOnly(true);
    m_objectClassEdit = new QLineEdit(this);
    m_objectClassEdit->setObjectName(QStringLiteral("objectClassEdit"));
    m_objectClassEdit->setReadOnly(true);

    auto *descriptionLabel = new QLabel(tr("Administrative &note:"), this);
    descriptionLabel->setBuddy(m_descriptionEdit);

    auto *form = new QFormLayout;
    form->addRow(tr("Distinguished name:"), m_dnEdit);
    form->addRow(tr("Object class:"), m_objectClassEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_descriptionEdit, 1);
    layout->addLayout(form);
}

QString ConnectorDetailsTab::title() const {
    return tr("Details");
}

void ConnectorDetailsTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    m_shownDescription = object.entry().string(topology::attr::adminDescription).trimmed();
    m_descriptionEdit->setPlainText(m_shownDescription);
    m_dnEdit->setText(object.dn().toDisplayString());
    m_dnEdit->setCursorPosition(0);
    m_objectClassEdit->setText(
        object.entry().strings(topology::attr::objectClass).join(QStringLiteral(", ")));
    m_objectClassEdit->setCursorPosition(0);
}

QString ConnectorDetailsTab::validate() {
    return QString();
}

void ConnectorDetailsTab::save(topology::EntryEdit &edit) const {
    const QString description = m_descriptionEdit->toPlainText().trimmed();
    if (description != m_shownDescription)
        edit.set(topology::attr::adminDescription, description);
}

} // namespace properties
