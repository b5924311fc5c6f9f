#include "ListExport.h"

#include "DetailsModel.h"

#include <QSaveFile>

namespace console {

bool ListExport::write(const DetailsModel &model, const QList<int> &rows, const QString &fileName,
                       QString *error) {
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    file.write(model.toCsv(rows).toUtf8());
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace console
