// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DBSE for multivariate time series, the "window" variant of PROTOCOLS 1.3 / 2. A series of
// T = n * W steps is cut into n windows of W steps:
//   x [B, T, D] -> per-step MLP -> g [B, T, G] (steps with >= 70% missing features zeroed)
//   static:  GRU over the anchor window's g -> Linear+Tanh -> f mean/logvar [B, f_dim]
//   dynamic: every window through one LSTM(G->G) from a zero state, last output ->
//            z mean/logvar [B, n, z_dim]; the anchor window's input is one eps ~ N(0, I_G)
//            tiled W times; the other windows see g (or g - g_anchor window, subtract_anchor)
//   prior:   the learned prior over the n window codes (teacher-forced)
//   decoder: per window, LSTM(G->G) with h0 = c0 = tanh(Linear(z_t, f)) driven by fresh noise,
//            then MLP -> Gaussian mean and scale 0.5*sigmoid(.) [B, T, D] (stochastic)
//   static decode: (z_anchor, f) with one noise step -> the first step of the anchor window.
//
// The anchor window is used where it is (no cyclic shift): the published code rotates the
// signal so that window `frame_ind` comes first but leaves the masks and per-step labels in
// place [AS-CODED bug, PROTOCOLS 2]; keeping the data unshifted keeps all three aligned.

#include "core/model/config.h"
#include "core/model/gaussian.h"
#include "core/model/learned_prior.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/rnn.h>
#include <torch/nn/pimpl.h>

namespace dbse {

struct SeriesReconstruction {
    torch::Tensor mean;   // [B, steps, D]
    torch::Tensor scale;  // [B, steps, D] standard deviation, in (0, 0.5)
};

struct SeriesOutputs {
    int anchor = 0;           // the anchor window
    GaussianParams f_post;    // [B, f_dim]
    torch::Tensor f;          // [B, f_dim] sample
    GaussianParams z_post;    // [B, n, z_dim]
    torch::Tensor z;          // [B, n, z_dim] samples
    GaussianParams z_prior;   // [B, n, z_dim]
    SeriesReconstruction recon_seq;    // [B, T, D]
    SeriesReconstruction recon_frame;  // [B, 1, D]: the first step of the anchor window
};

class SeriesModelImpl : public torch::nn::Module {
public:
    explicit SeriesModelImpl(const ModelConfig& config);

    // x float [B, T, D]; missing: same shape, 1 = missing (or undefined: all observed). A
    // missing entry is read as 0 whatever x holds there (as the datasets store it).
    // `anchor_window` in [0, n). Samples with `generator` (or the global one).
    SeriesOutputs forward(const torch::Tensor& x, const torch::Tensor& missing, int anchor_window,
                          torch::Generator* generator = nullptr);

    // Parts, for inference.
    torch::Tensor encodeSteps(const torch::Tensor& x, const torch::Tensor& missing);  // [B, T, G]
    GaussianParams staticPosterior(const torch::Tensor& g, int anchor_window);
    torch::Tensor dynamicInput(const torch::Tensor& g, int anchor_window, torch::Generator* generator = nullptr);
    GaussianParams dynamicPosterior(const torch::Tensor& dynamic_input);  // -> [B, n, z_dim]
    // z [B, k, z_dim], f [B, f_dim] -> k windows of `steps` steps each.
    SeriesReconstruction decode(const torch::Tensor& z, const torch::Tensor& f, int64_t steps,
                                torch::Generator* generator = nullptr);
    LearnedPrior& prior() { return prior_; }

    const ModelConfig& config() const { return config_; }
    int windows() const { return config_.frames / config_.window; }
    int64_t parameterCount() const;

private:
    ModelConfig config_;
    int64_t feature_width_;  // G = encoder_sizes.back()
    torch::nn::Sequential encoder_{nullptr};
    torch::nn::GRU static_gru_{nullptr};
    torch::nn::Linear static_hidden_{nullptr}, f_mean_{nullptr}, f_logvar_{nullptr};
    torch::nn::LSTM window_lstm_{nullptr};
    torch::nn::Linear z_mean_{nullptr}, z_logvar_{nullptr};
    LearnedPrior prior_{nullptr};
    torch::nn::Linear seed_{nullptr};
    torch::nn::LSTM decoder_lstm_{nullptr};
    torch::nn::Sequential decoder_mlp_{nullptr};
    torch::nn::Linear out_mean_{nullptr}, out_scale_{nullptr};
};
TORCH_MODULE(SeriesModel);

// Builds the series model (LibTorch default initialisation, as the published time-series code).
SeriesModel makeSeriesModel(const ModelConfig& config);

}  // namespace dbse
