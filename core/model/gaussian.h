// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Diagonal Gaussian helpers shared by the posteriors, the prior and the loss. Variances are
// always carried as log-variances.

#include <torch/types.h>

namespace dbse {

struct GaussianParams {
    torch::Tensor mean;    // [..., dim]
    torch::Tensor logvar;  // same shape
};

// N(0, I) noise of the given shape. With `generator` the draw is reproducible and independent
// of the global generator (which training owns); the noise is drawn on the generator's device
// and moved to `options.device()`. Without it the global generator of that device is used.
torch::Tensor standardNormal(torch::IntArrayRef sizes, const torch::TensorOptions& options,
                             torch::Generator* generator = nullptr);

// mean + exp(logvar / 2) * eps, eps ~ N(0, I).
torch::Tensor reparameterise(const torch::Tensor& mean, const torch::Tensor& logvar,
                             torch::Generator* generator = nullptr);

// sum over all elements of KL(N(mean, exp(logvar)) || N(0, I)).
torch::Tensor klToStandardNormal(const torch::Tensor& mean, const torch::Tensor& logvar);

// sum over all elements of KL(N(mean_q, exp(logvar_q)) || N(mean_p, exp(logvar_p))).
torch::Tensor klBetweenGaussians(const torch::Tensor& mean_q, const torch::Tensor& logvar_q,
                                 const torch::Tensor& mean_p, const torch::Tensor& logvar_p);

}  // namespace dbse
