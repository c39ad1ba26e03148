// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/spec_options.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace dbse {

namespace {
std::invalid_argument optionError(const std::string& key, const std::string& problem) {
    return std::invalid_argument("dataset option '" + key + "': " + problem);
}

std::string formatReal(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}
}  // namespace

SpecOptions::SpecOptions(const std::string& path_with_options) : text_(path_with_options) {
    const auto question = path_with_options.find('?');
    path_ = path_with_options.substr(0, question);
    if (question == std::string::npos)
        return;
    std::istringstream pairs(path_with_options.substr(question + 1));
    std::string pair;
    while (std::getline(pairs, pair, '&')) {
        if (pair.empty())
            continue;
        const auto equals = pair.find('=');
        if (equals == std::string::npos || equals == 0)
            throw std::invalid_argument("dataset '" + text_ + "': option '" + pair + "' must be key=value");
        const std::string key = pair.substr(0, equals);
        if (!values_.emplace(key, pair.substr(equals + 1)).second)
            throw std::invalid_argument("dataset '" + text_ + "': option '" + key + "' given twice");
    }
}

const std::string* SpecOptions::raw(const std::string& key) {
    read_.insert(key);
    const auto found = values_.find(key);
    return found == values_.end() ? nullptr : &found->second;
}

int SpecOptions::integer(const std::string& key, int fallback, int lo, int hi) {
    const std::string* value = raw(key);
    int result = fallback;
    if (value) {
        std::size_t used = 0;
        long parsed = 0;
        try {
            parsed = std::stol(*value, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != value->size())
            throw optionError(key, "'" + *value + "' is not an integer");
        if (parsed < lo || parsed > hi)
            throw optionError(key, *value + " is outside [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
        result = static_cast<int>(parsed);
    }
    resolved_[key] = std::to_string(result);
    return result;
}

double SpecOptions::real(const std::string& key, double fallback, double lo, double hi) {
    const std::string* value = raw(key);
    double result = fallback;
    if (value) {
        std::size_t used = 0;
        try {
            result = std::stod(*value, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != value->size() || !std::isfinite(result))
            throw optionError(key, "'" + *value + "' is not a number");
        if (result < lo || result > hi)
            throw optionError(key, *value + " is outside [" + formatReal(lo) + ", " + formatReal(hi) + "]");
    }
    resolved_[key] = formatReal(result);
    return result;
}

std::string SpecOptions::choice(const std::string& key, const std::string& fallback,
                                const std::vector<std::string>& allowed) {
    const std::string* value = raw(key);
    const std::string result = value ? *value : fallback;
    bool known = false;
    std::string list;
    for (const auto& a : allowed) {
        known = known || a == result;
        list += (list.empty() ? "" : ", ") + a;
    }
    if (!known)
        throw optionError(key, "'" + result + "' is not one of " + list);
    resolved_[key] = result;
    return result;
}

std::string SpecOptions::text(const std::string& key, const std::string& fallback) {
    const std::string* value = raw(key);
    const std::string result = value ? *value : fallback;
    resolved_[key] = result;
    return result;
}

void SpecOptions::finish() const {
    std::string unknown;
    for (const auto& [key, value] : values_)
        if (!read_.count(key))
            unknown += (unknown.empty() ? "" : ", ") + key;
    if (unknown.empty())
        return;
    std::string known;
    for (const auto& key : read_) known += (known.empty() ? "" : ", ") + key;
    throw std::invalid_argument("dataset '" + text_ + "': unknown option(s) " + unknown +
                                (known.empty() ? " (this kind takes none)" : " (known: " + known + ")"));
}

std::string SpecOptions::canonical() const {
    std::string out;
    for (const auto& [key, value] : resolved_) out += (out.empty() ? "" : "&") + key + "=" + value;
    return out;
}

}  // namespace dbse
