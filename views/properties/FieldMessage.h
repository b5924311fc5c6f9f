#pragma once

// The reason a field was refused, shown in red right under that field: set by a tab's validate(),
// cleared as soon as the user edits the field again. The one way every tab and dialog reports bad input.

#include <QLabel>
#include <QPointer>

class QVBoxLayout;

namespace properties {

class FieldMessage : public QLabel {
    Q_OBJECT
public:
    // `field` is the input this message speaks for. The message takes the field's objectName plus
    // "Message" (so tests find "smartHostEditMessage"), and clears itself when the field is edited
    // (line edits, spin boxes, combo boxes and plain text edits).
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    // Shows `message` (or hides the label when it is empty) and returns it, so a validate() can
    // write `if (!m_nameMessage->report(problem).isEmpty()) return problem;`.
    QString report(const QString &message);
    // Like report(), and also brings the field to the user's attention (focus).
    QString reportAndFocus(const QString &message);
    void focusField();
    void clear();

    QWidget *field() const { return m_field; }

    // The field with this message right under it, as one cell for a form or grid layout.
    QVBoxLayout *withField();

private:
    void growWindowToFit();

    QPointer<QWidget> m_field;
};

} // namespace properties
