// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/static_posterior.h"

#include <torch/torch.h>

namespace dbse {

StaticPosteriorImpl::StaticPosteriorImpl(const ModelConfig& c)
    : hidden_(register_module("hidden", torch::nn::Linear(c.g_dim, c.rnn_size))),
      mean_(register_module("mean", torch::nn::Linear(c.rnn_size, c.f_dim))),
      logvar_(register_module("logvar", torch::nn::Linear(c.rnn_size, c.f_dim))),
      leaky_heads_(c.static_head_leaky_relu) {}

GaussianParams StaticPosteriorImpl::forward(const torch::Tensor& g_anchor) {
    torch::Tensor h = torch::tanh(hidden_->forward(g_anchor));
    if (leaky_heads_) {
        constexpr double kSlope = 0.2;
        return {torch::leaky_relu(mean_->forward(h), kSlope), torch::leaky_relu(logvar_->forward(h), kSlope)};
    }
    return {mean_->forward(h), logvar_->forward(h)};
}

}  // namespace dbse
