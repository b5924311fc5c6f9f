#include "ReadOnlyLook.h"

#include <QLineEdit>
#include <QPalette>

namespace widgets {

void ReadOnlyLook::apply(QLineEdit *edit, const QString &hint) {
    edit->setReadOnly(true);
    edit->setFrame(false);
    edit->setFocusPolicy(Qt::ClickFocus); // selectable for copying, but not a stop on Tab
    QPalette palette = edit->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    edit->setPalette(palette);
    edit->setToolTip(hint);
    edit->setWhatsThis(hint);
}

void ReadOnlyLook::remove(QLineEdit *edit) {
    edit->setReadOnly(false);
    edit->setFrame(true);
    edit->setFocusPolicy(Qt::StrongFocus);
    edit->setPalette(QPalette());
    edit->setToolTip(QString());
    edit->setWhatsThis(QString());
}

} // namespace widgets
