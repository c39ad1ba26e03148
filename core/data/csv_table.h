// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A comma-separated file with a header row, read into text cells, for the time-series
// loaders. Double-quoted cells (with "" for a quote) are understood. Every problem is reported
// as "<file>: <problem>" with the 1-based line and the column name where they apply.

#include "core/data/dataset_spec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dbse {

struct CsvTable {
    std::string file;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // every row has header.size() cells
    std::vector<int64_t> lines;                  // 1-based line number of each row in the file

    // Index of column `name` in the header; throws "<file>: missing column 'name'".
    size_t column(const std::string& name) const;
    // "<file>: line L, column 'C': <problem>" (for messages and DatasetSplits::skipped).
    std::string where(size_t row, size_t column) const;
};

// Reads `file`. Throws std::runtime_error "<file>: ..." for a missing or unreadable file, a
// file over 1 GiB, an empty file or one with a header only. A row whose cell count differs
// from the header's is an error under OnError::Stop; under OnError::Skip it is left out and
// "<file>: line L: ..." is appended to `skipped`.
CsvTable readCsvTable(const std::string& file, OnError on_error, std::vector<std::string>& skipped);

// True for the cells that mean "no value": empty, NA, NaN, null (any case).
bool isMissingCell(const std::string& text);

// The number in cell (row, column); NaN for a missing cell (isMissingCell). A cell that is not a
// number throws "<file>: line L, column 'C': 'text' is not a number" under OnError::Stop; under
// OnError::Skip it is read as missing and the problem appended to `skipped`.
double numericCell(const CsvTable& table, size_t row, size_t column, OnError on_error,
                   std::vector<std::string>& skipped);

// A calendar time as found in a date column.
struct DateTime {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;
};

// Parses "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]" (also with 'T' or '/' separators). Returns false
// for anything else, including out-of-range fields.
bool parseDateTime(const std::string& text, DateTime& out);

}  // namespace dbse
