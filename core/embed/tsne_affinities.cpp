// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/embed/tsne_affinities.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace dbse {
ConditionalAffinities calibrateAffinities(const torch::Tensor& sq_distances, double perplexity) {
    if (sq_distances.dim() != 2 || sq_distances.size(1) < 1)
        throw std::invalid_argument("perplexity calibration: expected distances [N, k]");
    const int64_t n = sq_distances.size(0), k = sq_distances.size(1);
    if (!(perplexity >= 1.0) || !(perplexity < static_cast<double>(k)))
        throw std::invalid_argument("perplexity calibration: perplexity must be in [1, " + std::to_string(k) +
                                    ") for " + std::to_string(k) + " neighbours, got " + std::to_string(perplexity));
    const torch::Tensor dist = sq_distances.to(torch::kCPU, torch::kDouble).contiguous();
    torch::Tensor probabilities = torch::empty({n, k}, torch::kDouble);
    torch::Tensor betas = torch::empty({n}, torch::kDouble);
    const double* ds = dist.data_ptr<double>();
    double* ps = probabilities.data_ptr<double>();
    double* bs = betas.data_ptr<double>();
    const double desired_entropy = std::log(perplexity);
    constexpr double inf = std::numeric_limits<double>::infinity();

    at::parallel_for(0, n, 64, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const double* di = ds + i * k;
            double* pi = ps + i * k;
            // Distances relative to the nearest one: the same P and entropy, without underflow.
            const double nearest = *std::min_element(di, di + k);
            double beta = 1.0, beta_min = -inf, beta_max = inf;
            for (int step = 0; step < kCalibrationSteps; ++step) {
                double sum = 0;
                for (int64_t j = 0; j < k; ++j) {
                    pi[j] = std::exp(-(di[j] - nearest) * beta);
                    sum += pi[j];
                }
                double mean_distance = 0;
                for (int64_t j = 0; j < k; ++j) {
                    pi[j] /= sum;
                    mean_distance += (di[j] - nearest) * pi[j];
                }
                const double difference = std::log(sum) + beta * mean_distance - desired_entropy;
                if (std::abs(difference) <= kEntropyTolerance)
                    break;
                if (difference > 0) {
                    beta_min = beta;
                    beta = beta_max == inf ? beta * 2.0 : (beta + beta_max) / 2.0;
                } else {
                    beta_max = beta;
                    beta = beta_min == -inf ? beta / 2.0 : (beta + beta_min) / 2.0;
                }
            }
            bs[i] = beta;
        }
    });
    return {probabilities, betas};
}

SparseAffinities symmetrizeAffinities(const torch::Tensor& neighbour_indices, const torch::Tensor& conditional) {
    const int64_t n = neighbour_indices.size(0), k = neighbour_indices.size(1);
    const torch::Tensor idx = neighbour_indices.to(torch::kLong).contiguous();
    const torch::Tensor cond = conditional.to(torch::kDouble).contiguous();
    const int64_t* js = idx.data_ptr<int64_t>();
    const double* ps = cond.data_ptr<double>();

    std::vector<int64_t> start(static_cast<size_t>(n) + 1, 0);
    for (int64_t i = 0; i < n; ++i) {
        start[i + 1] += k;
        for (int64_t c = 0; c < k; ++c)
            start[js[i * k + c] + 1] += 1;
    }
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<std::pair<int32_t, double>> entries(static_cast<size_t>(start[n]));
    std::vector<int64_t> fill(start.begin(), start.end() - 1);
    for (int64_t i = 0; i < n; ++i)
        for (int64_t c = 0; c < k; ++c) {
            const int64_t j = js[i * k + c];
            const double p = ps[i * k + c];
            entries[fill[i]++] = {static_cast<int32_t>(j), p};
            entries[fill[j]++] = {static_cast<int32_t>(i), p};
        }

    SparseAffinities result;
    result.n = n;
    result.row_start.assign(static_cast<size_t>(n) + 1, 0);
    std::vector<double> merged;
    merged.reserve(entries.size());
    result.columns.reserve(entries.size());
    for (int64_t i = 0; i < n; ++i) {
        auto first = entries.begin() + start[i], last = entries.begin() + start[i + 1];
        std::sort(first, last, [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto it = first; it != last; ++it) {
            if (!result.columns.empty() && static_cast<int64_t>(result.columns.size()) > result.row_start[i] &&
                result.columns.back() == it->first)
                merged.back() += it->second;
            else {
                result.columns.push_back(it->first);
                merged.push_back(it->second);
            }
        }
        result.row_start[i + 1] = static_cast<int64_t>(result.columns.size());
    }
    const double total = std::max(std::accumulate(merged.begin(), merged.end(), 0.0), DBL_EPSILON);
    result.values.resize(merged.size());
    for (size_t e = 0; e < merged.size(); ++e)
        result.values[e] = static_cast<float>(merged[e] / total);
    return result;
}

SparseAffinities sparseAffinities(const torch::Tensor& points, double perplexity) {
    const int64_t n = points.size(0);
    const int64_t k = std::min<int64_t>(n - 1, static_cast<int64_t>(3.0 * perplexity + 1.0));
    const NearestNeighbours nn = nearestNeighbours(points, k);
    const ConditionalAffinities conditional = calibrateAffinities(nn.sq_distances, perplexity);
    return symmetrizeAffinities(nn.indices, conditional.probabilities);
}

torch::Tensor denseAffinities(const torch::Tensor& points, double perplexity) {
    const int64_t n = points.size(0);
    const NearestNeighbours nn = nearestNeighbours(points, n - 1);
    const ConditionalAffinities conditional = calibrateAffinities(nn.sq_distances, perplexity);
    torch::Tensor p = torch::zeros({n, n}, torch::kDouble);
    p.scatter_(1, nn.indices, conditional.probabilities);
    p = p + p.t();
    p.div_(std::max(p.sum().item<double>(), DBL_EPSILON));
    p.clamp_min_(DBL_EPSILON).fill_diagonal_(0.0);
    return p;
}

}  // namespace dbse
