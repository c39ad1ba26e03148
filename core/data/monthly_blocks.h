// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One sample per calendar month, as the ETTh1 and Air-Quality loaders of PROTOCOLS 4 cut them:
// the first `steps` rows of each (year, month) group; shorter groups are left out.

#include "core/data/csv_table.h"
#include "core/data/series_store.h"

#include <cstdint>
#include <vector>

namespace dbse {

struct MonthBlock {
    int year = 0, month = 0;
    std::vector<size_t> rows;  // the first `steps` table rows of the month, in file order
};

// Groups rows by (year, month) of `times` (one per table row), in order of first appearance.
// `short_groups` receives the number of groups with fewer than `steps` rows.
std::vector<MonthBlock> monthlyBlocks(const std::vector<DateTime>& times, int64_t steps, int64_t& short_groups);

// Fills one sample [steps, columns.size()] with the numbers of `rows` x `columns` (NaN where
// missing; see numericCell for bad cells).
void fillSample(const CsvTable& table, const std::vector<size_t>& rows, const std::vector<size_t>& columns,
                float* sample, OnError on_error, std::vector<std::string>& skipped);

// The column indices of `names` in `table` (throws naming the file and the missing column).
std::vector<size_t> columnsOf(const CsvTable& table, const std::vector<std::string>& names);

// Class names "1".."12" for month labels.
std::vector<std::string> monthClassNames();

// Adds the static labels "month" (classes 1..12) and "year" (the years present, ascending) of
// monthly samples; `years[i]`, `months[i]` (1..12) belong to sample i. Nothing for no sample.
void addMonthYearLabels(SequenceDataset& dataset, const std::vector<int>& years, const std::vector<int>& months);

}  // namespace dbse
