// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A trained run opened for inference by the CLI commands that use one (swap, sample, probe).

#include "core/data/sequence_dataset.h"
#include "core/model/inference_model.h"
#include "core/train/run_folder.h"

#include <memory>
#include <string>

namespace dbse::cli {

struct OpenedRun {
    RunConfig config;
    std::unique_ptr<InferenceModel> model;  // eval mode, checkpoint weights, on `device`
    SequenceDataset data;      // the requested split of the run's dataset
    torch::Device device{torch::kCPU};
};

// `split`: "train" or "test". Throws with a message naming the folder, file or option.
OpenedRun openRun(const std::string& run_dir, const std::string& split, const std::string& device);

// Sequence `index` of the opened split as a float batch of one [1, T, ...] on the run's
// device, with its missing-value mask (undefined when the dataset has none); `option` names
// the flag in errors.
struct OpenedSequence {
    torch::Tensor x;
    torch::Tensor missing;
};
OpenedSequence sequenceAt(const OpenedRun& run, int64_t index, const char* option);

}  // namespace dbse::cli
