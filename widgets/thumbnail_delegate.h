// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailDelegate: paints items like QStyledItemDelegate, but answers sizeHint() from a
// fixed cell size without reading the model. QListView with uniform item sizes measures one
// sample row (the last one); with this delegate that measuring never asks DatasetListModel
// for a thumbnail, so only painted rows are rendered.

#include <QSize>
#include <QStyledItemDelegate>

namespace dbse::widgets {

class ThumbnailDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ThumbnailDelegate(QObject* parent = nullptr);

    // The size every item reports (logical pixels).
    void setCellSize(const QSize& size) { cellSize_ = size; }
    QSize cellSize() const { return cellSize_; }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QSize cellSize_{96, 120};
};

}  // namespace dbse::widgets
