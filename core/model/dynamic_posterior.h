// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// q(d_1:T | dynamic input): a 2-layer LSTM over the (anchor-subtracted) features and per-step
// Gaussian heads.

#include "core/model/config.h"
#include "core/model/gaussian.h"

#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/rnn.h>
#include <torch/nn/pimpl.h>

namespace dbse {

// input [B, T, g_dim] -> mean, log-variance [B, T, z_dim].
// Bidirectional (published): LSTM(g_dim -> z_dim, 2 layers, both directions) -> Linear(2 z_dim -> z_dim).
// Causal (paper's reading): LSTM(g_dim -> z_dim, 2 layers, forward only) -> Linear(z_dim -> z_dim).
class DynamicPosteriorImpl : public torch::nn::Module {
public:
    explicit DynamicPosteriorImpl(const ModelConfig& config);
    GaussianParams forward(const torch::Tensor& input);

private:
    torch::nn::LSTM lstm_{nullptr};
    torch::nn::Linear mean_{nullptr}, logvar_{nullptr};
};
TORCH_MODULE(DynamicPosterior);

}  // namespace dbse
