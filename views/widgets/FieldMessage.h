#pragma once

// What is wrong with one field, shown right under it: set when the input is checked, cleared as soon
// as the user edits the field again. The one way the property sheets and the connect dialog report
// bad input; it also carries news about the field that is not a refusal (a note).

#include <QLabel>
#include <QPointer>

class QVBoxLayout;

namespace widgets {

class FieldMessage : public QLabel {
    Q_OBJECT
public:
    // `field` is the input this message speaks for. The message takes the field's objectName plus
    // "Message" (so tests find "smartHostEditMessage"), and clears itself when the field is edited:
    // on textEdited for line edits, valueChanged for spin boxes, currentTextChanged for combo boxes
    // and textChanged for plain text edits. An owner that re-checks the input live listens to the
    // same signal, connected after this message exists, so that its verdict comes after the clear.
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    // Shows `message` as a refusal (in red), or hides the label when it is empty, and returns it, so
    // a validate() can write `if (!m_nameMessage->report(problem).isEmpty()) return problem;`.
    QString report(const QString &message);
    // Like report(), and also brings the field to the user's attention (focus).
    QString reportAndFocus(const QString &message);
    // Shows `text` as news rather than a refusal, in the window's usual text colour: work under way
    // or what to do next. An empty text hides the label.
    void note(const QString &text);
    void focusField();
    void clear();

    QWidget *field() const { return m_field; }

    // The field with this message right under it, as one cell for a form or grid layout. `row`
    // stands in for the field when the field shares its line with buttons (a path and "Browse…").
    QVBoxLayout *withField(QWidget *row = nullptr);

    // The colour of a refusal, for labels elsewhere that report one (a test result) the same way.
    static QColor errorColor();

private:
    void showText(const QString &text, bool error);

    QPointer<QWidget> m_field;
};

} // namespace widgets
