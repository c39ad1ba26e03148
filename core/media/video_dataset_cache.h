// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cache of a built video dataset: <base>.train.npy and <base>.test.npy (uint8 frames) and
// <base>.json (the key it was built for, names, labels, attributes, skipped sources). The JSON
// is written last, so a cache without it is incomplete and ignored.

#include "core/data/dataset_spec.h"

#include <optional>
#include <string>

namespace dbse {

// Writes the cache atomically file by file. Throws std::runtime_error naming the file on I/O errors.
void saveVideoDatasetCache(const std::string& base, const std::string& key, const DatasetSplits& splits);

// The cached splits when <base>.json exists and was written for `key`; std::nullopt when it
// is absent, stale or unreadable (the caller rebuilds). Sets cache_file to <base>.json.
std::optional<DatasetSplits> loadVideoDatasetCache(const std::string& base, const std::string& key);

}  // namespace dbse
