#pragma once

// View › Customize Columns…: which columns the details pane shows for the kind of list on screen
// (connectors, virtual servers …). The name column always stays.

#include <QDialog>

class QListWidget;

namespace consoleui {

class DetailsPane;

class ColumnChooser : public QDialog {
    Q_OBJECT
public:
    ColumnChooser(DetailsPane *pane, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void accept() override;

private:
    DetailsPane *m_pane;
    QListWidget *m_list;
};

} // namespace consoleui
