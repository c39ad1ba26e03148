// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A trained run opened for inference by the CLI commands that use one (swap, sample, probe).

#include "core/data/sequence_dataset.h"
#include "core/model/dbse_model.h"
#include "core/train/run_folder.h"

#include <string>

namespace dbse::cli {

struct OpenedRun {
    RunConfig config;
    DbseModel model{nullptr};  // eval mode, checkpoint weights, on `device`
    SequenceDataset data;      // the requested split of the run's dataset
    torch::Device device{torch::kCPU};
};

// `split`: "train" or "test". Throws with a message naming the folder, file or option.
OpenedRun openRun(const std::string& run_dir, const std::string& split, const std::string& device);

// Sequence `index` of the opened split as a float batch of one; `option` names the flag in errors.
torch::Tensor sequenceAt(const OpenedRun& run, int64_t index, const char* option);

}  // namespace dbse::cli
