// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the trainer needs of a model, whatever its modality: the network (parameters,
// checkpoints) and the loss of one batch. Video runs use DbseModel + computeLoss; series runs
// use SeriesModel + seriesTrainingLoss. Not thread-safe: used by the training thread only.

#include "core/data/sequence_dataset.h"
#include "core/model/dbse_model.h"
#include "core/model/loss.h"
#include "core/model/series_model.h"

#include <memory>

namespace dbse {

class TrainableModel {
public:
    virtual ~TrainableModel() = default;
    virtual std::shared_ptr<torch::nn::Module> network() const = 0;
    // x float [B, T, ...element] on the model's device; missing the same shape (1 = missing)
    // or undefined. `anchor` in [0, anchorPositions()). Samples from `generator` when given.
    virtual LossTerms loss(const torch::Tensor& x, const torch::Tensor& missing, int anchor, KlScale kl_scale,
                           torch::Generator* generator) = 0;
    // Number of places the anchor can take: frames (video) or windows (series).
    virtual int anchorPositions() const = 0;
};

// The model of `preset.model.modality`, initialised as its config says (uses the global
// generator). A video model that recomputes its activations (TrainConfig::activations) also
// switches the process to preferLowMemory().
std::unique_ptr<TrainableModel> makeTrainableModel(const Preset& preset);

// Checks that `dataset` holds float32 series [N, frames, features] for a series `model`;
// throws std::invalid_argument naming the dataset, the preset and both shapes.
void checkSeriesCompatible(const SequenceDataset& dataset, const ModelConfig& model, const std::string& preset_name);

}  // namespace dbse
