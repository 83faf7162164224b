// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerimport.h"

#include <QAbstractTableModel>

namespace Posyandu {

// The rows of a prepared import as the user checks them before anything is
// written: line, verdict and reason first, then the file's own columns.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Verdict, Message, FirstFileColumn };
    enum Role { VerdictRole = Qt::UserRole + 1 };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows `import` (not owned; must outlive the model or be replaced first). nullptr clears.
    void setImport(const Io::RegisterImport *import);
    static QString verdictLabel(Io::RegisterImport::Verdict verdict);

private:
    const Io::RegisterImport *m_import = nullptr;
};

} // namespace Posyandu
