// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/api (uses torch): sequences of a SequenceDataset turned into uint8 RGB
// pictures for the GUI's previews and thumbnails.

#include "core/data/sequence_dataset.h"

#include <torch/types.h>

#include <cstdint>

namespace dbse::api {

// Size of a heat map drawn for a float sequence: `height` pixels high, 4 pixels per step
// clamped to [min_width, max_width].
struct HeatmapSize {
    int64_t height = 96;
    int64_t min_width = 64;
    int64_t max_width = 256;
};

// One float sequence [T, F] (and its uint8 missing mask [T, F], or undefined) as a heat map
// uint8 [1, H, W, 3]: time runs left to right, feature 0 (or the lowest frequency) at the
// bottom. `magnitudes` (spectrograms): log1p and one range for the whole picture; otherwise
// each feature row is scaled to its own observed range. Missing cells are grey (140).
torch::Tensor heatmapOf(const torch::Tensor& sequence, const torch::Tensor& missing, bool magnitudes,
                        const HeatmapSize& size = {});

// True when the float frames of `d` are spectrogram magnitudes (audio), not series values.
bool isSpectrogram(const SequenceDataset& d);

// uint8 [T', H, W, 3] pictures of sequence i: the frames of a video (grey repeated to RGB),
// or one heat-map frame of a spectrogram or series.
torch::Tensor previewFrames(const SequenceDataset& d, int64_t i, const HeatmapSize& size = {});

}  // namespace dbse::api
