// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Principal component projection, e.g. the 2-D PCA view offered beside t-SNE.

#include <torch/types.h>

namespace dbse {

// Projects points (float32 or float64 [N, D], N >= 2) on their first `components` principal
// axes (1 <= components <= D): float32 [N, components], column c being the scores of the c-th
// largest-variance axis. Signs follow scikit-learn's svd_flip: in every column the score of
// largest magnitude is positive. Computed in float64 from the covariance (D <= N) or the Gram
// matrix (D > N; columns beyond the N-th axis are zero). Throws std::invalid_argument for bad shapes or non-finite values.
torch::Tensor pcaProject(const torch::Tensor& points, int components = 2);

// Throws std::invalid_argument "<what>: ..." unless points is a float32/float64 [N, D] tensor
// with N >= min_points, D >= 1 and only finite values.
void checkPointMatrix(const torch::Tensor& points, int64_t min_points, const char* what);

}  // namespace dbse
