// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `csv:FILE?length=N&stride=S&columns=a,b,c&test=0.2&date=NAME`: any multivariate CSV with a
// header row, one time step per row, in time order.
//   - date column: `date=NAME`, else the first column whose name is date/time/datetime/
//     timestamp (any case), else the first column whose first cell parses as a date; it is
//     never a feature. No date column is fine.
//   - features: `columns=` (comma separated names), else every other column whose cells are
//     all numbers or missing (empty, NA, NaN, null); missing cells -> missing mask.
//   - windows of `length` rows (default 24) every `stride` rows (default: length); a last
//     partial window is left out.
//   - split in time: the first (1 - test) of the rows make the train windows, the rest the
//     test windows (default test=0.2), so overlapping windows never straddle the two.
//   - z-score with the observed training entries (series_store.h).
// Each window keeps its first row's date as static labels "month" (when a date column exists).

#include "core/data/dataset_spec.h"

namespace dbse {

DatasetForm csvSeriesDatasetForm();  // the options loadCsvSeriesDataset reads
DatasetSplits loadCsvSeriesDataset(const std::string& path_with_options, const DatasetOptions& options);

}  // namespace dbse
