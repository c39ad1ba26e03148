// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/sequence_dataset.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse {

torch::Tensor SequenceDataset::batch(const torch::Tensor& indices, const torch::Device& device) const {
    torch::Tensor bytes = frames.index_select(0, indices.to(torch::kLong));
    if (device.is_cuda()) {
        // Move the compact uint8 batch, convert on the device.
        bytes = bytes.to(device, /*non_blocking=*/true);
    }
    return bytes.to(torch::kFloat).mul_(pixel_scale);
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
}  // namespace

void validate(const SequenceDataset& d) {
    if (!d.frames.defined() || d.frames.dim() != 5)
        throw std::invalid_argument("dataset '" + d.name + "': frames must be [N, T, C, H, W]");
    if (d.frames.scalar_type() != torch::kByte)
        throw std::invalid_argument("dataset '" + d.name + "': frames must be uint8");
    if (!d.frames.is_contiguous())
        throw std::invalid_argument("dataset '" + d.name + "': frames must be contiguous");
    checkLabels(d, d.static_labels);
    checkLabels(d, d.dynamic_labels);
}

}  // namespace dbse
