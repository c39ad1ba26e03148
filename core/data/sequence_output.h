// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes rows of sequences (a swap, a sequence and its samples) in the form the extension of
// the output path asks for, as the run's modality allows:
//   video  .png grid (rows x time), .gif / .mp4 animation (frame t of every row side by side),
//          .npy uint8 [rows, T, C, H, W]
//   audio  .wav: the rows one after another, each turned into sound with Griffin-Lim and
//          followed by one chunk of silence; .png: the rows' log-magnitude spectrograms side
//          by side (time left to right, low frequencies at the bottom); .npy float32 [rows, T, bins]
//   series .csv: one block of lines per row (core/data/series_csv_export.h) in the dataset's
//          original units (its training normalisation undone); .npy float32 [rows, T, F] in
//          the same units
// Media formats are written by dbse_media (core/data/media_hooks.h); requested from a build
// without media support they are written as .npy beside the requested path (said on stderr).

#include "core/data/sequence_dataset.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace dbse {

struct SequenceRows {
    std::vector<std::string> names;  // one per row, e.g. "a", "b", "static-a+dynamic-b"
    torch::Tensor values;            // float [rows, T, ...element]: video in [0, 1]; else as the model sees it
    torch::Tensor missing;           // optional float, same shape, 1 = missing (series inputs)
};

// `modality`: the run's ModelConfig::modality; `data` supplies the audio STFT settings and the
// series feature names and normalisation. Returns the path written. Throws
// std::invalid_argument for an extension the modality has no writer for (naming those it has).
std::string writeSequenceRows(const std::string& path, const SequenceRows& rows, const SequenceDataset& data,
                              const std::string& modality);

}  // namespace dbse
