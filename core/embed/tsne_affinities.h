// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// t-SNE input affinities: nearest neighbours, perplexity calibration and the symmetrised P.
// Distances are squared Euclidean distances of the input points, as in scikit-learn.

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace dbse {

struct NearestNeighbours {
    torch::Tensor indices;       // int64 [N, k], nearest first, never the point itself
    torch::Tensor sq_distances;  // float64 [N, k], squared Euclidean (computed in float32), ascending
};

// The exact k nearest neighbours of every row of points (float32/float64 [N, D], 1 <= k < N),
// by brute force: float32 distances from matrix products, a block of rows at a time (ties
// broken by index). The same for the same thread count.
NearestNeighbours nearestNeighbours(const torch::Tensor& points, int64_t k);

struct ConditionalAffinities {
    torch::Tensor probabilities;  // float64 [N, k], row i = p_{j|i} over the k columns, sums to 1
    torch::Tensor betas;          // float64 [N], precision 1 / (2 sigma_i^2) found for row i
};

inline constexpr double kEntropyTolerance = 1e-5;  // |H_i - log(perplexity)| target (nats)
inline constexpr int kCalibrationSteps = 100;

// Binary search (scikit-learn's) of beta_i so that the entropy of
// p_{j|i} = exp(-beta_i d_ij) / sum_j exp(-beta_i d_ij) equals log(perplexity), for every row
// of sq_distances (float64 [N, k], k > perplexity). Rows are independent and run in parallel.
ConditionalAffinities calibrateAffinities(const torch::Tensor& sq_distances, double perplexity);

// Symmetric joint probabilities in CSR form: P = (C + C^T) / sum(C + C^T) for the conditional
// matrix C, so sum(P) = 1. Columns of each row are ascending.
struct SparseAffinities {
    int64_t n = 0;
    std::vector<int64_t> row_start;  // [n + 1]
    std::vector<int32_t> columns;
    std::vector<float> values;
};

SparseAffinities symmetrizeAffinities(const torch::Tensor& neighbour_indices, const torch::Tensor& conditional);

// P for the whole data set from the k = min(N - 1, floor(3 * perplexity + 1)) nearest
// neighbours (the Barnes-Hut method's P).
SparseAffinities sparseAffinities(const torch::Tensor& points, double perplexity);

// Dense symmetric P (float64 [N, N], zero diagonal, sums to 1) calibrated on all other points
// (the exact method's P). Entries are floored at machine epsilon (2.2e-16) off the diagonal,
// as scikit-learn does, so log(P) is finite.
torch::Tensor denseAffinities(const torch::Tensor& points, double perplexity);

}  // namespace dbse
