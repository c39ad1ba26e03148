// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Built datasets cached on disk, so a dataset that takes minutes to build from source files
// reloads in seconds. One folder per dataset under datasetCacheDir():
//   <kind>-<16 hex digits of the key>/meta.json + <split>.frames.npy, <split>.missing.npy,
//   <split>.static.<i>.npy, <split>.dynamic.<i>.npy, <split>.value.<i>.npy
// Frames keep their compact dtype (uint8 video stays uint8). The folder is written under a
// temporary name and renamed when complete, so a crash never leaves a half cache that loads.

#include "core/data/dataset_spec.h"

#include <optional>
#include <string>
#include <vector>

namespace dbse {

// Everything that changes the built result must be in `key`: the absolute source path, the
// canonical options, a builder version, and sourceFingerprint() of the files read.
std::string datasetCacheFolder(const DatasetOptions& options, const std::string& kind, const std::string& key);

// "name size mtime" of every file, in the given order: changes when a source file changes.
std::string sourceFingerprint(const std::vector<std::string>& files);

// The cached splits, or nothing when the folder is absent. A folder that exists but cannot be
// read (truncated file, other key, bad JSON) is removed and reported as nothing, so the caller
// rebuilds; it never throws for a damaged cache. Sets cache_file to the folder.
std::optional<DatasetSplits> loadCachedDataset(const std::string& folder, const std::string& key);

// Writes the splits (with their skipped list) under `folder`. Throws std::runtime_error naming
// the folder when the disk is full or not writable; a previous cache there stays intact.
void saveCachedDataset(const std::string& folder, const std::string& key, const DatasetSplits& splits);

}  // namespace dbse
