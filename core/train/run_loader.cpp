// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/run_loader.h"

#include "core/train/checkpoint.h"

#include <torch/torch.h>

namespace dbse {

std::unique_ptr<InferenceModel> loadTrainedModel(const RunFolder& run, const torch::Device& device) {
    if (!run.hasCheckpoint())
        throw std::runtime_error(run.dir() + ": the run has no checkpoint yet (train it first)");
    std::unique_ptr<InferenceModel> model = makeInferenceModel(run.config().preset.model);
    model->network().to(device);
    loadCheckpoint(run.checkpointPath(), model->network(), /*optimizer=*/nullptr, /*restore_rng=*/false);
    model->network().eval();
    return model;
}

DatasetSplits loadRunDataset(const RunConfig& config) {
    DatasetOptions options;
    options.on_error = parseOnError(config.on_error);
    return loadDataset(parseDatasetSpec(config.dataset), options);
}

}  // namespace dbse
