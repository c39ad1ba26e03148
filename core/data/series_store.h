// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the time-series loaders share: gathering fixed-length samples, cutting train/test, and
// the "mean_zero" normalisation of PROTOCOLS 4 (z-score per feature with the mean and std of
// the OBSERVED TRAINING entries only; std 0 -> 1; missing and padded entries stored as 0 with
// missing = 1).

#include "core/data/dataset_spec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dbse {

// Samples of T steps x F features being gathered; NaN marks a missing (or padded) value.
class SeriesSamples {
public:
    SeriesSamples(int64_t steps, std::vector<std::string> feature_names);
    int64_t steps() const { return steps_; }
    int64_t features() const { return static_cast<int64_t>(feature_names_.size()); }
    int64_t count() const { return count_; }
    // Appends one sample, all NaN; returns a pointer to its T*F values (row-major [T, F]),
    // valid until the next append.
    float* append();
    // float32 [N, T, F] with NaN for missing.
    torch::Tensor tensor() const;
    const std::vector<std::string>& featureNames() const { return feature_names_; }

private:
    int64_t steps_;
    std::vector<std::string> feature_names_;
    int64_t count_ = 0;
    std::vector<float> values_;
};

// How a loader built its samples, for finishSeriesSplits.
struct SeriesBuild {
    std::string name;                        // e.g. "etth1": splits are "<name>/train", "<name>/test"
    std::string source;                      // the file or folder read (messages, attributes)
    std::string options;                     // SpecOptions::canonical()
    std::vector<std::string> feature_names;  // one per feature F
    std::vector<std::string> skipped;        // "<file>: <problem>" left out under OnError::Skip
};

// `all`: frames float32 [N, T, F] with NaN = missing, labels and values for the same N rows.
// Splits rows by `is_test`, normalises both splits with the training statistics, fills
// `missing`, and records source, options, features and statistics in the attributes. Throws
// std::runtime_error "<source>: ..." when there is no training sample.
DatasetSplits finishSeriesSplits(SequenceDataset all, const std::vector<bool>& is_test, SeriesBuild build);

// A label column from per-sample class indices.
LabelColumn labelColumn(const std::string& name, std::vector<std::string> classes, const std::vector<int64_t>& values);
// A value column float32 [N] or [N, T] from row-major values (NaN = unknown).
ValueColumn valueColumn(const std::string& name, const std::vector<float>& values, int64_t steps = 0);

}  // namespace dbse
