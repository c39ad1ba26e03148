// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cache of a built audio dataset: <cache dir>/<kind>-<key>.npy (float32 spectrograms
// [N, frames, bins]) and a JSON sidecar of the same name + ".json" (labels, values,
// attributes, split, skipped files). The key hashes the recipe and every source's path,
// labels, split, size and mtime, so editing, adding or removing a file rebuilds.

#include "core/data/dataset_spec.h"
#include "core/media/audio_datasets.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dbse {

struct AudioDatasetParts {
    SequenceDataset all;               // every sequence of every usable file, in source order
    std::vector<uint8_t> test;         // per sequence: 1 = test split
    std::vector<std::string> skipped;  // "<file>: <problem>"
};

std::string audioCachePath(const AudioDatasetRecipe& recipe, const std::vector<AudioSource>& sources,
                           const DatasetOptions& options);

// The cached parts, or nothing when the cache is absent or unreadable (it is then rebuilt).
std::optional<AudioDatasetParts> readAudioCache(const std::string& path);

// Writes the array, then the sidecar, each atomically. Returns false (and leaves no partial
// file) when the cache folder is not writable: a cache is an optimisation, never required.
bool writeAudioCache(const std::string& path, const AudioDatasetParts& parts);

}  // namespace dbse
