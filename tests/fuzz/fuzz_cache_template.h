// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dataset cache folder the cache fuzz target starts from (and its seed is made of): four
// procedural shapes of 16x16 pixels per split, saved with saveCachedDataset under key
// kFuzzCacheKey, every file of the folder read into memory (file name -> bytes).

#include "core/data/dataset_cache.h"
#include "core/data/procedural_shapes.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

namespace dbse::fuzz {

inline const std::string kFuzzCacheKey = "fuzz-cache-key";

inline std::map<std::string, std::string> cacheTemplateFiles(const std::filesystem::path& scratch) {
    DatasetSplits splits;
    splits.train = makeShapesDataset({4, 1, 4, 16});
    splits.test = makeShapesDataset({4, 2, 4, 16});
    const std::filesystem::path folder = scratch / "cache-template";
    std::filesystem::remove_all(folder);
    saveCachedDataset(folder.string(), kFuzzCacheKey, splits);
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        files[entry.path().filename().string()].assign(std::istreambuf_iterator<char>(in), {});
    }
    std::filesystem::remove_all(folder);
    return files;
}

}  // namespace dbse::fuzz
