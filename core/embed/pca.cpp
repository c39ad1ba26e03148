// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/embed/pca.h"

#include "core/util/tensor_text.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace dbse {

void checkPointMatrix(const torch::Tensor& points, int64_t min_points, const char* what) {
    const std::string prefix = std::string(what) + ": ";
    if (!points.defined())
        throw std::invalid_argument(prefix + "no points given");
    if (points.dim() != 2)
        throw std::invalid_argument(prefix + "expected points of shape [N, D], got " + shapeText(points));
    if (points.scalar_type() != torch::kFloat && points.scalar_type() != torch::kDouble)
        throw std::invalid_argument(prefix + "expected float32 or float64 points, got " +
                                    std::string(c10::toString(points.scalar_type())));
    if (points.size(0) < min_points)
        throw std::invalid_argument(prefix + "needs at least " + std::to_string(min_points) + " points, got " +
                                    std::to_string(points.size(0)));
    if (points.size(1) < 1)
        throw std::invalid_argument(prefix + "points have no features (shape " + shapeText(points) + ")");
    if (!torch::isfinite(points).all().item<bool>()) {
        const int64_t row = torch::nonzero(~torch::isfinite(points).all(1))[0][0].item<int64_t>();
        throw std::invalid_argument(prefix + "point " + std::to_string(row) + " has a NaN or infinite value");
    }
}

torch::Tensor pcaProject(const torch::Tensor& points, int components) {
    checkPointMatrix(points, 2, "PCA");
    const int64_t n = points.size(0), d = points.size(1);
    if (components < 1 || components > d)
        throw std::invalid_argument("PCA: components must be in [1, " + std::to_string(d) + "], got " +
                                    std::to_string(components));
    torch::NoGradGuard no_grad;
    const torch::Tensor x = points.to(torch::kCPU, torch::kDouble);
    const torch::Tensor centred = x - x.mean(0, true);
    torch::Tensor scores;
    if (d <= n) {
        // Eigenvectors of the covariance, largest eigenvalue last (eigh sorts ascending). The
        // ATen op, not torch::linalg::eigh: Debian 13's LibTorch 2.6 has no torch/linalg.h.
        const auto [values, vectors] = torch::linalg_eigh(centred.t().mm(centred), "L");
        scores = centred.mm(vectors.narrow(1, d - components, components).flip(1));
    } else {
        // Scores are U * sqrt(lambda) from the Gram matrix's eigenpairs; at most N axes exist,
        // further columns are zero.
        const int64_t found = std::min<int64_t>(components, n);
        const auto [values, vectors] = torch::linalg_eigh(centred.mm(centred.t()), "L");
        const torch::Tensor top = vectors.narrow(1, n - found, found).flip(1);
        const torch::Tensor lambda = values.narrow(0, n - found, found).flip(0).clamp_min(0);
        scores = torch::cat({top * lambda.sqrt().unsqueeze(0), torch::zeros({n, components - found}, torch::kDouble)}, 1);
    }
    const torch::Tensor largest = scores.abs().argmax(0);
    const torch::Tensor signs = scores.gather(0, largest.unsqueeze(0)).sign();
    scores = scores * torch::where(signs == 0, torch::ones_like(signs), signs);
    return scores.to(torch::kFloat).contiguous();
}

}  // namespace dbse
