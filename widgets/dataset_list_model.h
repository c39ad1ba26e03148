// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DatasetListModel: the sequences of one split of an opened dataset, one row each, row r =
// sequence r of the split. GUI thread only.
//
// Thumbnails are made lazily: DecorationRole answers a placeholder and queues the row on a
// ThumbnailLoader (worker thread); when the thumbnail arrives, dataChanged(row, DecorationRole)
// follows. Rows no view asks for are never rendered. Changing the dataset, the split or the
// thumbnail size resets the model and forgets the thumbnails. Rows are drag sources: their
// mimeData is a widgets/sequence_mime.h payload.

#include "core/api/opened_dataset.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QStringList>

#include <memory>
#include <vector>

namespace dbse::widgets {

class ThumbnailLoader;

class DatasetListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        SequenceIndexRole = Qt::UserRole + 1,  // qint64: position in the split
        ThumbnailReadyRole,                    // bool: DecorationRole holds the real thumbnail
        LabelsRole,                            // QVariantMap: label name -> class name
        FirstLabelRole = Qt::UserRole + 64,    // + column (see labelNames()): its class name
    };

    explicit DatasetListModel(QObject* parent = nullptr);
    ~DatasetListModel() override;

    // Shows `split` ("train" or "test") of `dataset` (null: empty model).
    void setDataset(std::shared_ptr<const api::OpenedDataset> dataset, const QString& split);
    void setSplit(const QString& split);
    // Logical size of DecorationRole pixmaps, drawn at `devicePixelRatio` device pixels each.
    void setThumbnailSize(const QSize& logical, qreal devicePixelRatio = 1.0);

    const std::shared_ptr<const api::OpenedDataset>& dataset() const { return dataset_; }
    QString datasetSpec() const;
    QString split() const { return split_; }
    QSize thumbnailSize() const { return thumbnailSize_; }
    // Label columns, static ones first; classNames(c) are the classes of column c.
    QStringList labelNames() const;
    QStringList classNames(int column) const;
    bool hasThumbnail(int row) const { return thumbnails_.contains(row); }
    int thumbnailCount() const { return static_cast<int>(thumbnails_.size()); }
    // True while thumbnails that were asked for are still being rendered.
    bool thumbnailsPending() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    const std::string& classOf(size_t column, int row) const;
    std::vector<std::pair<std::string, std::string>> labelsOf(int row) const;
    void restart();
    void onThumbnail(qint64 row, const QImage& image);

    std::shared_ptr<const api::OpenedDataset> dataset_;
    QString split_ = QStringLiteral("train");
    std::vector<api::SplitLabels> labels_;   // of split_
    std::vector<std::string> dynamicNames_;
    int rows_ = 0;
    QSize thumbnailSize_{96, 96};
    qreal devicePixelRatio_ = 1.0;
    QPixmap placeholder_;
    QHash<int, QPixmap> thumbnails_;
    QSet<int> failed_;  // rows whose thumbnail could not be made
    ThumbnailLoader* loader_ = nullptr;  // owned (child)
};

}  // namespace dbse::widgets
