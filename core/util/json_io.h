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
#include <vector>

namespace dbse {

// The largest JSON file read: configs, presets, reports and cache descriptions are far smaller.
inline constexpr uint64_t kMaxJsonFileBytes = uint64_t(64) << 20;

// Parses a JSON file. Throws std::runtime_error "<path>: <problem>" for a missing,
// unreadable, malformed or larger than kMaxJsonFileBytes file (refused before it is read).
nlohmann::json readJsonFile(const std::string& path);

// Serialises `value` (indented) and writes it with writeFileAtomically.
void writeJsonFileAtomically(const std::string& path, const nlohmann::json& value);

// Whether `value` is a number that is a whole number integer type T holds (3.0 is; 2.5,
// 4e68 and 2^40 for a 32-bit T are not).
template <typename T>
bool jsonFitsIn(const nlohmann::json& value) {
    static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool>);
    using Limits = std::numeric_limits<T>;
    if (value.is_number_unsigned())
        return value.get<uint64_t>() <= static_cast<uint64_t>(Limits::max());
    if (value.is_number_integer()) {
        const int64_t v = value.get<int64_t>();
        return v >= static_cast<int64_t>(Limits::min()) &&
               (v < 0 || static_cast<uint64_t>(v) <= static_cast<uint64_t>(Limits::max()));
    }
    if (!value.is_number_float())
        return false;
    const double v = value.get<double>();
    return std::isfinite(v) && v == std::floor(v) && v >= static_cast<double>(Limits::min()) &&
           v < std::ldexp(1.0, Limits::digits);
}

// Reads `value` as integer type T. Use this, never nlohmann's get<T>/value() for integers, on
// anything read from a file: nlohmann converts with static_cast, which is undefined behaviour
// for a float out of T's range (e.g. 4e68) and a silent wrap for a too large integer.
// Throws std::invalid_argument "<where>: <value> is not a whole number from MIN to MAX".
template <typename T>
T jsonInteger(const nlohmann::json& value, const std::string& where) {
    if (!jsonFitsIn<T>(value))
        throw std::invalid_argument(where + ": " + value.dump() + " is not a whole number from " +
                                    std::to_string(std::numeric_limits<T>::min()) + " to " +
                                    std::to_string(std::numeric_limits<T>::max()));
    if (value.is_number_float())
        return static_cast<T>(value.get<double>());
    return value.is_number_unsigned() ? static_cast<T>(value.get<uint64_t>()) : static_cast<T>(value.get<int64_t>());
}

// jsonInteger of object[key]; a missing key throws std::invalid_argument "<key>: missing".
template <typename T>
T jsonIntegerAt(const nlohmann::json& object, const std::string& key) {
    if (!object.is_object() || !object.contains(key))
        throw std::invalid_argument(key + ": missing");
    return jsonInteger<T>(object.at(key), key);
}

// Like nlohmann's object.value(key, fallback) for integers: the fallback when the key is
// absent, otherwise jsonInteger.
template <typename T>
T jsonIntegerOr(const nlohmann::json& object, const std::string& key, T fallback) {
    if (!object.is_object() || !object.contains(key))
        return fallback;
    return jsonInteger<T>(object.at(key), key);
}

// An array of integers, each checked by jsonInteger ("<where>[i]: ...").
template <typename T>
std::vector<T> jsonIntegers(const nlohmann::json& array, const std::string& where) {
    if (!array.is_array())
        throw std::invalid_argument(where + ": expected an array, got " + std::string(array.type_name()));
    std::vector<T> out;
    out.reserve(array.size());
    for (size_t i = 0; i < array.size(); ++i) out.push_back(jsonInteger<T>(array[i], where + "[" + std::to_string(i) + "]"));
    return out;
}

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
            if (it->is_number()) {
                out = jsonInteger<T>(*it, path(key));
                return;
            }
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
    static std::string describeTypeError(const nlohmann::json& value, const nlohmann::json::exception& e);

    const nlohmann::json& object_;
    std::string context_;
    std::set<std::string> seen_;
};

}  // namespace dbse
