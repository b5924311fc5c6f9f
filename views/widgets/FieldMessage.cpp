#include "FieldMessage.h"

#include "WindowHeightFitter.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace widgets {

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field) {
    if (!field->objectName().isEmpty())
        setObjectName(field->objectName() + QStringLiteral("Message"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
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

QColor FieldMessage::errorColor() {
    return QColor(0xb0, 0x00, 0x20);
}

QString FieldMessage::report(const QString &message) {
    showText(message, true);
    return message;
}

void FieldMessage::note(const QString &text) {
    showText(text, false);
}

void FieldMessage::showText(const QString &text, bool error) {
    // Only the roles set here override what the label inherits, so a note reads like the text
    // around it.
    QPalette palette;
    if (error)
        palette.setColor(QPalette::WindowText, errorColor());
    setPalette(palette);
    setText(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty())
        WindowHeightFitter::growToFit(window());
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

QVBoxLayout *FieldMessage::withField(QWidget *row) {
    QWidget *above = row ? row : m_field.data();
    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(2);
    // A number needs no more room than its digits; everything else takes the width of the form.
    const bool compact = qobject_cast<QAbstractSpinBox *>(above) != nullptr;
    cell->addWidget(above, 0, compact ? Qt::AlignLeft : Qt::Alignment());
    cell->addWidget(this);
    return cell;
}

void FieldMessage::clear() {
    report(QString());
}

} // namespace widgets
