// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exact k nearest neighbours for t-SNE by brute force: float32 squared distances
// |a|^2 + |b|^2 - 2 a.b on centred data, a block of rows at a time as one matrix product
// (LibTorch's, whose last bits depend on the thread count), then a selection per row.

#include "core/embed/tsne_affinities.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace dbse {
namespace {

// Rows per distance product, so that one block of distances stays within 64 MiB.
int64_t rowsPerBlock(int64_t n) { return std::clamp<int64_t>((int64_t(1) << 24) / n, 16, 1024); }

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
    const int64_t n = points.size(0);
    if (k < 1 || k >= n)
        throw std::invalid_argument("nearest neighbours: k must be in [1, " + std::to_string(n - 1) + "], got " +
                                    std::to_string(k));
    torch::NoGradGuard no_grad;
    torch::Tensor x64 = points.to(torch::kCPU, torch::kDouble);
    const torch::Tensor x32 = (x64 - x64.mean(0, true)).to(torch::kFloat).contiguous();  // centring keeps
                                                                       // |a|^2 + |b|^2 - 2 a.b accurate
    const torch::Tensor norms = x32.pow(2).sum(1);   // [n]
    const torch::Tensor xt = x32.t().contiguous();     // [d, n]
    const float* row_norms = norms.data_ptr<float>();

    torch::Tensor indices = torch::empty({n, k}, torch::kLong);
    torch::Tensor sq_distances = torch::empty({n, k}, torch::kDouble);
    int64_t* out_index = indices.data_ptr<int64_t>();
    double* out_dist = sq_distances.data_ptr<double>();
    const int64_t block = rowsPerBlock(n);
    const int64_t blocks = (n + block - 1) / block;
    // One thread per block of rows: each product runs on the thread that selects from it.
    at::parallel_for(0, blocks, 1, [&](int64_t block_begin, int64_t block_end) {
        std::vector<std::pair<float, int64_t>> heap;
        for (int64_t b = block_begin; b < block_end; ++b) {
            const int64_t first = b * block, rows = std::min(block, n - first);
            // partial[r][j] = |x_j|^2 - 2 x_(first+r) . x_j: the squared distance less
            // |x_(first+r)|^2, which orders row r's candidates the same.
            const torch::Tensor partial = torch::addmm(norms.unsqueeze(0), x32.narrow(0, first, rows), xt, 1.0, -2.0);
            const float* values = partial.data_ptr<float>();
            for (int64_t r = 0; r < rows; ++r) {
                const int64_t i = first + r;
                selectNearest(values + r * n, n, i, k, heap);
                for (int64_t c = 0; c < k; ++c) {
                    out_dist[i * k + c] = std::max(0.0, static_cast<double>(heap[c].first + row_norms[i]));
                    out_index[i * k + c] = heap[c].second;
                }
            }
        }
    });
    return {indices, sq_distances};
}

}  // namespace dbse
