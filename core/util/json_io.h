// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strict JSON reading for configs and presets: every error names the file or field.

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace dbse {

// The largest JSON file read: configs, presets, reports and cache descriptions are far smaller.
inline constexpr uint64_t kMaxJsonFileBytes = uint64_t(64) << 20;

// Parses a JSON file. Throws std::runtime_error "<path>: <problem>" for a missing,
// unreadable, malformed or larger than kMaxJsonFileBytes file (refused before it is read).
nlohmann::json readJsonFile(const std::string& path);

// Serialises `value` (indented) and writes it with writeFileAtomically.
void writeJsonFileAtomically(const std::string& path, const nlohmann::json& value);

// Reads the fields of one JSON object. Missing keys keep the caller's defaults; a key of the
// wrong type or a key nobody asked for (a typo) throws std::invalid_argument with
// "<context>.<key>: ...".
class JsonObjectReader {
public:
    JsonObjectReader(const nlohmann::json& object, std::string context);

    template <typename T>
    void read(const char* key, T& out) {
        auto it = object_.find(key);
        seen_.insert(key);
        if (it == object_.end())
            return;
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
            // nlohmann converts numbers with static_cast: out of range that is undefined (for
            // floats) or a silent wrap, so refuse it here.
            if (it->is_number() && !fitsIn<T>(*it))
                throw std::invalid_argument(path(key) + ": " + it->dump() + " is not a whole number from " +
                                            std::to_string(std::numeric_limits<T>::min()) + " to " +
                                            std::to_string(std::numeric_limits<T>::max()));
        }
        try {
            out = it->template get<T>();
        } catch (const nlohmann::json::exception& e) {
            throw std::invalid_argument(path(key) + ": " + describeTypeError(*it, e));
        }
    }

    bool has(const char* key) const { return object_.contains(key); }
    const nlohmann::json& at(const char* key);  // marks the key as read; throws if missing
    std::string path(const std::string& key) const { return context_ + "." + key; }

    // Throws if the object had keys that were never read.
    void finish() const;

private:
    // Whether the JSON number is a whole number that integer type T holds.
    template <typename T>
    static bool fitsIn(const nlohmann::json& number) {
        using Limits = std::numeric_limits<T>;
        if (number.is_number_unsigned())
            return number.get<uint64_t>() <= static_cast<uint64_t>(Limits::max());
        if (number.is_number_integer()) {
            const int64_t v = number.get<int64_t>();
            return v >= static_cast<int64_t>(Limits::min()) && (v < 0 || static_cast<uint64_t>(v) <= static_cast<uint64_t>(Limits::max()));
        }
        const double v = number.get<double>();
        return std::isfinite(v) && v == std::floor(v) && v >= static_cast<double>(Limits::min()) &&
               v < std::ldexp(1.0, Limits::digits);
    }
    static std::string describeTypeError(const nlohmann::json& value, const nlohmann::json::exception& e);

    const nlohmann::json& object_;
    std::string context_;
    std::set<std::string> seen_;
};

}  // namespace dbse
