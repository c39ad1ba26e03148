// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: run and preset JSON (config.json of a run folder, a preset file given with
// --preset FILE): parsing, every field's conversion and the validation of its values.

#include "core/train/run_folder.h"
#include "core/util/presets.h"
#include "fuzz_input.h"

#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string file = dbse::fuzz::writeInput(data, size, "preset.json");
    try {
        const dbse::Preset preset = dbse::loadPreset(file);
        dbse::validate(preset.model);
        dbse::validate(preset.loss);
        dbse::validate(preset.train);
    } catch (const std::exception&) {
    }
    // The same bytes as a run folder's config.json.
    dbse::fuzz::writeInput(data, size, "run/config.json");
    try {
        const dbse::RunFolder run = dbse::RunFolder::open((dbse::fuzz::scratchDir() / "run").string());
        dbse::validate(run.config().preset.model);
        dbse::validate(run.config().preset.train);
    } catch (const std::exception&) {
    }
    return 0;
}
