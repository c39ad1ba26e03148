// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// p(d_t | d_<t): two stacked LSTM cells and Gaussian heads. The static prior is N(0, I).

#include "core/model/config.h"
#include "core/model/gaussian.h"

#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/rnn.h>
#include <torch/nn/pimpl.h>

namespace dbse {

struct PriorSample {
    torch::Tensor mean;    // [B, T, z_dim]
    torch::Tensor logvar;  // [B, T, z_dim]
    torch::Tensor z;       // [B, T, z_dim] the samples that were fed back
};

class LearnedPriorImpl : public torch::nn::Module {
public:
    explicit LearnedPriorImpl(const ModelConfig& config);

    // Teacher-forced (training): step t sees z_post[:, t-1] (zeros at t = 0), starting from
    // zero states. z_post [B, T, z_dim] -> prior mean, log-variance [B, T, z_dim].
    GaussianParams teacherForced(const torch::Tensor& z_post);

    // Free-running (generation): each step feeds back its own reparameterised sample.
    PriorSample sample(int64_t batch, int64_t steps, const torch::TensorOptions& options,
                       torch::Generator* generator = nullptr);

private:
    struct State {
        torch::Tensor h1, c1, h2, c2;
    };
    GaussianParams step(const torch::Tensor& z_prev, State& state);

    int z_dim_, rnn_size_;
    torch::nn::LSTMCell cell1_{nullptr}, cell2_{nullptr};
    torch::nn::Linear mean_{nullptr}, logvar_{nullptr};
};
TORCH_MODULE(LearnedPrior);

}  // namespace dbse
