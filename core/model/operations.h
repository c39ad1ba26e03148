// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a user does with a trained model, following the published conventions (PROTOCOLS 3f):
// swaps and "fix one, sample the other" use posterior MEANS for the kept factor; sampled
// dynamics are the MEANS of the free-running learned prior (fed back with samples).
// All functions run in inference mode with BatchNorm in eval mode and restore the model's
// previous train/eval state. The anchor is config().anchor.inferenceIndex(T). The anchor-slot
// noise of the dynamic input is still drawn (as published), from `generator` when given.

#include "core/model/dbse_model.h"

namespace dbse {
class SeriesModelImpl;
}

namespace dbse {

struct EncodedCodes {
    int anchor = 0;
    GaussianParams f;  // [B, f_dim]
    GaussianParams z;  // [B, T, z_dim]
};

EncodedCodes encode(DbseModelImpl& model, const torch::Tensor& x, torch::Generator* generator = nullptr);

// decoder(z_mean, f_mean): [B, T, ...] -> [B, T, ...].
torch::Tensor reconstruct(DbseModelImpl& model, const torch::Tensor& x, torch::Generator* generator = nullptr);

// The decoder alone on given codes: z [B, T, z_dim], f [B, f_dim] -> [B, T, ...].
torch::Tensor decode(DbseModelImpl& model, const torch::Tensor& z, const torch::Tensor& f);

struct SwapResult {
    torch::Tensor static_a_dynamic_b;  // decoder(z_mean(B), f_mean(A)) [N, T, ...]
    torch::Tensor static_b_dynamic_a;  // decoder(z_mean(A), f_mean(B))
};
// a and b: [N, T, ...] with the same N; sequence i of a is swapped with sequence i of b.
SwapResult swap(DbseModelImpl& model, const torch::Tensor& a, const torch::Tensor& b,
                torch::Generator* generator = nullptr);

// Keep the dynamics (z_mean) of each sequence, draw `count` static codes from N(0, I).
// x [B, T, ...] -> [B, count, T, ...].
torch::Tensor sampleStatic(DbseModelImpl& model, const torch::Tensor& x, int count,
                           torch::Generator* generator = nullptr);

// Keep the static code (f_mean) of each sequence, draw `count` dynamics from the learned prior.
// x [B, T, ...] -> [B, count, T, ...].
torch::Tensor sampleDynamics(DbseModelImpl& model, const torch::Tensor& x, int count,
                             torch::Generator* generator = nullptr);

// Entirely new sequences: s ~ N(0, I), dynamics = prior means. -> [count, T, ...].
torch::Tensor generate(DbseModelImpl& model, int count, int steps, const torch::TensorOptions& options,
                       torch::Generator* generator = nullptr);

// The same operations for a time-series model (core/model/series_model.h). Codes are per
// window: z [B, n, z_dim]; the anchor is config().anchor.inferenceIndex(n windows). `missing`
// (float, 1 = missing, same shape as x, or undefined) masks the inputs as in training. The
// decoder is stochastic (LSTM driven by noise from `generator`); outputs are its Gaussian
// MEANS [.., T, D], in the dataset's normalised units.
EncodedCodes encode(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing,
                    torch::Generator* generator = nullptr);
torch::Tensor reconstruct(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing,
                          torch::Generator* generator = nullptr);
// z [B, n windows, z_dim], f [B, f_dim] -> Gaussian means [B, T, D].
torch::Tensor decode(SeriesModelImpl& model, const torch::Tensor& z, const torch::Tensor& f,
                     torch::Generator* generator = nullptr);
SwapResult swap(SeriesModelImpl& model, const torch::Tensor& a, const torch::Tensor& a_missing, const torch::Tensor& b,
                const torch::Tensor& b_missing, torch::Generator* generator = nullptr);
torch::Tensor sampleStatic(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing, int count,
                           torch::Generator* generator = nullptr);
torch::Tensor sampleDynamics(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing, int count,
                             torch::Generator* generator = nullptr);

}  // namespace dbse
