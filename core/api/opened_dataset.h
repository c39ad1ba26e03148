// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade over an opened dataset (both splits), for the GUI's dataset browser.
// Safe to include from Qt code (no torch headers).
//
// Threads: open() blocks (it loads or builds the dataset): call it off the GUI thread. The
// opened dataset is immutable, so every const member may be called from any thread at once
// (e.g. thumbnails on a worker while the GUI thread reads labels).

#include "core/api/dataset_preview.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dbse {
struct DatasetSplits;    // core/data/dataset_spec.h (torch); only moved through here
struct SequenceDataset;  // core/data/sequence_dataset.h (torch); see opened_dataset_data.h
}

namespace dbse::api {

// One categorical label of every sequence of a split.
struct SplitLabels {
    std::string name;                  // e.g. "colour"
    bool dynamic = false;              // a factor of the motion (else static)
    std::vector<std::string> classes;  // class index -> name
    std::vector<int32_t> values;       // class index of each sequence of the split
};

// What a thumbnail shows, before the GUI draws it.
//  - Image: the first frame of a video, or a small spectrogram heat map of audio (time left
//    to right, low frequencies at the bottom): `rgb` is [height][width][3], row-major.
//  - Series: the values of the first few features (up to OpenedDataset::kSeriesInThumbnail)
//    over time: `series[f][t]`, NaN where missing; the widget draws the sparklines.
struct Thumbnail {
    enum class Kind { Image, Series };
    Kind kind = Kind::Image;
    int width = 0, height = 0;
    std::vector<uint8_t> rgb;
    std::vector<std::vector<float>> series;
};

class OpenedDataset {
public:
    static constexpr int kSeriesInThumbnail = 4;
    static constexpr int kSpectrogramHeight = 48;  // pixels of an audio thumbnail

    // Loads `spec` ("KIND:PATH", e.g. "builtin:shapes"). Blocking. Throws std::runtime_error or
    // std::invalid_argument with a message for the user.
    static std::shared_ptr<const OpenedDataset> open(const std::string& spec);
    // Wraps splits already loaded (e.g. built with progress and cancel); `spec` names them.
    // Throws std::invalid_argument for video that is neither RGB nor grey.
    static std::shared_ptr<const OpenedDataset> fromSplits(const std::string& spec, DatasetSplits&& splits);
    ~OpenedDataset();
    OpenedDataset(const OpenedDataset&) = delete;
    OpenedDataset& operator=(const OpenedDataset&) = delete;

    // `split` below is "train" or "test" (else std::invalid_argument); `index` is a position
    // in that split, in [0, count(split)) (else std::out_of_range).
    const std::string& spec() const;
    std::string name(const std::string& split) const;  // e.g. "builtin:shapes/train"
    int64_t count(const std::string& split) const;
    std::vector<std::string> staticLabelNames() const;
    std::vector<std::string> dynamicLabelNames() const;
    // Static columns first, then dynamic ones.
    std::vector<SplitLabels> labels(const std::string& split) const;
    // (label name, class name) of one sequence, static labels first.
    std::vector<std::pair<std::string, std::string>> labelsOf(const std::string& split, int64_t index) const;
    Thumbnail thumbnail(const std::string& split, int64_t index) const;
    // Every frame of one sequence, as DatasetPreview items hold them.
    SequencePreview preview(const std::string& split, int64_t index) const;

private:
    friend const SequenceDataset& splitData(const OpenedDataset& dataset, const std::string& split);
    friend const DatasetSplits& allSplits(const OpenedDataset& dataset);
    struct Impl;
    explicit OpenedDataset(std::unique_ptr<const Impl> impl);
    std::unique_ptr<const Impl> impl_;
};

}  // namespace dbse::api
