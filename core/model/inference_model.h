// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A trained model of any modality, seen through what a user does with it (operations.h):
// encode, reconstruct, swap, sample. Video and audio runs hold a DbseModel, series runs a
// SeriesModel; callers (CLI, evaluation, GUI workers) need not know which.
//
// Inputs x are float [B, T, ...element] on device(); `missing` is float of the same shape
// (1 = missing) or undefined, and is only used by series models. Outputs are on device().
// Not thread-safe: one thread uses an instance at a time (the GUI copies a model per worker).

#include "core/model/dbse_model.h"
#include "core/model/operations.h"
#include "core/model/series_model.h"

#include <memory>

namespace dbse {

class InferenceModel {
public:
    virtual ~InferenceModel() = default;
    virtual const ModelConfig& config() const = 0;
    virtual torch::Device device() const = 0;
    // The network itself (parameters, checkpoint loading).
    virtual torch::nn::Module& network() = 0;

    // Posterior means and log-variances: f [B, f_dim], z [B, steps or windows, z_dim].
    virtual EncodedCodes encode(const torch::Tensor& x, const torch::Tensor& missing, torch::Generator* generator) = 0;
    virtual torch::Tensor reconstruct(const torch::Tensor& x, const torch::Tensor& missing,
                                      torch::Generator* generator) = 0;
    // The decoder alone: z [B, steps or windows, z_dim], f [B, f_dim] -> [B, T, ...]. Video
    // decodes each step from its own (z_t, s); audio and series decoders are recurrent.
    virtual torch::Tensor decode(const torch::Tensor& z, const torch::Tensor& f, torch::Generator* generator) = 0;
    virtual SwapResult swap(const torch::Tensor& a, const torch::Tensor& a_missing, const torch::Tensor& b,
                            const torch::Tensor& b_missing, torch::Generator* generator) = 0;
    // [B, T, ...] -> [B, count, T, ...]
    virtual torch::Tensor sampleStatic(const torch::Tensor& x, const torch::Tensor& missing, int count,
                                       torch::Generator* generator) = 0;
    virtual torch::Tensor sampleDynamics(const torch::Tensor& x, const torch::Tensor& missing, int count,
                                         torch::Generator* generator) = 0;
};

// Wrap a model (shared, not copied: training the model changes what the wrapper computes).
std::unique_ptr<InferenceModel> makeInferenceModel(DbseModel model);
std::unique_ptr<InferenceModel> makeInferenceModel(SeriesModel model);
// A freshly initialised model of `config.modality` (weights to be loaded by the caller).
std::unique_ptr<InferenceModel> makeInferenceModel(const ModelConfig& config);

}  // namespace dbse
