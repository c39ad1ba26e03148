// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/csv_series_dataset.h"

#include "core/data/csv_table.h"
#include "core/data/monthly_blocks.h"
#include "core/data/series_store.h"
#include "core/data/spec_options.h"
#include "core/util/file_error.h"
#include "core/util/text_split.h"

#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace dbse {
namespace {

std::string lowered(std::string s) {
    for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

std::optional<size_t> dateColumn(const CsvTable& t, const std::string& requested) {
    if (!requested.empty())
        return t.column(requested);
    for (size_t c = 0; c < t.header.size(); ++c) {
        const std::string name = lowered(t.header[c]);
        if (name == "date" || name == "time" || name == "datetime" || name == "timestamp")
            return c;
    }
    DateTime unused;
    for (size_t c = 0; c < t.header.size(); ++c)
        if (parseDateTime(t.rows.front()[c], unused))
            return c;
    return std::nullopt;
}

bool isNumberOrMissing(const std::string& text) {
    if (isMissingCell(text))
        return true;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    return end == text.c_str() + text.size() && std::isfinite(v);
}

std::vector<size_t> featureColumns(const CsvTable& t, const std::string& requested, std::optional<size_t> date) {
    std::vector<size_t> columns;
    if (!requested.empty()) {
        for (const auto& name : splitText(requested, ','))
            if (!name.empty()) columns.push_back(t.column(name));
        if (columns.empty())
            throw std::invalid_argument("dataset option 'columns': no column names given");
        return columns;
    }
    for (size_t c = 0; c < t.header.size(); ++c) {
        if (date && c == *date)
            continue;
        bool numeric = true, any_value = false;
        for (const auto& row : t.rows) {
            numeric = numeric && isNumberOrMissing(row[c]);
            any_value = any_value || !isMissingCell(row[c]);
            if (!numeric) break;
        }
        if (numeric && any_value)
            columns.push_back(c);
    }
    if (columns.empty())
        throwFileError(t.file, "no numeric column (give them with columns=a,b,c)");
    return columns;
}

}  // namespace

DatasetForm csvSeriesDatasetForm() {
    return {DatasetPathType::File, "CSV files (*.csv)", {},
            {integerOption("length", 24, 2, 4096, "rows per window: the sequence length T"),
             derivedIntegerOption("stride", 1, 1 << 20, "rows between the starts of two windows (default: length)"),
             realOption("test", "0.2", 0.0, 0.9, "fraction of the rows, the last ones, kept for testing"),
             textOption("columns", "feature columns, comma separated (default: every numeric column)"),
             textOption("date", "the date column (default: found by its name)")}};
}

DatasetSplits loadCsvSeriesDataset(const std::string& path_with_options, const DatasetOptions& options) {
    SpecOptions spec(path_with_options);
    const int length = spec.integer("length", 24, 2, 4096);
    const int stride = spec.integer("stride", length, 1, 1 << 20);
    const double test_fraction = spec.real("test", 0.2, 0.0, 0.9);
    const std::string requested_columns = spec.text("columns", "");
    const std::string requested_date = spec.text("date", "");
    spec.finish();
    const std::string& file = spec.path();
    std::vector<std::string> skipped;
    const CsvTable table = readCsvTable(file, options.on_error, skipped);
    const std::optional<size_t> date = dateColumn(table, requested_date);
    const std::vector<size_t> columns = featureColumns(table, requested_columns, date);
    std::vector<std::string> names;
    for (size_t c : columns) names.push_back(table.header[c]);

    const int64_t rows = static_cast<int64_t>(table.rows.size());
    const int64_t train_rows = rows - static_cast<int64_t>(std::floor(test_fraction * static_cast<double>(rows)));
    // Overlapping windows copy rows: refuse a store of more than 2^30 values (4 GiB).
    const int64_t windows = rows >= length ? (rows - length) / stride + 1 : 0;
    if (windows * length * static_cast<int64_t>(names.size()) > (int64_t{1} << 30))
        throwFileError(file, std::to_string(windows) + " windows of " + std::to_string(length) + " x " +
                                 std::to_string(names.size()) + " values exceed 4 GiB; use a larger stride");
    SeriesSamples samples(length, names);
    std::vector<bool> is_test;
    std::vector<int64_t> months;
    bool all_dated = date.has_value();
    std::vector<size_t> window(static_cast<size_t>(length));
    for (int part = 0; part < 2; ++part) {
        const int64_t begin = part == 0 ? 0 : train_rows, end = part == 0 ? train_rows : rows;
        for (int64_t first = begin; first + length <= end; first += stride) {
            for (int64_t t = 0; t < length; ++t) window[static_cast<size_t>(t)] = static_cast<size_t>(first + t);
            fillSample(table, window, columns, samples.append(), options.on_error, skipped);
            is_test.push_back(part == 1);
            DateTime when;
            if (all_dated && parseDateTime(table.rows[static_cast<size_t>(first)][*date], when))
                months.push_back(when.month - 1);
            else
                all_dated = false;
        }
    }
    if (samples.count() == 0)
        throwFileError(file, std::to_string(rows) + " rows make no window of length " + std::to_string(length));
    SequenceDataset all;
    all.frames = samples.tensor();
    if (all_dated)
        all.static_labels.push_back(labelColumn("month", monthClassNames(), months));
    if (date) all.attributes["date_column"] = table.header[*date];
    return finishSeriesSplits(std::move(all), is_test,
                              {"csv", file, spec.canonical(), names, std::move(skipped)});
}

}  // namespace dbse
