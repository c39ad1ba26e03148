// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What dbse_core asks of dbse_media without linking it: decoding one media file with a
// dataset's preprocessing, Griffin-Lim sound of a spectrogram, and the media formats of
// sequence output. dbse_media installs them in registerMediaDatasetKinds(); in a build without
// media (or before that call) they are empty and callers say so or fall back.
//
// Threads: install once at start-up, before any worker reads them; then read-only.

#include "core/data/sequence_dataset.h"

#include <functional>
#include <string>
#include <vector>

namespace dbse {

struct MediaHooks {
    // (dataset spec "KIND:PATH?options", media file) -> a dataset of that file's first sequence,
    // made with the spec's preprocessing. Throws std::invalid_argument for a kind that is not
    // made from single media files, std::runtime_error "<file>: <problem>" for a bad file.
    std::function<SequenceDataset(const std::string& spec, const std::string& file)> decode_file;
    // spectrogram float [T, bins] of an audio dataset -> mono samples in [-1, 1]; sets `rate` (Hz).
    std::function<std::vector<float>(const torch::Tensor& spectrogram, const SequenceDataset& data, int& rate)> sound;
    // Writes rows float [rows, T, ...] as a media file (video .png/.gif/.mp4, audio .wav/.png).
    std::function<void(const std::string& path, const torch::Tensor& rows, const SequenceDataset& data,
                       const std::string& modality)>
        write_media;
};

void installMediaHooks(MediaHooks hooks);
const MediaHooks& mediaHooks();

}  // namespace dbse
