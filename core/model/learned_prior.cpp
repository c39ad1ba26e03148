// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/learned_prior.h"

#include "core/model/gaussian.h"

#include <torch/torch.h>

namespace dbse {

LearnedPriorImpl::LearnedPriorImpl(const ModelConfig& c)
    : z_dim_(c.z_dim), rnn_size_(c.rnn_size),
      cell1_(register_module("cell1", torch::nn::LSTMCell(c.z_dim, c.rnn_size))),
      cell2_(register_module("cell2", torch::nn::LSTMCell(c.rnn_size, c.rnn_size))),
      mean_(register_module("mean", torch::nn::Linear(c.rnn_size, c.z_dim))),
      logvar_(register_module("logvar", torch::nn::Linear(c.rnn_size, c.z_dim))) {}

GaussianParams LearnedPriorImpl::step(const torch::Tensor& z_prev, State& s) {
    std::tie(s.h1, s.c1) = cell1_->forward(z_prev, std::make_tuple(s.h1, s.c1));
    std::tie(s.h2, s.c2) = cell2_->forward(s.h1, std::make_tuple(s.h2, s.c2));
    return {mean_->forward(s.h2), logvar_->forward(s.h2)};
}

GaussianParams LearnedPriorImpl::teacherForced(const torch::Tensor& z_post) {
    const int64_t B = z_post.size(0), T = z_post.size(1);
    const auto opts = z_post.options();
    State s{torch::zeros({B, rnn_size_}, opts), torch::zeros({B, rnn_size_}, opts),
            torch::zeros({B, rnn_size_}, opts), torch::zeros({B, rnn_size_}, opts)};
    std::vector<torch::Tensor> means, logvars;
    means.reserve(T);
    logvars.reserve(T);
    torch::Tensor z_prev = torch::zeros({B, z_dim_}, opts);
    for (int64_t t = 0; t < T; ++t) {
        GaussianParams p = step(z_prev, s);
        means.push_back(p.mean);
        logvars.push_back(p.logvar);
        z_prev = z_post.select(1, t);
    }
    return {torch::stack(means, 1), torch::stack(logvars, 1)};
}

PriorSample LearnedPriorImpl::sample(int64_t B, int64_t T, const torch::TensorOptions& opts,
                                     torch::Generator* generator) {
    State s{torch::zeros({B, rnn_size_}, opts), torch::zeros({B, rnn_size_}, opts),
            torch::zeros({B, rnn_size_}, opts), torch::zeros({B, rnn_size_}, opts)};
    std::vector<torch::Tensor> means, logvars, zs;
    torch::Tensor z_prev = torch::zeros({B, z_dim_}, opts);
    for (int64_t t = 0; t < T; ++t) {
        GaussianParams p = step(z_prev, s);
        z_prev = reparameterise(p.mean, p.logvar, generator);
        means.push_back(p.mean);
        logvars.push_back(p.logvar);
        zs.push_back(z_prev);
    }
    return {torch::stack(means, 1), torch::stack(logvars, 1), torch::stack(zs, 1)};
}

}  // namespace dbse
