// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// q(s | x_anchor): the static code is read from ONE element's features.

#include "core/model/config.h"
#include "core/model/gaussian.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

namespace dbse {

// g_anchor [B, g_dim] -> Tanh(Linear(g_dim -> rnn_size)) -> Linear(-> f_dim) twice:
// mean and log-variance [B, f_dim]; each through LeakyReLU(0.2) when
// ModelConfig::static_head_leaky_relu (the published audio model).
class StaticPosteriorImpl : public torch::nn::Module {
public:
    explicit StaticPosteriorImpl(const ModelConfig& config);
    GaussianParams forward(const torch::Tensor& g_anchor);

private:
    torch::nn::Linear hidden_{nullptr}, mean_{nullptr}, logvar_{nullptr};
    bool leaky_heads_ = false;
};
TORCH_MODULE(StaticPosterior);

}  // namespace dbse
