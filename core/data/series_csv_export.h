// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes time series (a sequence, its reconstruction, swap or sample rows) to one CSV file,
// atomically. Layout: header "series,step,<feature names...>", then one line per step of
// each series in the order given; a missing value is an empty cell. Values are written with
// 9 significant digits (float32 round-trips).

#include "core/data/sequence_dataset.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace dbse {

struct SeriesCsvRow {
    std::string name;       // e.g. "original", "reconstruction", "swap a<-b"; no ',' '"' or newline
    torch::Tensor values;   // float [T, F] (any device)
    torch::Tensor missing;  // optional, [T, F], nonzero = missing (written as an empty cell)
};

// The feature names and normalisation a series dataset records in its attributes ("features",
// "feature_mean", "feature_std", comma-separated, as core/data/series_store writes them).
// Names default to f0, f1, ... and the normalisation to mean 0, std 1 when absent or when
// their count is not `features`.
struct SeriesUnits {
    std::vector<std::string> names;  // [F]
    torch::Tensor mean;              // float [F]
    torch::Tensor std;               // float [F]
};
SeriesUnits seriesUnitsOf(const SequenceDataset& dataset, int64_t features);

// Throws std::invalid_argument for shapes that disagree with `feature_names` or a bad name,
// std::runtime_error "<path>: <reason>" when the file cannot be written.
void writeSeriesCsv(const std::string& path, const std::vector<std::string>& feature_names,
                    const std::vector<SeriesCsvRow>& rows);

}  // namespace dbse
