// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The time-series objective as published (PROTOCOLS 1.3), over M = mc_samples copies of a
// batch of B series (each copy with its own latent and decoder noise):
//   recon_seq   = masked Gaussian NLL of x, mean over copies, series, steps and features
//                 (a missing entry contributes 0 but stays in the denominator)
//   recon_frame = the same for the first step of the anchor window, from the static decode
//   kl_f        = KL(q(f) || N(0, I)) summed / (M B)
//   kl_z        = sum over windows of KL(q(z_t) || p(z_t | z_<t)) / (M B)
//   total       = w_seq recon_seq + w_frame recon_frame + w_f kl_f + w_z kl_z
// (w_seq is the published w_rec and w_frame is w_rec_stat.)

#include "core/model/loss.h"
#include "core/model/series_model.h"

namespace dbse {

// `x`, `missing` are the tiled [M B, T, D] batch the outputs were computed from; `missing` may
// be undefined (all observed).
LossTerms computeSeriesLoss(const SeriesOutputs& outputs, const torch::Tensor& x, const torch::Tensor& missing,
                            const LossConfig& config, KlScale kl_scale = {});

// Tiles x and missing config.mc_samples times along the batch, runs the model and returns
// computeSeriesLoss. x float [B, T, D].
LossTerms seriesTrainingLoss(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing,
                             int anchor_window, const LossConfig& config, KlScale kl_scale = {},
                             torch::Generator* generator = nullptr);

// -log N(x; mean, scale), elementwise, 0 where missing == 1.
torch::Tensor maskedGaussianNll(const torch::Tensor& x, const SeriesReconstruction& recon, const torch::Tensor& missing);

}  // namespace dbse
