// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/dataset_preview.h"

#include "core/data/dataset_spec.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse::api {

DatasetPreview previewDataset(const std::string& dataset, const std::string& split, int count) {
    if (split != "train" && split != "test")
        throw std::invalid_argument("split '" + split + "' is not one of train, test");
    DatasetSplits splits = loadDataset(parseDatasetSpec(dataset));
    const SequenceDataset& d = split == "train" ? splits.train : splits.test;
    if (d.channels() != 3 && d.channels() != 1)
        throw std::invalid_argument("dataset '" + d.name + "' is not RGB or grey video");

    DatasetPreview preview;
    preview.name = d.name;
    preview.total = d.size();
    for (const auto& c : d.static_labels)
        preview.static_labels.push_back(c.name);
    for (const auto& c : d.dynamic_labels)
        preview.dynamic_labels.push_back(c.name);
    const int64_t n = std::min<int64_t>(std::max(0, count), d.size());
    for (int64_t i = 0; i < n; ++i) {
        SequencePreview item;
        item.index = static_cast<int>(i);
        item.frames = static_cast<int>(d.length());
        item.height = static_cast<int>(d.height());
        item.width = static_cast<int>(d.width());
        // [T, C, H, W] -> [T, H, W, 3]
        torch::Tensor hwc = d.frames[i].permute({0, 2, 3, 1}).expand({-1, -1, -1, 3}).contiguous();
        item.rgb.assign(hwc.data_ptr<uint8_t>(), hwc.data_ptr<uint8_t>() + hwc.numel());
        auto addLabels = [&](const std::vector<LabelColumn>& columns) {
            for (const auto& c : columns)
                item.labels.emplace_back(c.name, c.classes.at(static_cast<size_t>(c.values[i].item<int64_t>())));
        };
        addLabels(d.static_labels);
        addLabels(d.dynamic_labels);
        preview.items.push_back(std::move(item));
    }
    return preview;
}

}  // namespace dbse::api
