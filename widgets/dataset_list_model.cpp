// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dataset_list_model.h"

#include "widgets/sequence_labels.h"
#include "widgets/sequence_mime.h"
#include "widgets/thumbnail_image.h"
#include "widgets/thumbnail_loader.h"

#include <QColor>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace dbse::widgets {
namespace {

QPixmap placeholderPixmap(const QSize& logical, qreal ratio) {
    QPixmap pixmap(logical * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(128, 128, 128, 60));
    const QRectF card(QPointF(0, 0), QSizeF(logical));
    painter.drawRoundedRect(card.adjusted(2, 2, -2, -2), 6, 6);
    return pixmap;
}

}  // namespace

DatasetListModel::DatasetListModel(QObject* parent) : QAbstractListModel(parent), loader_(new ThumbnailLoader(this)) {
    placeholder_ = placeholderPixmap(thumbnailSize_, devicePixelRatio_);
    connect(loader_, &ThumbnailLoader::ready, this, &DatasetListModel::onThumbnail);
}

DatasetListModel::~DatasetListModel() = default;

void DatasetListModel::setDataset(std::shared_ptr<const api::OpenedDataset> dataset, const QString& split) {
    dataset_ = std::move(dataset);
    split_ = split;
    restart();
}

void DatasetListModel::setSplit(const QString& split) {
    if (split == split_)
        return;
    split_ = split;
    restart();
}

void DatasetListModel::setThumbnailSize(const QSize& logical, qreal devicePixelRatio) {
    if (logical == thumbnailSize_ && qFuzzyCompare(devicePixelRatio, devicePixelRatio_))
        return;
    thumbnailSize_ = logical;
    devicePixelRatio_ = devicePixelRatio;
    placeholder_ = placeholderPixmap(thumbnailSize_, devicePixelRatio_);
    restart();
}

void DatasetListModel::restart() {
    beginResetModel();
    thumbnails_.clear();
    failed_.clear();
    labels_.clear();
    dynamicNames_.clear();
    rows_ = 0;
    ThumbnailLoader::Render render;
    if (dataset_) {
        const std::string split = split_.toStdString();
        labels_ = dataset_->labels(split);
        dynamicNames_ = dataset_->dynamicLabelNames();
        rows_ = static_cast<int>(std::min<int64_t>(dataset_->count(split), std::numeric_limits<int>::max()));
        render = [dataset = dataset_, split, pixels = thumbnailSize_ * devicePixelRatio_, ratio = devicePixelRatio_](qint64 row) {
            QImage image = thumbnailImage(dataset->thumbnail(split, row), pixels);
            image.setDevicePixelRatio(ratio);
            return image;
        };
    }
    loader_->setRender(std::move(render));
    endResetModel();
}

void DatasetListModel::onThumbnail(qint64 row, const QImage& image) {
    if (row < 0 || row >= rows_)
        return;
    if (image.isNull()) {
        failed_.insert(static_cast<int>(row));  // keeps its placeholder; not tried again
        return;
    }
    thumbnails_.insert(static_cast<int>(row), QPixmap::fromImage(image));
    const QModelIndex changed = index(static_cast<int>(row));
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole, ThumbnailReadyRole});
}

bool DatasetListModel::thumbnailsPending() const { return loader_->isBusy(); }

QString DatasetListModel::datasetSpec() const { return dataset_ ? QString::fromStdString(dataset_->spec()) : QString(); }

QStringList DatasetListModel::labelNames() const {
    QStringList names;
    for (const auto& c : labels_)
        names << QString::fromStdString(c.name);
    return names;
}

QStringList DatasetListModel::classNames(int column) const {
    QStringList names;
    if (column >= 0 && column < static_cast<int>(labels_.size()))
        for (const auto& c : labels_[static_cast<size_t>(column)].classes)
            names << QString::fromStdString(c);
    return names;
}

const std::string& DatasetListModel::classOf(size_t column, int row) const {
    static const std::string unknown = "?";
    const api::SplitLabels& c = labels_[column];
    const auto value = static_cast<size_t>(c.values.at(static_cast<size_t>(row)));
    return value < c.classes.size() ? c.classes[value] : unknown;
}

std::vector<std::pair<std::string, std::string>> DatasetListModel::labelsOf(int row) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (size_t column = 0; column < labels_.size(); ++column)
        out.emplace_back(labels_[column].name, classOf(column, row));
    return out;
}

int DatasetListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : rows_; }

QVariant DatasetListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole: {
        const QString caption = captionFor(labelsOf(row), dynamicNames_).text();
        return caption.isEmpty() ? tr("Sequence %1").arg(row) : caption;
    }
    case Qt::DecorationRole: {
        const auto found = thumbnails_.constFind(row);
        if (found != thumbnails_.constEnd())
            return *found;
        if (!failed_.contains(row))
            loader_->request(row);  // lazily: only rows a view asks for
        return placeholder_;
    }
    case Qt::ToolTipRole:
        return toolTipFor(row, labelsOf(row));
    case Qt::AccessibleTextRole:
        return captionFor(labelsOf(row), dynamicNames_).text();
    case SequenceIndexRole:
        return static_cast<qint64>(row);
    case ThumbnailReadyRole:
        return thumbnails_.contains(row);
    case LabelsRole: {
        QVariantMap map;
        for (const auto& [name, value] : labelsOf(row))
            map.insert(QString::fromStdString(name), QString::fromStdString(value));
        return map;
    }
    default:
        break;
    }
    const int column = role - FirstLabelRole;
    if (column >= 0 && column < static_cast<int>(labels_.size()))
        return QString::fromStdString(classOf(static_cast<size_t>(column), row));
    return {};
}

Qt::ItemFlags DatasetListModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList DatasetListModel::mimeTypes() const { return {QLatin1String(kSequencesMimeType)}; }

QMimeData* DatasetListModel::mimeData(const QModelIndexList& indexes) const {
    SequenceSelection selection{datasetSpec(), split_, {}};
    for (const QModelIndex& i : indexes)
        if (i.isValid() && i.model() == this && !selection.indices.contains(i.row()))
            selection.indices.append(i.row());
    if (selection.indices.isEmpty() || !dataset_)
        return nullptr;
    return encodeSequences(selection);
}

Qt::DropActions DatasetListModel::supportedDragActions() const { return Qt::CopyAction; }

}  // namespace dbse::widgets
