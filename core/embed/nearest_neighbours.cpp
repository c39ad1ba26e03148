// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exact k nearest neighbours for t-SNE by brute force: float32 distance tiles
// (|a|^2 + |b|^2 - 2 a.b on centred data) and a heap per row. Every distance is computed the
// same way whichever thread computes it, so the result does not depend on the thread count.

#include "core/embed/tsne_affinities.h"
#include "core/embed/multiversion.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace dbse {
namespace {

constexpr int kTileRows = 4;
constexpr int kLanes = 8;
constexpr int kTileColumns = 2 * kLanes;
using Lanes = float __attribute__((vector_size(kLanes * sizeof(float))));

// out[r][j] = row_norms[r] + norms[j] - 2 rows[r] . column j, for the kTileRows rows
// (row-major [kTileRows, d]) against every column of xt (transposed points [d, padded]).
DBSE_MULTIVERSION void distanceTile(const float* rows, const float* row_norms,
                                                                      const float* xt, const float* norms, int64_t d,
                                                                      int64_t padded, float* out) {
    for (int64_t j = 0; j < padded; j += kTileColumns) {
        Lanes acc[kTileRows][2] = {};
        for (int64_t f = 0; f < d; ++f) {
            Lanes a, b;
            std::memcpy(&a, xt + f * padded + j, sizeof a);
            std::memcpy(&b, xt + f * padded + j + kLanes, sizeof b);
            for (int r = 0; r < kTileRows; ++r) {
                const float s = rows[r * d + f];
                acc[r][0] += s * a;
                acc[r][1] += s * b;
            }
        }
        Lanes na, nb;
        std::memcpy(&na, norms + j, sizeof na);
        std::memcpy(&nb, norms + j + kLanes, sizeof nb);
        for (int r = 0; r < kTileRows; ++r) {
            const Lanes da = row_norms[r] + na - 2.0f * acc[r][0];
            const Lanes db = row_norms[r] + nb - 2.0f * acc[r][1];
            std::memcpy(out + r * padded + j, &da, sizeof da);
            std::memcpy(out + r * padded + j + kLanes, &db, sizeof db);
        }
    }
}

// The `count` smallest (distance, index) pairs of row i, itself excluded, nearest first (ties
// by index). Entries above the current count-th smallest are skipped; the kept ones are cut
// back to `count` whenever they reach 4 * count.
void selectNearest(const float* dist, int64_t n, int64_t i, int64_t count, std::vector<std::pair<float, int64_t>>& kept) {
    kept.clear();
    const size_t limit = static_cast<size_t>(4 * count);
    const auto cut = [&] {
        std::nth_element(kept.begin(), kept.begin() + (count - 1), kept.end());
        kept.resize(static_cast<size_t>(count));
    };
    float threshold = std::numeric_limits<float>::infinity();
    for (int64_t j = 0; j < n; ++j) {
        if (dist[j] > threshold || j == i)
            continue;
        kept.emplace_back(dist[j], j);
        if (kept.size() == limit) {
            cut();
            threshold = std::max_element(kept.begin(), kept.end())->first;
        }
    }
    if (static_cast<int64_t>(kept.size()) > count)
        cut();
    std::sort(kept.begin(), kept.end());
}

}  // namespace

NearestNeighbours nearestNeighbours(const torch::Tensor& points, int64_t k) {
    const int64_t n = points.size(0), d = points.size(1);
    if (k < 1 || k >= n)
        throw std::invalid_argument("nearest neighbours: k must be in [1, " + std::to_string(n - 1) + "], got " +
                                    std::to_string(k));
    torch::NoGradGuard no_grad;
    torch::Tensor x64 = points.to(torch::kCPU, torch::kDouble);
    const torch::Tensor x32 = (x64 - x64.mean(0, true)).to(torch::kFloat).contiguous();  // centring keeps
                                                                       // |a|^2 + |b|^2 - 2 a.b accurate
    const int64_t padded = (n + kTileColumns - 1) / kTileColumns * kTileColumns;
    const int64_t padded_rows = (n + kTileRows - 1) / kTileRows * kTileRows;
    torch::Tensor xt = torch::zeros({d, padded}, torch::kFloat);
    xt.narrow(1, 0, n).copy_(x32.t());
    torch::Tensor norms = torch::full({padded}, std::numeric_limits<float>::infinity(), torch::kFloat);
    norms.narrow(0, 0, n).copy_(x32.pow(2).sum(1));
    torch::Tensor rows = torch::zeros({padded_rows, d}, torch::kFloat);
    rows.narrow(0, 0, n).copy_(x32);
    const torch::Tensor row_norms = rows.pow(2).sum(1).contiguous();

    torch::Tensor indices = torch::empty({n, k}, torch::kLong);
    torch::Tensor sq_distances = torch::empty({n, k}, torch::kDouble);
    int64_t* out_index = indices.data_ptr<int64_t>();
    double* out_dist = sq_distances.data_ptr<double>();
    at::parallel_for(0, padded_rows / kTileRows, 1, [&](int64_t tile_begin, int64_t tile_end) {
        std::vector<float> dist(static_cast<size_t>(kTileRows * padded));
        std::vector<std::pair<float, int64_t>> heap;
        for (int64_t tile = tile_begin; tile < tile_end; ++tile) {
            const int64_t first = tile * kTileRows;
            distanceTile(rows.data_ptr<float>() + first * d, row_norms.data_ptr<float>() + first,
                         xt.data_ptr<float>(), norms.data_ptr<float>(), d, padded, dist.data());
            for (int64_t i = first; i < std::min(n, first + kTileRows); ++i) {
                selectNearest(dist.data() + (i - first) * padded, n, i, k, heap);
                for (int64_t c = 0; c < k; ++c) {
                    out_dist[i * k + c] = std::max(0.0, static_cast<double>(heap[c].first));
                    out_index[i * k + c] = heap[c].second;
                }
            }
        }
    });
    return {indices, sq_distances};
}

}  // namespace dbse
