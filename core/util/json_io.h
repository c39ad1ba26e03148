// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strict JSON reading for configs and presets: every error names the file or field.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <set>
#include <stdexcept>
#include <string>

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
