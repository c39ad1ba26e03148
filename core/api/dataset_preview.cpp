// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/dataset_preview.h"

#include "core/api/opened_dataset.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace dbse::api {

DatasetPreview previewSequences(const std::shared_ptr<const OpenedDataset>& dataset, const std::string& split,
                                const std::vector<int64_t>& indices) {
    DatasetPreview preview;
    preview.name = dataset->name(split);
    preview.total = dataset->count(split);
    preview.static_labels = dataset->staticLabelNames();
    preview.dynamic_labels = dataset->dynamicLabelNames();
    for (int64_t i : indices)
        preview.items.push_back(dataset->preview(split, i));
    preview.source = dataset;
    return preview;
}

DatasetPreview previewDataset(const std::shared_ptr<const OpenedDataset>& dataset, const std::string& split, int count) {
    std::vector<int64_t> first(static_cast<size_t>(std::min<int64_t>(std::max(0, count), dataset->count(split))));
    std::iota(first.begin(), first.end(), int64_t{0});
    return previewSequences(dataset, split, first);
}

DatasetPreview previewDataset(const std::string& dataset, const std::string& split, int count) {
    if (split != "train" && split != "test")
        throw std::invalid_argument("split '" + split + "' is not one of train, test");
    return previewDataset(OpenedDataset::open(dataset), split, count);
}

}  // namespace dbse::api
