// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/opened_dataset.h"

#include "core/api/opened_dataset_data.h"
#include "core/api/sequence_images.h"
#include "core/data/dataset_spec.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace dbse::api {

struct OpenedDataset::Impl {
    std::string spec;
    DatasetSplits splits;

    const SequenceDataset& split(const std::string& which) const {
        if (which == "train")
            return splits.train;
        if (which == "test")
            return splits.test;
        throw std::invalid_argument("split '" + which + "' is not one of train, test");
    }
    const SequenceDataset& at(const std::string& which, int64_t index) const {
        const SequenceDataset& d = split(which);
        if (index < 0 || index >= d.size())
            throw std::out_of_range(d.name + ": sequence " + std::to_string(index) + " does not exist (" +
                                    std::to_string(d.size()) + " sequences)");
        return d;
    }
};

namespace {

Thumbnail imageThumbnail(const torch::Tensor& hwc) {  // uint8 [H, W, 3]
    Thumbnail t;
    t.kind = Thumbnail::Kind::Image;
    t.height = static_cast<int>(hwc.size(0));
    t.width = static_cast<int>(hwc.size(1));
    const torch::Tensor c = hwc.contiguous();
    t.rgb.assign(c.data_ptr<uint8_t>(), c.data_ptr<uint8_t>() + c.numel());
    return t;
}

Thumbnail seriesThumbnail(const SequenceDataset& d, int64_t i) {
    const int64_t steps = d.length();
    torch::Tensor values = d.frames[i].reshape({steps, -1}).to(torch::kFloat);
    const int64_t features = std::min<int64_t>(values.size(1), OpenedDataset::kSeriesInThumbnail);
    values = values.narrow(1, 0, features);
    if (d.missing.defined()) {
        const torch::Tensor missing = d.missing[i].reshape({steps, -1}).narrow(1, 0, features).ne(0);
        values = values.masked_fill(missing, std::numeric_limits<float>::quiet_NaN());
    }
    values = values.t().contiguous();  // [F, T]
    Thumbnail t;
    t.kind = Thumbnail::Kind::Series;
    t.width = static_cast<int>(steps);
    t.height = static_cast<int>(features);
    const float* p = values.data_ptr<float>();
    for (int64_t f = 0; f < features; ++f)
        t.series.emplace_back(p + f * steps, p + (f + 1) * steps);
    return t;
}

}  // namespace

OpenedDataset::OpenedDataset(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
OpenedDataset::~OpenedDataset() = default;

std::shared_ptr<const OpenedDataset> OpenedDataset::open(const std::string& spec) {
    return fromSplits(spec, loadDataset(parseDatasetSpec(spec)));
}

std::shared_ptr<const OpenedDataset> OpenedDataset::fromSplits(const std::string& spec, DatasetSplits&& splits) {
    auto impl = std::make_unique<Impl>();
    impl->spec = spec;
    impl->splits = std::move(splits);
    for (const SequenceDataset* d : {&impl->splits.train, &impl->splits.test})
        if (d->isVideo() && d->channels() != 3 && d->channels() != 1)
            throw std::invalid_argument("dataset '" + d->name + "' is not RGB or grey video");
    return std::shared_ptr<const OpenedDataset>(new OpenedDataset(std::move(impl)));
}

const std::string& OpenedDataset::spec() const { return impl_->spec; }

const SequenceDataset& splitData(const OpenedDataset& dataset, const std::string& split) {
    return dataset.impl_->split(split);
}

const DatasetSplits& allSplits(const OpenedDataset& dataset) { return dataset.impl_->splits; }
std::string OpenedDataset::name(const std::string& split) const { return impl_->split(split).name; }
int64_t OpenedDataset::count(const std::string& split) const { return impl_->split(split).size(); }

std::vector<std::string> OpenedDataset::staticLabelNames() const {
    std::vector<std::string> names;
    for (const auto& c : impl_->splits.train.static_labels)
        names.push_back(c.name);
    return names;
}

std::vector<std::string> OpenedDataset::dynamicLabelNames() const {
    std::vector<std::string> names;
    for (const auto& c : impl_->splits.train.dynamic_labels)
        names.push_back(c.name);
    return names;
}

std::vector<SplitLabels> OpenedDataset::labels(const std::string& split) const {
    const SequenceDataset& d = impl_->split(split);
    std::vector<SplitLabels> out;
    auto add = [&](const std::vector<LabelColumn>& columns, bool dynamic) {
        for (const auto& c : columns) {
            const torch::Tensor v = c.values.to(torch::kInt).contiguous();
            out.push_back({c.name, dynamic, c.classes, std::vector<int32_t>(v.data_ptr<int32_t>(), v.data_ptr<int32_t>() + v.numel())});
        }
    };
    add(d.static_labels, false);
    add(d.dynamic_labels, true);
    return out;
}

std::vector<std::pair<std::string, std::string>> OpenedDataset::labelsOf(const std::string& split, int64_t index) const {
    const SequenceDataset& d = impl_->at(split, index);
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto* columns : {&d.static_labels, &d.dynamic_labels})
        for (const auto& c : *columns)
            out.emplace_back(c.name, c.classes.at(static_cast<size_t>(c.values[index].item<int64_t>())));
    return out;
}

Thumbnail OpenedDataset::thumbnail(const std::string& split, int64_t index) const {
    const SequenceDataset& d = impl_->at(split, index);
    torch::NoGradGuard no_grad;
    if (d.isVideo())
        return imageThumbnail(previewFrames(d, index)[0]);
    if (isSpectrogram(d))
        return imageThumbnail(previewFrames(d, index, {kSpectrogramHeight, kSpectrogramHeight, 2 * kSpectrogramHeight})[0]);
    return seriesThumbnail(d, index);
}

SequencePreview OpenedDataset::preview(const std::string& split, int64_t index) const {
    const SequenceDataset& d = impl_->at(split, index);
    torch::NoGradGuard no_grad;
    SequencePreview item;
    item.index = static_cast<int>(index);
    const torch::Tensor hwc = previewFrames(d, index);
    item.frames = static_cast<int>(hwc.size(0));
    item.height = static_cast<int>(hwc.size(1));
    item.width = static_cast<int>(hwc.size(2));
    item.rgb.assign(hwc.data_ptr<uint8_t>(), hwc.data_ptr<uint8_t>() + hwc.numel());
    item.labels = labelsOf(split, index);
    return item;
}

}  // namespace dbse::api
