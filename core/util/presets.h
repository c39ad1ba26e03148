// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Presets shipped in resources/presets/ (embedded at build time) or read from a JSON file.

#include "core/model/config.h"

#include <string>
#include <vector>

namespace dbse {

std::vector<std::string> presetNames();  // sorted names of the embedded presets

// `name_or_path`: an embedded preset name ("sprites") or a path to a preset JSON file.
// Throws std::invalid_argument listing the known names, or naming the file and field.
Preset loadPreset(const std::string& name_or_path);

}  // namespace dbse
