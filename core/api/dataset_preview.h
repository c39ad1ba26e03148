// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade for the GUI: a few sequences of a dataset as plain RGB bytes and label
// names. Safe to include from Qt code (no torch headers).

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace dbse::api {

class OpenedDataset;

// Video sequences keep their frames; a spectrogram or a multivariate series is shown as one
// heat-map frame (time left to right, feature 0 / lowest frequency at the bottom).
struct SequencePreview {
    int index = 0;               // position in the split
    int frames = 0, height = 0, width = 0;
    std::vector<uint8_t> rgb;    // [frames][height][width][3], row-major, interleaved RGB
    std::vector<std::pair<std::string, std::string>> labels;  // (label name, class name)

    const uint8_t* frame(int t) const { return rgb.data() + static_cast<size_t>(t) * height * width * 3; }
};

struct DatasetPreview {
    std::string name;            // e.g. "builtin:shapes/train"
    int64_t total = 0;           // sequences in the split
    std::vector<std::string> static_labels, dynamic_labels;
    std::vector<SequencePreview> items;
    // The opened dataset the preview was taken from (both splits), for views that browse the
    // rest of it; null for previews built by hand.
    std::shared_ptr<const OpenedDataset> source;
};

// The first `count` sequences of a split ("train" or "test") of `dataset` (e.g.
// "builtin:shapes"). Throws std::runtime_error or std::invalid_argument with a message for
// the user. Blocking: call it off the GUI thread for large datasets.
DatasetPreview previewDataset(const std::string& dataset, const std::string& split, int count);
// The same from a dataset opened already (see core/api/opened_dataset.h); sets `source`.
DatasetPreview previewDataset(const std::shared_ptr<const OpenedDataset>& dataset, const std::string& split, int count);
// The sequences `indices` of `split`, in that order (an index out of range throws
// std::out_of_range); sets `source`.
DatasetPreview previewSequences(const std::shared_ptr<const OpenedDataset>& dataset, const std::string& split,
                                const std::vector<int64_t>& indices);

}  // namespace dbse::api
