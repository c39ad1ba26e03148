// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/dataset_preview.h"
#include "core/api/preview_of.h"

#include "core/data/dataset_spec.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse::api {

namespace {

constexpr int64_t kHeatmapHeight = 96;   // pixels of a spectrogram/series thumbnail
constexpr int64_t kMaxHeatmapWidth = 256;

// One float sequence [T, F] (and its missing mask, or undefined) as a single heat-map frame
// uint8 [1, H, W, 3]: time runs left to right, feature 0 (or the lowest frequency) at the
// bottom. Each feature row is scaled to its own observed range; missing cells are grey.
torch::Tensor heatmapOf(const torch::Tensor& sequence, const torch::Tensor& missing, bool magnitudes) {
    torch::Tensor v = sequence.to(torch::kFloat).t().flip(0);  // [F, T]
    if (magnitudes)
        v = v.clamp_min(0).log1p();
    torch::Tensor observed = missing.defined() ? missing.t().flip(0).eq(0) : torch::ones_like(v, torch::kBool);
    if (magnitudes) {
        // One range for the whole spectrogram, so loud and quiet bins compare.
        const torch::Tensor lo = v.min(), hi = v.max();
        v = (v - lo) / (hi - lo).clamp_min(1e-6);
    } else {
        const torch::Tensor big = torch::full_like(v, 1e30);
        const torch::Tensor lo = torch::where(observed, v, big).amin(1, true);
        const torch::Tensor hi = torch::where(observed, v, -big).amax(1, true);
        v = ((v - lo) / (hi - lo).clamp_min(1e-6)).clamp(0, 1);
    }
    // A dark-blue -> teal -> yellow ramp.
    const torch::Tensor r = (v * 2 - 1).clamp(0, 1) * 0.95 + 0.15 * (1 - v);
    const torch::Tensor g = v.clamp(0, 1) * 0.8 + 0.1;
    const torch::Tensor b = (1 - v) * 0.45 + 0.25 * (1 - (v * 2 - 1).abs());
    torch::Tensor rgb = torch::stack({r, g, b}, 0);  // [3, F, T]
    rgb = torch::where(observed.unsqueeze(0), rgb, torch::full_like(rgb, 0.55));
    const int64_t width = std::min<int64_t>(kMaxHeatmapWidth, std::max<int64_t>(64, sequence.size(0) * 4));
    rgb = torch::nn::functional::interpolate(
        rgb.unsqueeze(0),
        torch::nn::functional::InterpolateFuncOptions().size(std::vector<int64_t>{kHeatmapHeight, width}).mode(torch::kNearest));
    return rgb.squeeze(0).mul(255).round().clamp(0, 255).to(torch::kByte).permute({1, 2, 0}).unsqueeze(0).contiguous();
}

// [T', H, W, 3] uint8 frames of sequence i for the preview.
torch::Tensor previewFrames(const SequenceDataset& d, int64_t i) {
    if (d.isVideo())  // [T, C, H, W] -> [T, H, W, 3]
        return d.frames[i].permute({0, 2, 3, 1}).expand({-1, -1, -1, 3}).contiguous();
    const bool spectrogram = d.attributes.count("sample_rate") != 0;
    return heatmapOf(d.frames[i].reshape({d.length(), -1}),
                     d.missing.defined() ? d.missing[i].reshape({d.length(), -1}) : torch::Tensor(), spectrogram);
}

}  // namespace

DatasetPreview previewDataset(const std::string& dataset, const std::string& split, int count) {
    if (split != "train" && split != "test")
        throw std::invalid_argument("split '" + split + "' is not one of train, test");
    DatasetSplits splits = loadDataset(parseDatasetSpec(dataset));
    return previewOf(split == "train" ? splits.train : splits.test, count);
}

DatasetPreview previewOf(const SequenceDataset& d, int count) {
    if (d.isVideo() && d.channels() != 3 && d.channels() != 1)
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
        const torch::Tensor hwc = previewFrames(d, i);
        item.frames = static_cast<int>(hwc.size(0));
        item.height = static_cast<int>(hwc.size(1));
        item.width = static_cast<int>(hwc.size(2));
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
