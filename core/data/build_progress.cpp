// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/build_progress.h"

#include "core/util/cancelled.h"

#include <algorithm>

namespace dbse {

void reportDatasetProgress(const DatasetOptions& options, double fraction, const std::string& what) {
    if (options.progress) options.progress(std::clamp(fraction, 0.0, 1.0), what);
}

void throwIfCancelled(const DatasetOptions& options) {
    if (options.cancel && options.cancel->load()) throw Cancelled();
}

BuildProgress::BuildProgress(const DatasetOptions& options, std::size_t total) : options_(options), total_(total) {}

void BuildProgress::step(const std::string& what) {
    std::lock_guard<std::mutex> lock(mutex_);
    ++done_;
    const double fraction = total_ == 0 ? 1.0 : double(std::min(done_, total_)) / double(total_);
    reportDatasetProgress(options_, kBuildShare * fraction, what);
}

bool BuildProgress::cancelled() const { return options_.cancel && options_.cancel->load(); }

void BuildProgress::throwIfCancelled() const { dbse::throwIfCancelled(options_); }

}  // namespace dbse
