// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A labelled set of sequences held at rest as uint8 (video) and converted to float one batch
// at a time. Never holds a float copy of the whole set.

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace dbse {

// One categorical label per sequence (e.g. "colour" with classes {"red", "green", ...}).
struct LabelColumn {
    std::string name;
    std::vector<std::string> classes;  // class index -> human readable name
    torch::Tensor values;              // int64 [N], each in [0, classes.size())
};

struct SequenceDataset {
    std::string name;              // e.g. "builtin:shapes/train"
    torch::Tensor frames;          // uint8 [N, T, C, H, W], contiguous, on the CPU
    double pixel_scale = 1.0 / 255.0;  // float value = byte * pixel_scale
    std::vector<LabelColumn> static_labels;   // factors constant over time (shape, colour, ...)
    std::vector<LabelColumn> dynamic_labels;  // factors of the motion (direction, kind, ...)

    int64_t size() const { return frames.defined() ? frames.size(0) : 0; }
    int64_t length() const { return frames.size(1); }    // T
    int64_t channels() const { return frames.size(2); }  // C
    int64_t height() const { return frames.size(3); }
    int64_t width() const { return frames.size(4); }

    // Float [B, T, C, H, W] in [0, 1] for the given sequence indices (int64 [B]) on `device`.
    torch::Tensor batch(const torch::Tensor& indices, const torch::Device& device) const;
};

// Throws std::invalid_argument naming the dataset and the problem when shapes, dtypes or
// label ranges are inconsistent.
void validate(const SequenceDataset& dataset);

}  // namespace dbse
