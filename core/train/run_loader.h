// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opening a finished (or stopped) run for inference: swap, sampling, evaluation.

#include "core/data/dataset_spec.h"
#include "core/model/inference_model.h"
#include "core/train/run_folder.h"

#include <memory>

namespace dbse {

// The run's model (any modality) with the weights of its checkpoint, in eval mode on `device`. Throws
// std::runtime_error naming the folder or file when there is no usable checkpoint.
std::unique_ptr<InferenceModel> loadTrainedModel(const RunFolder& run, const torch::Device& device);

// The run's dataset, loaded as its config says (spec and on_error).
DatasetSplits loadRunDataset(const RunConfig& config);

}  // namespace dbse
