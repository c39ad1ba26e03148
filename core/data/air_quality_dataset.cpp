// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/air_quality_dataset.h"

#include "core/data/build_progress.h"
#include "core/data/monthly_blocks.h"
#include "core/data/spec_options.h"
#include "core/util/file_error.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

namespace dbse {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& airQualityFeatures() {
    static const std::vector<std::string> names{"PM2.5", "PM10", "SO2", "NO2", "CO",
                                                "O3",    "TEMP", "PRES", "DEWP", "WSPM"};
    return names;
}

struct StationBlocks {
    std::string station;
    CsvTable table;
    std::vector<MonthBlock> blocks;
    int64_t short_months = 0;
};

// Reads one station file and its months. Throws "<file>: ..." for any problem of the file.
StationBlocks readStation(const std::string& file, int steps, OnError on_error, std::vector<std::string>& skipped) {
    StationBlocks s;
    s.table = readCsvTable(file, on_error, skipped);
    const CsvTable& t = s.table;
    const std::vector<size_t> date_columns = columnsOf(t, {"year", "month", "day", "hour"});
    columnsOf(t, airQualityFeatures());
    columnsOf(t, {"RAIN"});
    s.station = t.rows.front()[t.column("station")];
    if (s.station.empty())
        throwFileError(t.where(0, t.column("station")), "empty station name");
    std::vector<DateTime> times;
    for (size_t row = 0; row < t.rows.size(); ++row) {
        double fields[4];
        for (size_t i = 0; i < 4; ++i) {
            fields[i] = numericCell(t, row, date_columns[i], OnError::Stop, skipped);
            if (!std::isfinite(fields[i]))
                throwFileError(t.where(row, date_columns[i]), "missing date field");
        }
        DateTime d;
        d.year = static_cast<int>(fields[0]);
        d.month = static_cast<int>(fields[1]);
        d.day = static_cast<int>(fields[2]);
        d.hour = static_cast<int>(fields[3]);
        if (d.month < 1 || d.month > 12)
            throwFileError(t.where(row, date_columns[1]), "month outside 1..12");
        times.push_back(d);
    }
    s.blocks = monthlyBlocks(times, steps, s.short_months);
    return s;
}

}  // namespace

DatasetForm airQualityDatasetForm() { return {DatasetPathType::Folder, "", {}, {integerOption("steps", 672, 2, 744, "hours per sample (one sample per month)")}}; }

DatasetSplits loadAirQualityDataset(const std::string& path_with_options, const DatasetOptions& options) {
    SpecOptions spec(path_with_options);
    const int steps = spec.integer("steps", 672, 2, 744);
    spec.finish();
    const std::string& dir = spec.path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throwFileError(dir, "not a folder (expected the station CSV files of the Beijing air-quality data)");
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".csv")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty())
        throwFileError(dir, "no .csv station files");

    // One station at a time: only one file's text cells are in memory.
    std::vector<std::string> skipped;
    SeriesSamples samples(steps, airQualityFeatures());
    std::vector<bool> is_test;
    std::vector<std::string> sample_station;
    std::vector<int> sample_year, months;
    std::vector<float> rain, day;
    int64_t short_months = 0;
    BuildProgress progress(options, files.size());
    for (const auto& file : files) {
        progress.throwIfCancelled();
        try {
            const StationBlocks s = readStation(file, steps, options.on_error, skipped);
            const CsvTable& t = s.table;
            const std::vector<size_t> feature_columns = columnsOf(t, airQualityFeatures());
            const size_t rain_column = t.column("RAIN"), day_column = t.column("day");
            short_months += s.short_months;
            for (const auto& block : s.blocks) {
                fillSample(t, block.rows, feature_columns, samples.append(), options.on_error, skipped);
                for (size_t row : block.rows) {
                    rain.push_back(static_cast<float>(numericCell(t, row, rain_column, options.on_error, skipped)));
                    day.push_back(static_cast<float>(numericCell(t, row, day_column, options.on_error, skipped)));
                }
                is_test.push_back(block.year == 2016);
                sample_station.push_back(s.station);
                sample_year.push_back(block.year);
                months.push_back(block.month);
            }
        } catch (const std::runtime_error& e) {
            if (options.on_error == OnError::Stop)
                throw;
            skipped.push_back(e.what());
        }
        progress.step(file);
    }
    const std::set<std::string> station_set(sample_station.begin(), sample_station.end());
    const std::vector<std::string> station_names(station_set.begin(), station_set.end());
    std::vector<int64_t> station_index;
    for (const auto& station : sample_station)
        station_index.push_back(std::lower_bound(station_names.begin(), station_names.end(), station) -
                                station_names.begin());
    SequenceDataset all;
    all.frames = samples.tensor();
    if (samples.count() > 0)
        all.static_labels.push_back(labelColumn("station", station_names, station_index));
    addMonthYearLabels(all, sample_year, months);
    all.values.push_back(valueColumn("RAIN", rain, steps));
    all.values.push_back(valueColumn("day", day, steps));
    all.attributes["months_too_short"] = std::to_string(short_months);
    return finishSeriesSplits(std::move(all), is_test,
                              {"air-quality", dir, spec.canonical(), airQualityFeatures(), std::move(skipped)});
}

}  // namespace dbse
