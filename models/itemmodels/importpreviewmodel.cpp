// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

namespace Posyandu {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_import ? 0 : int(m_import->rows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFileColumn + (m_import ? int(m_import->table().header.size()) : 0);
}

QString ImportPreviewModel::verdictLabel(Io::RegisterImport::Verdict verdict)
{
    switch (verdict) {
    case Io::RegisterImport::Verdict::Good:
        return tr("OK");
    case Io::RegisterImport::Verdict::Bad:
        return tr("Error");
    case Io::RegisterImport::Verdict::AlreadyImported:
        return tr("Already there");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Io::RegisterImport::Row &row = m_import->rows().at(index.row());
    if (role == VerdictRole)
        return int(row.verdict);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return row.line;
    case Verdict:
        return verdictLabel(row.verdict);
    case Message:
        return row.message;
    default:
        return m_import->table().rows.at(index.row()).value(index.column() - FirstFileColumn);
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Verdict:
        return tr("Result");
    case Message:
        return tr("Why");
    default:
        return m_import ? m_import->table().header.value(section - FirstFileColumn) : QVariant();
    }
}

void ImportPreviewModel::setImport(const Io::RegisterImport *import)
{
    beginResetModel();
    m_import = import;
    endResetModel();
}

} // namespace Posyandu
