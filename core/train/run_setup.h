// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Getting a run ready to train: a new run from a RunConfig, or an existing run to resume, each
// with its dataset loaded. Shared by `dbse train` and the GUI's training job.

#include "core/data/dataset_spec.h"
#include "core/train/run_folder.h"

#include <optional>
#include <string>

namespace dbse {

struct PreparedRun {
    RunFolder run;
    DatasetSplits data;
};

// Throws std::invalid_argument naming the first field of `config` that cannot train (model,
// loss, training, on_error, the dataset spec's syntax and kind). Loads nothing.
void validateRunConfig(const RunConfig& config);

// Validates `config` (as above, and the device), loads its dataset, and only then creates
// the run folder `dir`, so a config or dataset that fails leaves no empty folder behind.
// Throws std::invalid_argument / std::runtime_error with a message for the user; refuses a
// `dir` that already holds a run.
PreparedRun prepareNewRun(const std::string& dir, const RunConfig& config);

// Opens the run in `dir` (its config.json decides everything else), replaces the epochs,
// threads and device given, and loads its dataset.
PreparedRun prepareResumedRun(const std::string& dir, std::optional<int> epochs = {},
                              std::optional<int> threads = {}, std::optional<std::string> device = {});

// "<parent>/<preset>-YYYYmmdd-HHMMSS" (local time), with "-2", "-3"... appended when a run of that
// second exists already; `parent` empty gives "runs".
std::string defaultRunDir(const std::string& parent, const std::string& preset);

}  // namespace dbse
