// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/dataset_preview.h"

#include "core/api/opened_dataset.h"

#include <algorithm>
#include <stdexcept>

namespace dbse::api {

DatasetPreview previewDataset(const std::shared_ptr<const OpenedDataset>& dataset, const std::string& split, int count) {
    DatasetPreview preview;
    preview.name = dataset->name(split);
    preview.total = dataset->count(split);
    preview.static_labels = dataset->staticLabelNames();
    preview.dynamic_labels = dataset->dynamicLabelNames();
    const int64_t n = std::min<int64_t>(std::max(0, count), preview.total);
    for (int64_t i = 0; i < n; ++i)
        preview.items.push_back(dataset->preview(split, i));
    preview.source = dataset;
    return preview;
}

DatasetPreview previewDataset(const std::string& dataset, const std::string& split, int count) {
    if (split != "train" && split != "test")
        throw std::invalid_argument("split '" + split + "' is not one of train, test");
    return previewDataset(OpenedDataset::open(dataset), split, count);
}

}  // namespace dbse::api
