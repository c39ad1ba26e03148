// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dataset_filter_model.h"

#include "widgets/dataset_list_model.h"

#include <algorithm>

namespace dbse::widgets {

DatasetFilterModel::DatasetFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    // Thumbnails arriving (DecorationRole) never change what is kept.
    setFilterRole(DatasetListModel::LabelsRole);
}

void DatasetFilterModel::setLabelFilter(int column, const QString& className) {
    const int newColumn = className.isEmpty() ? -1 : column;
    const QString newClass = newColumn < 0 ? QString() : className;
    if (newColumn == column_ && newClass == class_)
        return;
    column_ = newColumn;
    class_ = newClass;
    invalidateFilter();
}

void DatasetFilterModel::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == search_)
        return;
    search_ = trimmed;
    invalidateFilter();
}

QList<qint64> DatasetFilterModel::sequenceIndices(int most) const {
    QList<qint64> indices;
    const int rows = most < 0 ? rowCount() : std::min(most, rowCount());
    for (int row = 0; row < rows; ++row)
        indices.append(index(row, 0).data(DatasetListModel::SequenceIndexRole).toLongLong());
    return indices;
}

bool DatasetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (column_ >= 0 && source.data(DatasetListModel::FirstLabelRole + column_).toString() != class_)
        return false;
    if (search_.isEmpty())
        return true;
    if (source.data(Qt::DisplayRole).toString().contains(search_, Qt::CaseInsensitive))
        return true;
    const QVariantMap labels = source.data(DatasetListModel::LabelsRole).toMap();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        if (it.value().toString().contains(search_, Qt::CaseInsensitive))
            return true;
    return false;
}

}  // namespace dbse::widgets
