// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/sequence_dataset.h"

#include "core/util/tensor_text.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse {

std::vector<int64_t> SequenceDataset::elementShape() const {
    const auto sizes = frames.sizes();
    return {sizes.begin() + 2, sizes.end()};
}

namespace {
torch::Tensor toFloatBatch(const torch::Tensor& store, const torch::Tensor& indices, const torch::Device& device,
                           double scale) {
    torch::Tensor rows = store.index_select(0, indices.to(torch::kLong));
    if (device.is_cuda()) {
        // Move the compact batch, convert on the device.
        rows = rows.to(device, /*non_blocking=*/true);
    }
    if (store.scalar_type() == torch::kFloat)
        return rows;
    rows = rows.to(torch::kFloat);
    return scale == 1.0 ? rows : rows.mul_(scale);
}
}  // namespace

torch::Tensor SequenceDataset::batch(const torch::Tensor& indices, const torch::Device& device) const {
    return toFloatBatch(frames, indices, device, frames.scalar_type() == torch::kByte ? pixel_scale : 1.0);
}

torch::Tensor SequenceDataset::missingBatch(const torch::Tensor& indices, const torch::Device& device) const {
    if (!missing.defined())
        return {};
    return toFloatBatch(missing, indices, device, 1.0);
}

namespace {
void checkLabels(const SequenceDataset& d, const std::vector<LabelColumn>& columns) {
    for (const auto& column : columns) {
        const std::string where = "dataset '" + d.name + "', label '" + column.name + "'";
        if (!column.values.defined() || column.values.dim() != 1 || column.values.size(0) != d.size())
            throw std::invalid_argument(where + ": expected one value per sequence (" +
                                        std::to_string(d.size()) + ")");
        if (column.values.scalar_type() != torch::kLong)
            throw std::invalid_argument(where + ": values must be int64");
        if (column.classes.empty())
            throw std::invalid_argument(where + ": no class names");
        if (d.size() > 0) {
            const int64_t lo = column.values.min().item<int64_t>();
            const int64_t hi = column.values.max().item<int64_t>();
            if (lo < 0 || hi >= static_cast<int64_t>(column.classes.size()))
                throw std::invalid_argument(where + ": value out of range [0, " +
                                            std::to_string(column.classes.size()) + ")");
        }
    }
}

void checkValues(const SequenceDataset& d) {
    for (const auto& column : d.values) {
        const std::string where = "dataset '" + d.name + "', value '" + column.name + "'";
        if (!column.values.defined() || column.values.dim() < 1 || column.values.size(0) != d.size())
            throw std::invalid_argument(where + ": expected one row per sequence (" + std::to_string(d.size()) + ")");
        if (column.values.scalar_type() != torch::kFloat)
            throw std::invalid_argument(where + ": values must be float32");
    }
}
}  // namespace

const LabelColumn* findLabelColumn(const SequenceDataset& dataset, const std::string& name) {
    for (const auto* columns : {&dataset.static_labels, &dataset.dynamic_labels})
        for (const LabelColumn& c : *columns)
            if (c.name == name)
                return &c;
    return nullptr;
}

const ValueColumn* findValueColumn(const SequenceDataset& dataset, const std::string& name) {
    for (const ValueColumn& c : dataset.values)
        if (c.name == name)
            return &c;
    return nullptr;
}

void validate(const SequenceDataset& d) {
    const std::string where = "dataset '" + d.name + "'";
    if (!d.frames.defined() || d.frames.dim() < 3)
        throw std::invalid_argument(where + ": frames must be [N, T, ...element]");
    if (d.frames.scalar_type() == torch::kByte) {
        if (d.frames.dim() != 5)
            throw std::invalid_argument(where + ": uint8 frames must be video [N, T, C, H, W], not " +
                                        shapeText(d.frames));
    } else if (d.frames.scalar_type() != torch::kFloat) {
        throw std::invalid_argument(where + ": frames must be uint8 or float32");
    }
    if (!d.frames.is_contiguous())
        throw std::invalid_argument(where + ": frames must be contiguous");
    if (d.missing.defined() && (d.missing.sizes() != d.frames.sizes() || d.missing.scalar_type() != torch::kByte))
        throw std::invalid_argument(where + ": the missing-value mask must be uint8 of the frames' shape " +
                                    shapeText(d.frames) + ", not " + shapeText(d.missing));
    checkLabels(d, d.static_labels);
    checkLabels(d, d.dynamic_labels);
    checkValues(d);
}

SequenceDataset subset(const SequenceDataset& all, const torch::Tensor& indices, const std::string& name) {
    SequenceDataset out;
    out.name = name;
    out.pixel_scale = all.pixel_scale;
    out.attributes = all.attributes;
    out.frames = all.frames.index_select(0, indices).contiguous();
    if (all.missing.defined())
        out.missing = all.missing.index_select(0, indices).contiguous();
    auto pick = [&](auto columns) {
        for (auto& c : columns) c.values = c.values.index_select(0, indices);
        return columns;
    };
    out.static_labels = pick(all.static_labels);
    out.dynamic_labels = pick(all.dynamic_labels);
    out.values = pick(all.values);
    return out;
}

}  // namespace dbse
