// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/physionet_dataset.h"

#include "core/data/build_progress.h"
#include "core/data/csv_table.h"
#include "core/data/series_store.h"
#include "core/data/spec_options.h"
#include "core/util/file_error.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>

namespace dbse {
namespace {

namespace fs = std::filesystem;

constexpr int64_t kMaxHours = 80;
constexpr int64_t kMinHours = 40;
constexpr double kMaxMissingFraction = 0.6;

const std::vector<std::string>& physionetFeatures() {
    static const std::vector<std::string> names{"DiasABP", "GCS",      "HCT",      "MAP",     "NIDiasABP",
                                                "NIMAP",   "NISysABP", "RespRate", "SysABP", "Temp"};
    return names;
}

const std::vector<std::string>& icuTypeNames() {
    static const std::vector<std::string> names{"Coronary Care Unit", "Cardiac Surgery Recovery Unit",
                                                "Medical ICU", "Surgical ICU"};
    return names;
}

struct Outcome {
    float saps_i = NAN, sofa = NAN, in_hospital_death = NAN;
};

struct Record {
    int64_t id = 0;
    int icu_type = 0;  // 1..4
    float age = NAN, gender = NAN, height = NAN, weight = NAN;
    int64_t hours = 0;
    std::vector<float> values;    // [hours, 10], NaN = missing
    std::vector<float> mechvent;  // [hours]
};

float unknownIfNegative(double v) { return std::isfinite(v) && v >= 0 ? static_cast<float>(v) : NAN; }

// Outlier fixes of the used features (see the header).
// RecordIDs and ICU types are whole numbers; a value that is not one in [0, 1e15] (a damaged
// file) gives -1, which the callers report, never an out-of-range conversion.
int64_t wholeNumberOrMinusOne(double v) {
    return std::isfinite(v) && v >= 0 && v <= 1e15 && v == std::floor(v) ? static_cast<int64_t>(v) : -1;
}

double fixedValue(const std::string& parameter, double v) {
    if (v < 0)
        return NAN;
    if (parameter == "Temp") {
        if (v < 25) return NAN;
        if (v > 45) return (v - 32.0) / 1.8;
    }
    return v;
}

// Minutes since admission from "hh:mm"; nullopt for anything else.
std::optional<int64_t> minutesOf(const std::string& text) {
    int hours = -1, minutes = -1, used = 0;
    if (std::sscanf(text.c_str(), "%d:%d%n", &hours, &minutes, &used) != 2 || static_cast<size_t>(used) != text.size() ||
        hours < 0 || hours > 24 * 365 || minutes < 0 || minutes >= 60)
        return std::nullopt;
    return int64_t{hours} * 60 + minutes;
}

// Parses one record; throws "<file>: ..." for a broken one.
Record readRecord(const std::string& file, OnError on_error, std::vector<std::string>& skipped) {
    const CsvTable table = readCsvTable(file, OnError::Stop, skipped);
    const size_t time_col = table.column("Time"), param_col = table.column("Parameter"), value_col = table.column("Value");
    const auto& features = physionetFeatures();
    Record r;
    bool has_id = false;
    struct Measurement {
        int64_t minute;
        int feature;  // index in features, 10 = MechVent
        double value;
    };
    std::vector<Measurement> series;
    int64_t first = -1, last = -1;
    for (size_t row = 0; row < table.rows.size(); ++row) {
        const std::string& parameter = table.rows[row][param_col];
        const auto minute = minutesOf(table.rows[row][time_col]);
        if (!minute)
            throwFileError(table.where(row, time_col), "'" + table.rows[row][time_col].substr(0, 20) + "' is not a time hh:mm");
        const double v = numericCell(table, row, value_col, on_error, skipped);
        const bool descriptor = parameter == "RecordID" || parameter == "Age" || parameter == "Gender" ||
                                parameter == "Height" || parameter == "ICUType" || (parameter == "Weight" && *minute == 0);
        if (descriptor) {
            if (parameter == "RecordID") {
                r.id = wholeNumberOrMinusOne(v);
                has_id = std::isfinite(v);
                if (has_id && r.id < 0)
                    throwFileError(table.where(row, value_col), "RecordID is not a whole number in 0..10^15");
            }
            else if (parameter == "Age") r.age = unknownIfNegative(v) > 130 ? 91.4f : unknownIfNegative(v);
            else if (parameter == "Gender") r.gender = unknownIfNegative(v);
            else if (parameter == "Height") r.height = unknownIfNegative(v);
            else if (parameter == "Weight") r.weight = unknownIfNegative(v);
            else r.icu_type = static_cast<int>(std::min<int64_t>(wholeNumberOrMinusOne(v), 1000));
            continue;
        }
        first = first < 0 ? *minute : std::min(first, *minute);
        last = std::max(last, *minute);
        const auto it = std::find(features.begin(), features.end(), parameter);
        if (it != features.end())
            series.push_back({*minute, static_cast<int>(it - features.begin()), fixedValue(parameter, v)});
        else if (parameter == "MechVent")
            series.push_back({*minute, 10, v});
    }
    if (!has_id)
        throwFileError(file, "no RecordID row");
    if (r.icu_type < 1 || r.icu_type > 4)
        throwFileError(file, "ICUType missing or outside 1..4");
    r.hours = first < 0 ? 0 : std::min<int64_t>(last / 60 - first / 60 + 1, kMaxHours);
    const size_t F = features.size();
    std::vector<double> sums(static_cast<size_t>(r.hours) * (F + 1), 0.0);
    std::vector<int> counts(sums.size(), 0);
    for (const auto& m : series) {
        const int64_t hour = m.minute / 60 - first / 60;
        if (hour >= r.hours || !std::isfinite(m.value))
            continue;
        const size_t cell = static_cast<size_t>(hour) * (F + 1) + static_cast<size_t>(m.feature);
        sums[cell] += m.value;
        ++counts[cell];
    }
    r.values.assign(static_cast<size_t>(r.hours) * F, NAN);
    r.mechvent.assign(static_cast<size_t>(r.hours), NAN);
    for (int64_t h = 0; h < r.hours; ++h) {
        for (size_t f = 0; f <= F; ++f) {
            const size_t cell = static_cast<size_t>(h) * (F + 1) + f;
            const float mean = counts[cell] ? static_cast<float>(sums[cell] / counts[cell]) : NAN;
            (f < F ? r.values[static_cast<size_t>(h) * F + f] : r.mechvent[static_cast<size_t>(h)]) = mean;
        }
    }
    return r;
}

std::map<int64_t, Outcome> readOutcomes(const std::string& file, OnError on_error, std::vector<std::string>& skipped) {
    const CsvTable table = readCsvTable(file, on_error, skipped);
    const size_t id_col = table.column("RecordID"), saps_col = table.column("SAPS-I"), sofa_col = table.column("SOFA"),
                 death_col = table.column("In-hospital_death");
    std::map<int64_t, Outcome> outcomes;
    for (size_t row = 0; row < table.rows.size(); ++row) {
        const double id = numericCell(table, row, id_col, OnError::Stop, skipped);
        if (!std::isfinite(id))
            throwFileError(table.where(row, id_col), "missing RecordID");
        if (wholeNumberOrMinusOne(id) < 0)
            throwFileError(table.where(row, id_col), "RecordID is not a whole number in 0..10^15");
        outcomes[wholeNumberOrMinusOne(id)] = {unknownIfNegative(numericCell(table, row, saps_col, on_error, skipped)),
                                              unknownIfNegative(numericCell(table, row, sofa_col, on_error, skipped)),
                                              unknownIfNegative(numericCell(table, row, death_col, on_error, skipped))};
    }
    return outcomes;
}

bool keep(const Record& r) {
    if (r.hours < kMinHours)
        return false;
    const auto missing = std::count_if(r.values.begin(), r.values.end(), [](float v) { return std::isnan(v); });
    return static_cast<double>(missing) <= kMaxMissingFraction * static_cast<double>(r.values.size());
}

}  // namespace

DatasetForm physionetDatasetForm() { return {DatasetPathType::Folder, "", {}, {}}; }

DatasetSplits loadPhysionetDataset(const std::string& path_with_options, const DatasetOptions& options) {
    SpecOptions spec(path_with_options);
    spec.finish();
    const fs::path dir(spec.path());
    const fs::path records_dir = dir / "set-a", outcomes_file = dir / "Outcomes-a.txt";
    std::error_code ec;
    if (!fs::is_directory(records_dir, ec))
        throwFileError(records_dir.string(), "not a folder (expected DIR/set-a with the PhysioNet 2012 records)");
    std::vector<std::string> skipped;
    const std::map<int64_t, Outcome> outcomes = readOutcomes(outcomes_file.string(), options.on_error, skipped);
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(records_dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".txt")
            files.push_back(entry.path().string());
    if (files.empty())
        throwFileError(records_dir.string(), "no .txt records");
    std::sort(files.begin(), files.end());

    std::vector<Record> kept;
    int64_t dropped = 0;
    BuildProgress progress(options, files.size());
    for (const auto& file : files) {
        progress.throwIfCancelled();
        try {
            Record r = readRecord(file, options.on_error, skipped);
            if (outcomes.count(r.id) == 0)
                throwFileError(file, "RecordID " + std::to_string(r.id) + " has no row in " + outcomes_file.string());
            if (keep(r)) kept.push_back(std::move(r));
            else ++dropped;
        } catch (const std::runtime_error& e) {
            if (options.on_error == OnError::Stop)
                throw;
            skipped.push_back(e.what());
        }
        progress.step(file);
    }
    std::sort(kept.begin(), kept.end(), [](const Record& a, const Record& b) { return a.id < b.id; });

    const auto& features = physionetFeatures();
    SeriesSamples samples(kMaxHours, features);
    std::vector<bool> is_test;
    std::vector<int64_t> icu;
    std::vector<float> age, gender, height, weight, saps, sofa, death, hours, mechvent;
    const size_t test_count = kept.size() / 5;
    for (size_t i = 0; i < kept.size(); ++i) {
        const Record& r = kept[i];
        std::copy(r.values.begin(), r.values.end(), samples.append());
        std::vector<float> vent(static_cast<size_t>(kMaxHours), NAN);
        std::copy(r.mechvent.begin(), r.mechvent.end(), vent.begin());
        mechvent.insert(mechvent.end(), vent.begin(), vent.end());
        is_test.push_back(i < test_count);
        icu.push_back(r.icu_type - 1);
        const Outcome& o = outcomes.at(r.id);
        age.push_back(r.age);
        gender.push_back(r.gender);
        height.push_back(r.height);
        weight.push_back(r.weight);
        saps.push_back(o.saps_i);
        sofa.push_back(o.sofa);
        death.push_back(o.in_hospital_death);
        hours.push_back(static_cast<float>(r.hours));
    }
    SequenceDataset all;
    all.frames = samples.tensor();
    if (!kept.empty())
        all.static_labels.push_back(labelColumn("icu_type", icuTypeNames(), icu));
    const std::pair<const char*, const std::vector<float>*> columns[] = {
        {"age", &age}, {"gender", &gender}, {"height", &height}, {"weight", &weight}, {"saps_i", &saps},
        {"sofa", &sofa}, {"in_hospital_death", &death}, {"hours", &hours}};
    for (const auto& [name, values] : columns)
        all.values.push_back(valueColumn(name, *values));
    all.values.push_back(valueColumn("mechvent", mechvent, kMaxHours));
    all.attributes["records_dropped"] = std::to_string(dropped);
    return finishSeriesSplits(std::move(all), is_test,
                              {"physionet", records_dir.string(), spec.canonical(), features, std::move(skipped)});
}

}  // namespace dbse
