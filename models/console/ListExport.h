#pragma once

// Action › Export List…: writes the details pane's rows, in the order shown, to a CSV file, whole
// or not at all (a failed write leaves any earlier file as it was).

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace console {

class DetailsModel;

class ListExport {
    Q_DECLARE_TR_FUNCTIONS(console::ListExport)
public:
    // `rows`: model rows in view order (empty: all, in model order). Returns false with a message.
    static bool write(const DetailsModel &model, const QList<int> &rows, const QString &fileName,
                      QString *error);
};

} // namespace console
