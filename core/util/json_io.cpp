// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/json_io.h"

#include "core/util/atomic_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dbse {

nlohmann::json readJsonFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open for reading");
    std::error_code error;
    const uint64_t bytes = std::filesystem::file_size(path, error);
    if (!error && bytes > kMaxJsonFileBytes)
        throw std::runtime_error(path + ": " + std::to_string(bytes) + " bytes is too large for a JSON file (at most " +
                                 std::to_string(kMaxJsonFileBytes) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error& e) {
        throw std::runtime_error(path + ": not valid JSON (" + e.what() + ")");
    }
}

void writeJsonFileAtomically(const std::string& path, const nlohmann::json& value) {
    writeFileAtomically(path, value.dump(2) + "\n");
}

JsonObjectReader::JsonObjectReader(const nlohmann::json& object, std::string context)
    : object_(object), context_(std::move(context)) {
    if (!object_.is_object())
        throw std::invalid_argument(context_ + ": expected a JSON object, got " + object_.type_name());
}

const nlohmann::json& JsonObjectReader::at(const char* key) {
    seen_.insert(key);
    auto it = object_.find(key);
    if (it == object_.end())
        throw std::invalid_argument(path(key) + ": missing");
    return *it;
}

void JsonObjectReader::finish() const {
    for (auto it = object_.begin(); it != object_.end(); ++it) {
        if (!seen_.count(it.key()))
            throw std::invalid_argument(path(it.key()) + ": unknown key");
    }
}

std::string JsonObjectReader::describeTypeError(const nlohmann::json& value, const nlohmann::json::exception&) {
    return std::string("has the wrong type (") + value.type_name() + ")";
}

}  // namespace dbse
