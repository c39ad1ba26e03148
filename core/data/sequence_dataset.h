// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A labelled set of sequences held at rest compactly (uint8 video frames, or float32 for
// spectrograms and series) and converted to float one batch at a time. Never holds a float copy
// of a uint8 set.

#include <torch/types.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dbse {

// One categorical label per sequence (e.g. "colour" with classes {"red", "green", ...}).
struct LabelColumn {
    std::string name;
    std::vector<std::string> classes;  // class index -> human readable name
    torch::Tensor values;              // int64 [N], each in [0, classes.size())
};

// One real-valued quantity per sequence (or per step) kept for downstream tasks, e.g. a
// patient's age, in-hospital death as 0/1, or the oil temperature of every hour.
struct ValueColumn {
    std::string name;
    torch::Tensor values;  // float32 [N] or [N, T]; NaN where unknown
};

struct SequenceDataset {
    std::string name;  // e.g. "builtin:shapes/train"
    // [N, T, ...element shape], contiguous, on the CPU:
    //   video:        uint8 [N, T, C, H, W]; float value = byte * pixel_scale
    //   audio/series: float32 [N, T, F] used as is (a spectrogram frame, or the features of a step)
    torch::Tensor frames;
    double pixel_scale = 1.0 / 255.0;  // only for uint8 frames
    // Optional, same shape as frames, uint8: 1 where the value is missing or padding (it is
    // stored as 0 in frames and must not count in the reconstruction loss), 0 where observed.
    torch::Tensor missing;
    std::vector<LabelColumn> static_labels;   // factors constant over time (shape, colour, ...)
    std::vector<LabelColumn> dynamic_labels;  // factors of the motion (direction, kind, ...)
    std::vector<ValueColumn> values;          // continuous targets for downstream tasks
    // Free-form facts a user may want to see (sample_rate, feature names, normalisation,
    // source files...). Keys and values are plain text.
    std::map<std::string, std::string> attributes;

    int64_t size() const { return frames.defined() ? frames.size(0) : 0; }
    int64_t length() const { return frames.size(1); }  // T
    std::vector<int64_t> elementShape() const;         // frames.sizes()[2:]
    bool isVideo() const { return frames.defined() && frames.dim() == 5; }
    // Video only (frames [N, T, C, H, W]).
    int64_t channels() const { return frames.size(2); }
    int64_t height() const { return frames.size(3); }
    int64_t width() const { return frames.size(4); }

    // Float [B, T, ...element] for the given sequence indices (int64 [B]) on `device`.
    torch::Tensor batch(const torch::Tensor& indices, const torch::Device& device) const;
    // Float [B, T, ...element], 1 = missing; undefined when the dataset has no missing mask.
    torch::Tensor missingBatch(const torch::Tensor& indices, const torch::Device& device) const;
};

// The column named `name` (static labels before dynamic ones), or null when there is none.
const LabelColumn* findLabelColumn(const SequenceDataset& dataset, const std::string& name);
const ValueColumn* findValueColumn(const SequenceDataset& dataset, const std::string& name);

// Throws std::invalid_argument naming the dataset and the problem when shapes, dtypes or
// label ranges are inconsistent.
void validate(const SequenceDataset& dataset);

// The rows `indices` (int64 [K]) of every per-sequence tensor (frames, missing, labels,
// values); name and attributes are copied. Used to cut splits.
SequenceDataset subset(const SequenceDataset& dataset, const torch::Tensor& indices, const std::string& name);

}  // namespace dbse
