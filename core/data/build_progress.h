// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BuildProgress: how a dataset loader reports DatasetOptions::progress and honours
// DatasetOptions::cancel while it works through `total` steps (source files, clips, sprite
// characters). Fractions reported are done / total scaled into [0, kBuildShare]; loadDataset()
// reports 1 when the loader returns. Thread-safe: worker threads of one build may call step()
// concurrently; the callback is called one call at a time and fractions never decrease.

#include "core/data/dataset_spec.h"

#include <cstddef>
#include <mutex>
#include <string>

namespace dbse {

// The share of the progress bar the source files take; the rest is assembling and caching.
constexpr double kBuildShare = 0.95;

class BuildProgress {
public:
    // `options` must outlive this object.
    BuildProgress(const DatasetOptions& options, std::size_t total);

    // One step done; `what` names it (usually the file just read).
    void step(const std::string& what);
    // True once the cancel flag is set. Workers check it before taking the next step.
    bool cancelled() const;
    // Throws Cancelled when cancelled(); call it between steps and before writing a cache.
    void throwIfCancelled() const;

private:
    const DatasetOptions& options_;
    std::size_t total_;
    std::size_t done_ = 0;
    std::mutex mutex_;
};

// Reports `fraction` (clamped to [0, 1]) and `what` when the options carry a callback.
void reportDatasetProgress(const DatasetOptions& options, double fraction, const std::string& what);
// Throws Cancelled when options.cancel is set.
void throwIfCancelled(const DatasetOptions& options);

}  // namespace dbse
