// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exact t-SNE gradient on dense [N, N] tensors, as scikit-learn's _kl_divergence.

#include "core/embed/tsne_objective.h"

#include <torch/torch.h>

#include <cfloat>

namespace dbse {
namespace {

class ExactObjective final : public TsneObjective {
public:
    ExactObjective(torch::Tensor p, int dims) : p_(std::move(p)), dims_(dims) {
        log_p_ = p_.clamp_min(DBL_EPSILON).log();
    }

    void gradient(const float* y, float exaggeration, float* grad, double* kl) override {
        torch::NoGradGuard no_grad;
        const torch::Tensor pos = positions(y);
        const torch::Tensor num = numerators(pos);
        const torch::Tensor q = (num / num.sum()).clamp_min_(DBL_EPSILON);
        const torch::Tensor weights = (p_ * exaggeration - q).mul_(num);
        const torch::Tensor g = (weights.sum(1, true) * pos - weights.mm(pos)).mul_(4.0).to(torch::kFloat);
        std::copy_n(g.data_ptr<float>(), g.numel(), grad);
        if (kl)
            *kl = divergence(q);
    }

    double finalKl(const float* y, bool& exact_z) override {
        torch::NoGradGuard no_grad;
        exact_z = true;
        const torch::Tensor num = numerators(positions(y));
        return divergence((num / num.sum()).clamp_min_(DBL_EPSILON));
    }

private:
    torch::Tensor positions(const float* y) const {
        return torch::from_blob(const_cast<float*>(y), {p_.size(0), dims_}, torch::kFloat).to(torch::kDouble);
    }

    // Student-t kernel 1 / (1 + |y_i - y_j|^2) with a zero diagonal, float64 [N, N].
    static torch::Tensor numerators(const torch::Tensor& pos) {
        const torch::Tensor sq = pos.pow(2).sum(1);
        torch::Tensor d2 = torch::addmm(sq.unsqueeze(0) + sq.unsqueeze(1), pos, pos.t(), 1.0, -2.0).clamp_min_(0.0);
        return d2.add_(1.0).reciprocal_().fill_diagonal_(0.0);
    }

    double divergence(const torch::Tensor& q) const {
        return (p_ * (log_p_ - q.log())).sum().item<double>();
    }

    torch::Tensor p_, log_p_;
    int64_t dims_;
};

}  // namespace

std::unique_ptr<TsneObjective> makeExactObjective(torch::Tensor p, int dims) {
    return std::make_unique<ExactObjective>(std::move(p), dims);
}

}  // namespace dbse
