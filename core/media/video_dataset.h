// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "--dataset video:DIR?frames=8&size=64&sampling=uniform&crop=center&seed=1&test=0.1&label=dynamic"
// or "video:DIR?manifest=clips.csv": a folder of clips (video files or frame folders) as a
// video dataset, uint8 [N, T, 3, size, size], pixel = byte / 255.
//
// Labels: from the layout <label>/<clip> (one label named "class", dynamic or static by
// `label=`) or from a CSV manifest (video_sources.h). Split: the manifest's split column, else
// a seeded random `test` fraction (at least one clip each). Clips are decoded by a pool of
// std::hardware_concurrency threads straight into the result; the built dataset is cached in
// datasetCacheDir() under a key of the folder, the canonical options, the error policy and the
// clips' sizes and modification times, so an unchanged folder loads from the cache.

#include "core/data/dataset_spec.h"

#include <string>

namespace dbse {

// Throws std::invalid_argument for bad options, std::runtime_error "<file>: <problem>" for an
// unusable folder, manifest or (under OnError::Stop) clip; "<DIR>: no usable clip" when every
// clip was skipped.
DatasetForm videoDatasetForm();  // the options loadVideoDataset reads
DatasetSplits loadVideoDataset(const std::string& path_with_options, const DatasetOptions& options);

}  // namespace dbse
