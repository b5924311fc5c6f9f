#include "DetailsTab.h"

#include "Attributes.h"
#include "DirectoryObject.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "ReadOnlyLook.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace properties {

namespace {
constexpr int MaxDescription = 1024;
}

DetailsTab::DetailsTab(QWidget *parent)
    : PropertyTab(parent) {
    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setWhatsThis(tr("A note for administrators, kept with the object in the directory "
                                       "(adminDescription). Mail flow does not read it."));
    m_descriptionMessage = new widgets::FieldMessage(m_descriptionEdit, this);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &PropertyTab::changed);

    m_createdLabel = new QLabel(this);
    m_createdLabel->setObjectName(QStringLiteral("createdLabel"));
    m_modifiedLabel = new QLabel(this);
    m_modifiedLabel->setObjectName(QStringLiteral("modifiedLabel"));
    for (QLabel *label : {m_createdLabel, m_modifiedLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dnEdit = new QLineEdit(this);
    m_dnEdit->setObjectName(QStringLiteral("dnEdit"));
    widgets::ReadOnlyLook::apply(m_dnEdit,
                                 tr("The object's name in the directory. Rename the object to change it."));
    m_objectClassEdit = new QLineEdit(this);
    m_objectClassEdit->setObjectName(QStringLiteral("objectClassEdit"));
    widgets::ReadOnlyLook::apply(m_objectClassEdit, tr("The directory classes of the object."));

    auto *descriptionLabel = new QLabel(tr("Administrative &note:"), this);
    descriptionLabel->setBuddy(m_descriptionEdit);

    auto *form = new QFormLayout;
    form->addRow(tr("Created:"), m_createdLabel);
    form->addRow(tr("Last modified:"), m_modifiedLabel);
    form->addRow(tr("Distinguished name:"), m_dnEdit);
    form->addRow(tr("Object class:"), m_objectClassEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_descriptionEdit, 1);
    layout->addWidget(m_descriptionMessage);
    layout->addLayout(form);
}

QString DetailsTab::title() const {
    return tr("Details");
}

void DetailsTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    m_descriptionMessage->clear();
    m_shownDescription = object.entry().string(topology::attr::adminDescription).trimmed();
    m_descriptionEdit->setPlainText(m_shownDescription);
    m_dnEdit->setText(object.dn().toDisplayString());
    m_dnEdit->setCursorPosition(0);
    m_objectClassEdit->setText(
        object.entry().strings(topology::attr::objectClass).join(QStringLiteral(", ")));
    m_objectClassEdit->setCursorPosition(0);
    if (m_createdLabel->text().isEmpty()) {
        m_createdLabel->setText(tr("reading…"));
        m_modifiedLabel->setText(tr("reading…"));
    }
}

QString DetailsTab::formatTime(const QString &generalizedTime) {
    // "20261201084500Z" or "20261201084500.0Z" (Active Directory).
    QString t = generalizedTime.trimmed();
    if (t.endsWith(QLatin1Char('Z')))
        t.chop(1);
    t = t.section(QLatin1Char('.'), 0, 0);
    QDateTime time = QDateTime::fromString(t, QStringLiteral("yyyyMMddHHmmss"));
    if (!time.isValid())
        return QString();
    time.setTimeSpec(Qt::UTC);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

void DetailsTab::showTimes(const directory::Entry &entry) {
    auto pick = [&entry](const QString &a, const QString &b) {
        const QString value = entry.string(a);
        return formatTime(value.isEmpty() ? entry.string(b) : value);
    };
    const QString created = pick(topology::attr::createTimestamp, topology::attr::whenCreated);
    const QString modified = pick(topology::attr::modifyTimestamp, topology::attr::whenChanged);
    m_createdLabel->setText(created.isEmpty() ? tr("(not available)") : created);
    m_modifiedLabel->setText(modified.isEmpty() ? tr("(not available)") : modified);
}

bool DetailsTab::isComplete() const {
    return m_descriptionEdit->toPlainText().trimmed().size() <= MaxDescription;
}

QString DetailsTab::validate() {
    const qsizetype length = m_descriptionEdit->toPlainText().trimmed().size();
    return m_descriptionMessage->reportAndFocus(
        length > MaxDescription
            ? tr("The note has %1 characters; it may have at most %2.").arg(length).arg(MaxDescription)
            : QString());
}

void DetailsTab::save(topology::EntryEdit &edit) const {
    const QString description = m_descriptionEdit->toPlainText().trimmed();
    if (description != m_shownDescription && description.size() <= MaxDescription)
        edit.set(topology::attr::adminDescription, description);
}

} // namespace properties
