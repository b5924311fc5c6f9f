#pragma once

// Makes a line edit look as read-only as it is (no frame, the window's background) with a hint of
// where the value is changed instead, so nobody tries to type into it.

class QLineEdit;
class QString;

namespace widgets {

class ReadOnlyLook {
public:
    static void apply(QLineEdit *edit, const QString &hint);
    // Back to an ordinary, editable line edit.
    static void remove(QLineEdit *edit);
};

} // namespace widgets
