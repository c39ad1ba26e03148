// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/presets.h"

#include "core/util/json_io.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace dbse {

// Defined in the build-generated embedded_presets.cpp (cmake/EmbedPresets.cmake).
const std::vector<std::pair<std::string, std::string>>& embeddedPresets();

std::vector<std::string> presetNames() {
    std::vector<std::string> names;
    for (const auto& [name, text] : embeddedPresets())
        names.push_back(name);
    std::sort(names.begin(), names.end());
    return names;
}

Preset loadPreset(const std::string& name_or_path) {
    for (const auto& [name, text] : embeddedPresets()) {
        if (name == name_or_path) {
            try {
                return nlohmann::json::parse(text).get<Preset>();
            } catch (const std::exception& e) {
                throw std::invalid_argument("built-in preset '" + name + "': " + e.what());
            }
        }
    }
    const bool looks_like_file = name_or_path.find('/') != std::string::npos ||
                                 (name_or_path.size() > 5 && name_or_path.substr(name_or_path.size() - 5) == ".json");
    if (!looks_like_file || !std::filesystem::exists(name_or_path)) {
        std::string known;
        for (const auto& n : presetNames())
            known += (known.empty() ? "" : ", ") + n;
        throw std::invalid_argument("unknown preset '" + name_or_path + "' (built-in: " + known +
                                    "; or give the path of a preset .json file)");
    }
    const nlohmann::json j = readJsonFile(name_or_path);
    try {
        Preset p = j.get<Preset>();
        if (p.name.empty())
            p.name = std::filesystem::path(name_or_path).stem().string();
        return p;
    } catch (const std::exception& e) {
        throw std::invalid_argument(name_or_path + ": " + e.what());
    }
}

}  // namespace dbse
