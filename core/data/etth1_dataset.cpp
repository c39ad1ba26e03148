// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/etth1_dataset.h"

#include "core/data/monthly_blocks.h"
#include "core/data/spec_options.h"

#include <torch/torch.h>


namespace dbse {

DatasetForm etth1DatasetForm() { return {DatasetPathType::File, "ETTh1 (*.csv)", {}, {integerOption("steps", 672, 2, 744, "hours per sample (one sample per month)")}}; }

DatasetSplits loadEtth1Dataset(const std::string& path_with_options, const DatasetOptions& options) {
    SpecOptions spec(path_with_options);
    const int steps = spec.integer("steps", 672, 2, 744);
    spec.finish();
    const std::string& file = spec.path();
    std::vector<std::string> skipped;
    const CsvTable table = readCsvTable(file, options.on_error, skipped);
    const std::vector<std::string> features{"HUFL", "HULL", "MUFL", "MULL", "LUFL", "LULL"};
    const std::vector<size_t> feature_columns = columnsOf(table, features);
    const size_t date_column = table.column("date");
    const size_t ot_column = table.column("OT");

    // Rows with an unreadable date cannot be placed in a month.
    std::vector<DateTime> times;
    std::vector<size_t> dated_rows;
    for (size_t row = 0; row < table.rows.size(); ++row) {
        DateTime t;
        if (parseDateTime(table.rows[row][date_column], t)) {
            times.push_back(t);
            dated_rows.push_back(row);
            continue;
        }
        const std::string message = table.where(row, date_column) + ": '" + table.rows[row][date_column].substr(0, 40) +
                                    "' is not a date (YYYY-MM-DD HH:MM:SS)";
        if (options.on_error == OnError::Stop)
            throw std::runtime_error(message);
        skipped.push_back(message);
    }
    int64_t short_months = 0;
    std::vector<MonthBlock> blocks = monthlyBlocks(times, steps, short_months);

    SeriesSamples samples(steps, features);
    std::vector<bool> is_test;
    std::vector<int> months, years;
    std::vector<float> ot, day;
    for (auto& block : blocks) {
        for (size_t& row : block.rows) row = dated_rows[row];
        fillSample(table, block.rows, feature_columns, samples.append(), options.on_error, skipped);
        for (size_t row : block.rows) {
            ot.push_back(static_cast<float>(numericCell(table, row, ot_column, options.on_error, skipped)));
            DateTime t;
            parseDateTime(table.rows[row][date_column], t);
            day.push_back(static_cast<float>(t.day));
        }
        is_test.push_back(block.year == 2016);
        months.push_back(block.month);
        years.push_back(block.year);
    }
    SequenceDataset all;
    all.frames = samples.tensor();
    addMonthYearLabels(all, years, months);
    all.values.push_back(valueColumn("OT", ot, steps));
    all.values.push_back(valueColumn("day", day, steps));
    all.attributes["months_too_short"] = std::to_string(short_months);
    return finishSeriesSplits(std::move(all), is_test,
                              {"etth1", file, spec.canonical(), features, std::move(skipped)});
}

}  // namespace dbse
