// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/dynamic_posterior.h"

#include <torch/torch.h>

namespace dbse {

DynamicPosteriorImpl::DynamicPosteriorImpl(const ModelConfig& c) {
    const bool bidirectional = c.posterior == PosteriorKind::Bidirectional;
    const int out = bidirectional ? 2 * c.z_dim : c.z_dim;
    lstm_ = register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(c.g_dim, c.z_dim)
                                                        .num_layers(2)
                                                        .bidirectional(bidirectional)
                                                        .batch_first(true)));
    mean_ = register_module("mean", torch::nn::Linear(out, c.z_dim));
    logvar_ = register_module("logvar", torch::nn::Linear(out, c.z_dim));
}

GaussianParams DynamicPosteriorImpl::forward(const torch::Tensor& input) {
    torch::Tensor h = std::get<0>(lstm_->forward(input));
    return {mean_->forward(h), logvar_->forward(h)};
}

}  // namespace dbse
