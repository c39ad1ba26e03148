// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rows of sequences ready to show and play in sync (the Swap and Resample tabs): pictures for
// video and audio, values for series, the dataset's labels and a judge's predictions. Safe to
// include from Qt code (no torch headers). A RowSet is immutable once made, so it may be read
// from any thread; exportRows() and rowSound() are blocking (call them off the GUI thread).

#include "core/api/dataset_preview.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace dbse::api {

struct SequenceRow {
    std::string name;  // e.g. "A", "static A + dynamic B", "sample 3"
    // video: `steps` RGB frames; audio: one spectrogram heat map covering every step (time left
    // to right, low frequencies at the bottom); series: no pictures (frames = 0).
    SequencePreview pictures;
    // series only: values[f][t] in the dataset's original units, NaN where missing.
    std::vector<std::vector<float>> values;
    std::vector<std::pair<std::string, std::string>> labels;  // the dataset's (label, class); empty for made rows
    std::vector<std::pair<std::string, std::string>> judged;  // a trusted judge's predictions; empty when none
};

struct RowTensors;  // internal (core/api/row_tensors.h): the rows as the model sees them

struct RowSet {
    std::string modality;                     // "video", "audio" or "series"
    int steps = 0;                            // T, the same for every row
    double steps_per_second = 8;              // real-time rate: audio frames play as heard
    std::vector<std::string> feature_names;   // series: one per values[f]
    std::vector<SequenceRow> rows;
    // A first look (api::RowsPreview): made rows hold fewer pictures than `steps` (the first
    // ones), nothing is judged and `tensors` is null; the complete set follows.
    bool partial = false;
    std::shared_ptr<const RowTensors> tensors;  // for exportRows and rowSound; null when partial
};

// The file types exportRows writes for `modality`, e.g. {".gif", ".mp4", ".png"} (first = default).
std::vector<std::string> exportTypes(const std::string& modality);
// Writes every row of `rows` to `path` in the form its extension asks for (video .gif/.mp4
// animation of the rows side by side or .png strip; audio .wav one row after another or .png;
// series .csv in the dataset's units; .npy for all). Returns the path written. Throws
// std::invalid_argument for a type the modality has no writer for, std::runtime_error
// "<path>: <problem>" when writing fails.
std::string exportRows(const std::string& path, const RowSet& rows);

// Whether this build decodes media files and makes sound (FFmpeg support).
bool haveMediaSupport();

struct Sound {
    std::vector<float> samples;  // mono, in [-1, 1]
    int sample_rate = 0;         // Hz
};
// Griffin-Lim sound of audio row `row`. Throws std::invalid_argument for another modality or a
// build without media support.
Sound rowSound(const RowSet& rows, int row);

}  // namespace dbse::api
