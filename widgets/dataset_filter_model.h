// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DatasetFilterModel: keeps the rows of a DatasetListModel that have one class of one label
// column and whose caption or labels contain a search text (case-insensitive). Both filters
// are optional and combine with AND. GUI thread only.

#include <QSortFilterProxyModel>
#include <QString>

namespace dbse::widgets {

class DatasetFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit DatasetFilterModel(QObject* parent = nullptr);

    // Keeps rows whose label column `column` (DatasetListModel::labelNames() order) has class
    // `className`; a negative column or an empty class keeps every row.
    void setLabelFilter(int column, const QString& className);
    void clearLabelFilter() { setLabelFilter(-1, QString()); }
    void setSearchText(const QString& text);

    int labelColumn() const { return column_; }
    QString labelClass() const { return class_; }
    QString searchText() const { return search_; }
    // Sequence indices of the first `most` rows kept (all when negative), in order.
    QList<qint64> sequenceIndices(int most = -1) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int column_ = -1;
    QString class_;
    QString search_;
};

}  // namespace dbse::widgets
