#include "FieldMessage.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace properties {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field) {
    if (!field->objectName().isEmpty())
        setObjectName(field->objectName() + QStringLiteral("Message"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(red);
    setVisible(false);

    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textEdited, this, &FieldMessage::clear);
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        connect(spin, &QSpinBox::valueChanged, this, &FieldMessage::clear);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentTextChanged, this, &FieldMessage::clear);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        connect(text, &QPlainTextEdit::textChanged, this, &FieldMessage::clear);
}

QString FieldMessage::report(const QString &message) {
    setText(message);
    setVisible(!message.isEmpty());
    if (!message.isEmpty())
        growWindowToFit();
    return message;
}

void FieldMessage::growWindowToFit() {
    // A wrapped message needs more height than the window had; a top-level window does not grow by
    // itself for height-for-width content, and without this a small dialog squashes its fields.
    QWidget *top = window();
    QLayout *layout = top->layout();
    if (!top->isVisible() || !layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(top->width())
                                                   : layout->totalMinimumSize().height();
    if (needed > top->height())
        top->resize(top->width(), needed);
}

QString FieldMessage::reportAndFocus(const QString &message) {
    report(message);
    if (!message.isEmpty())
        focusField();
    return message;
}

void FieldMessage::focusField() {
    if (m_field)
        m_field->setFocus(Qt::OtherFocusReason);
}

QVBoxLayout *FieldMessage::withField() {
    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(2);
    // A number needs no more room than its digits; everything else takes the width of the form.
    const bool compact = qobject_cast<QAbstractSpinBox *>(m_field.data()) != nullptr;
    cell->addWidget(m_field, 0, compact ? Qt::AlignLeft : Qt::Alignment());
    cell->addWidget(this);
    return cell;
}

void FieldMessage::clear() {
    report(QString());
}

} // namespace properties
