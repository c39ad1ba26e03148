// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DatasetForm: what a dialog needs to offer one dataset kind — what its PATH names and the
// options it reads after '?' (key, type, default, range or choices, one line of help). Each
// loader declares its table beside its option parsing; test_dataset_forms checks that every
// option in a table is accepted by the loader with its default and bounds, that values
// outside the bounds and unknown keys are refused. Plain std types only (no torch).

#include <string>
#include <vector>

namespace dbse {

enum class OptionType { Integer, Real, Choice, Text };

struct DatasetOptionInfo {
    std::string key;
    OptionType type = OptionType::Text;
    // As written in a spec. "" means the loader derives the default from other options (an
    // integer such as csv's stride = length) or, for text, that the option is not given.
    std::string default_value;
    double min = 0, max = 0;           // Integer and Real: the allowed range, inclusive
    std::vector<std::string> choices;  // Choice: the allowed values
    std::string help;                  // one line
};

enum class DatasetPathType {
    Name,    // one of DatasetForm::names (builtin)
    File,    // a file, matching DatasetForm::file_filter
    Folder   // a folder
};

struct DatasetForm {
    DatasetPathType path_type = DatasetPathType::Folder;
    std::string file_filter;         // File: a Qt-style filter, e.g. "CSV files (*.csv)"
    std::vector<std::string> names;  // Name: the names allowed
    std::vector<DatasetOptionInfo> options;
};

inline DatasetOptionInfo integerOption(std::string key, int fallback, int lo, int hi, std::string help) {
    return {std::move(key), OptionType::Integer, std::to_string(fallback), double(lo), double(hi), {}, std::move(help)};
}
// An integer whose default the loader derives from other options (said in `help`).
inline DatasetOptionInfo derivedIntegerOption(std::string key, int lo, int hi, std::string help) {
    return {std::move(key), OptionType::Integer, "", double(lo), double(hi), {}, std::move(help)};
}
inline DatasetOptionInfo realOption(std::string key, std::string fallback, double lo, double hi, std::string help) {
    return {std::move(key), OptionType::Real, std::move(fallback), lo, hi, {}, std::move(help)};
}
inline DatasetOptionInfo choiceOption(std::string key, std::string fallback, std::vector<std::string> choices,
                                      std::string help) {
    return {std::move(key), OptionType::Choice, std::move(fallback), 0, 0, std::move(choices), std::move(help)};
}
inline DatasetOptionInfo textOption(std::string key, std::string help) {
    return {std::move(key), OptionType::Text, "", 0, 0, {}, std::move(help)};
}

}  // namespace dbse
