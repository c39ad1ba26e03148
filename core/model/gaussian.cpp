// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/gaussian.h"

#include <torch/torch.h>

namespace dbse {

torch::Tensor standardNormal(torch::IntArrayRef sizes, const torch::TensorOptions& options,
                             torch::Generator* generator) {
    if (!generator)
        return torch::randn(sizes, options);
    const torch::TensorOptions on_generator = options.device(generator->device());
    return torch::randn(sizes, *generator, on_generator).to(options.device());
}

torch::Tensor reparameterise(const torch::Tensor& mean, const torch::Tensor& logvar,
                             torch::Generator* generator) {
    torch::Tensor eps = standardNormal(mean.sizes(), mean.options(), generator);
    return mean + torch::exp(0.5 * logvar) * eps;
}

torch::Tensor klToStandardNormal(const torch::Tensor& mean, const torch::Tensor& logvar) {
    return -0.5 * torch::sum(1 + logvar - mean.pow(2) - logvar.exp());
}

torch::Tensor klBetweenGaussians(const torch::Tensor& mean_q, const torch::Tensor& logvar_q,
                                 const torch::Tensor& mean_p, const torch::Tensor& logvar_p) {
    torch::Tensor var_ratio_terms = (logvar_q.exp() + (mean_q - mean_p).pow(2)) / logvar_p.exp();
    return 0.5 * torch::sum(logvar_p - logvar_q + var_ratio_terms - 1);
}

}  // namespace dbse
