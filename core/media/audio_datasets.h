// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Audio dataset kinds (target dbse_media):
//   fsdd:DIR   the Free Spoken Digit Dataset (DIR/recordings/<digit>_<speaker>_<index>.wav);
//              static label = speaker, dynamic label = digit; official split: index 0-4 test.
//   audio:DIR  any folder of sound files; labels from <static>/<file>, <static>/<dynamic>/<file>
//              or a manifest CSV "file,static,dynamic"; a seeded per-file test split.
// Each file is decoded (mono, resampled), cut into chunks (the last zero-padded) and every
// chunk becomes one sequence: float32 [N, frames, bins] spectrograms (PROTOCOLS 1.4 by
// default) that keep their file's labels. Options after '?': rate, chunk, n_fft, win, hop,
// power, max_seconds (audio:DIR also test, manifest). Built once and cached.

#include "core/data/dataset_spec.h"
#include "core/data/spectrogram.h"
#include "core/media/audio_io.h"

#include <string>
#include <vector>

namespace dbse {

// One sound file and what it is labelled with. Empty label text = unlabelled.
struct AudioSource {
    std::string file;  // absolute or relative to the working directory
    std::string static_label;
    std::string dynamic_label;
    bool test = false;  // which split its chunks go to
};

struct AudioDatasetRecipe {
    std::string kind;            // "fsdd", "audio": dataset names and cache file names
    std::string source;          // the folder, for attributes and the cache key
    std::string options;         // canonical options (SpecOptions::canonical)
    std::string static_name;     // label column names, e.g. "speaker" / "digit"
    std::string dynamic_name;
    AudioDecodeOptions decode;
    SpectrogramOptions spectrogram;
    int workers = 0;             // decoding threads; 0 = available cores
};

// Decodes `sources` in a worker pool into train/test splits, or loads them from the dataset
// cache (core/data/dataset_cache.h; keyed by the recipe, the error policy, and each file's
// labels, split, size and mtime).
// OnError::Stop throws the first bad file's "<file>: <problem>"; Skip records it in
// DatasetSplits::skipped. Throws std::runtime_error "<source>: ..." when no file is usable.
DatasetSplits buildAudioDataset(const AudioDatasetRecipe& recipe, const std::vector<AudioSource>& sources,
                                const DatasetOptions& options);

// How the spectrograms of an audio dataset were made: read back from the attributes that
// buildAudioDataset records (sample_rate, n_fft, win_length, hop_length, chunk_samples,
// power). Throws std::invalid_argument naming the dataset when they are missing or malformed
// (e.g. float data from npy:FILE, which has no STFT to invert).
struct AudioFeatures {
    SpectrogramOptions spectrogram;
    int sample_rate = 0;  // Hz
};
AudioFeatures audioFeaturesOf(const SequenceDataset& dataset);

// The loaders registered as "fsdd" and "audio"; `path` may carry options after '?'.
DatasetForm fsddDatasetForm();         // the options loadFsddDataset reads
DatasetForm audioFolderDatasetForm();  // the options loadAudioFolderDataset reads
DatasetSplits loadFsddDataset(const std::string& path, const DatasetOptions& options);
DatasetSplits loadAudioFolderDataset(const std::string& path, const DatasetOptions& options);

}  // namespace dbse
