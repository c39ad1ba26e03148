// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/opened_run.h"

#include "core/data/dataset_spec.h"
#include "core/train/run_loader.h"
#include "core/train/trainer.h"
#include "core/util/runtime.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse::cli {

OpenedRun openRun(const std::string& run_dir, const std::string& split, const std::string& device) {
    if (split != "train" && split != "test")
        throw std::invalid_argument("--split: '" + split + "' is not one of train, test");
    configureRuntime(0);
    const RunFolder run = RunFolder::open(run_dir);
    OpenedRun opened;
    opened.config = run.config();
    opened.device = resolveDevice(device);
    opened.model = loadTrainedModel(run, opened.device);
    DatasetSplits splits = loadRunDataset(run.config());
    opened.data = split == "train" ? std::move(splits.train) : std::move(splits.test);
    return opened;
}

OpenedSequence sequenceAt(const OpenedRun& run, int64_t index, const char* option) {
    if (index < 0 || index >= run.data.size())
        throw std::invalid_argument(std::string(option) + ": " + std::to_string(index) + " is outside [0, " +
                                    std::to_string(run.data.size() - 1) + "] of " + run.data.name);
    const torch::Tensor indices = torch::tensor({index}, torch::kLong);
    return {run.data.batch(indices, run.device), run.data.missingBatch(indices, run.device)};
}

}  // namespace dbse::cli
