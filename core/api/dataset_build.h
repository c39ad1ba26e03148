// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade for the "Add dataset" dialog: compose a spec from a kind's form, check its
// path, and build it (blocking, with progress and cancel) into a summary and a preview. Safe
// to include from Qt code.

#include "core/api/dataset_kinds.h"
#include "core/api/dataset_preview.h"
#include "core/util/cancelled.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace dbse::api {

// "KIND:PATH?key=value&..." with the options in the order of the kind's form, leaving out
// those equal to their default and empty text options.
std::string composeDatasetSpec(const DatasetKindInfo& kind, const std::string& path,
                               const std::map<std::string, std::string>& options);

// "" when PATH can be handed to the kind's loader, else "<path>: <problem>" (no such file or
// folder, a file where a folder is expected, an unknown builtin name...). Cheap; any thread.
std::string datasetPathProblem(const DatasetKindInfo& kind, const std::string& path);

struct DatasetBuildSummary {
    std::string spec;
    int64_t train_count = 0, test_count = 0;
    std::vector<int64_t> sequence_shape;  // one sequence: [T, C, H, W] video or [T, F] series
    bool video = false;                   // uint8 frames (else float32 features)
    std::vector<std::string> static_labels, dynamic_labels;  // "name (k classes)"
    std::vector<std::string> skipped;     // "<file>: <problem>" of each source left out
    std::string cache_file;               // empty when the kind keeps no cache
    DatasetPreview preview;               // the first sequences of the train split
};

struct DatasetBuildRequest {
    std::string spec;               // "KIND:PATH?options"
    bool skip_bad_files = false;    // OnError::Skip instead of Stop
    std::string cache_dir;          // empty: the user's cache folder
    int preview_count = 8;
    // Called on the building thread or its workers, one call at a time; fraction in [0, 1].
    std::function<void(double fraction, const std::string& what)> progress;
    const std::atomic<bool>* cancel = nullptr;  // not owned
};

// Builds (or reloads from the cache) the dataset. Blocking: call it off the GUI thread.
// Throws dbse::Cancelled when `cancel` was set (no cache is left), else std::runtime_error or
// std::invalid_argument with the loader's message ("<file>: <problem>").
DatasetBuildSummary buildDataset(const DatasetBuildRequest& request);

}  // namespace dbse::api
