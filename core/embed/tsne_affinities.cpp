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
namespace {

constexpr int64_t kCandidateMargin = 8;          // extra float32 candidates re-ranked in float64
constexpr int64_t kDistanceBlockElements = 1 << 24;  // float32 distances per block (64 MiB)

// Picks, for rows [begin, end), the k + margin nearest candidates by float32 distances.
torch::Tensor candidateBlock(const torch::Tensor& x, const torch::Tensor& sq_norms, int64_t begin, int64_t end,
                             int64_t count) {
    const torch::Tensor rows = x.narrow(0, begin, end - begin);
    torch::Tensor dist = torch::addmm(sq_norms.unsqueeze(0), rows, x.t(), 1.0, -2.0);
    dist.add_(sq_norms.narrow(0, begin, end - begin).unsqueeze(1));
    // The point itself is never its own neighbour, even when duplicates tie with it.
    const torch::Tensor self = torch::arange(begin, end, torch::kLong);
    dist.index_put_({torch::arange(end - begin, torch::kLong), self}, std::numeric_limits<float>::infinity());
    return std::get<1>(dist.topk(count, 1, /*largest=*/false, /*sorted=*/false));
}

}  // namespace

NearestNeighbours nearestNeighbours(const torch::Tensor& points, int64_t k) {
    const int64_t n = points.size(0), d = points.size(1);
    if (k < 1 || k >= n)
        throw std::invalid_argument("nearest neighbours: k must be in [1, " + std::to_string(n - 1) + "], got " +
                                    std::to_string(k));
    torch::NoGradGuard no_grad;
    const torch::Tensor x32 = points.to(torch::kCPU, torch::kFloat).contiguous();
    const torch::Tensor x64 = points.to(torch::kCPU, torch::kDouble).contiguous();
    const torch::Tensor sq_norms = x32.pow(2).sum(1);
    const int64_t count = std::min(n - 1, k + kCandidateMargin);
    const int64_t block = std::max<int64_t>(1, std::min(n, kDistanceBlockElements / n));

    torch::Tensor indices = torch::empty({n, k}, torch::kLong);
    torch::Tensor sq_distances = torch::empty({n, k}, torch::kDouble);
    const double* xs = x64.data_ptr<double>();
    int64_t* out_index = indices.data_ptr<int64_t>();
    double* out_dist = sq_distances.data_ptr<double>();
    for (int64_t begin = 0; begin < n; begin += block) {
        const int64_t end = std::min(n, begin + block);
        const torch::Tensor candidates = candidateBlock(x32, sq_norms, begin, end, count).contiguous();
        const int64_t* cand = candidates.data_ptr<int64_t>();
        at::parallel_for(begin, end, 16, [&](int64_t row_begin, int64_t row_end) {
            std::vector<std::pair<double, int64_t>> ranked(static_cast<size_t>(count));
            for (int64_t i = row_begin; i < row_end; ++i) {
                const double* xi = xs + i * d;
                for (int64_t c = 0; c < count; ++c) {
                    const int64_t j = cand[(i - begin) * count + c];
                    const double* xj = xs + j * d;
                    double sum = 0;
                    for (int64_t f = 0; f < d; ++f) {
                        const double diff = xi[f] - xj[f];
                        sum += diff * diff;
                    }
                    ranked[c] = {sum, j};
                }
                std::partial_sort(ranked.begin(), ranked.begin() + k, ranked.end());
                for (int64_t c = 0; c < k; ++c) {
                    out_dist[i * k + c] = ranked[c].first;
                    out_index[i * k + c] = ranked[c].second;
                }
            }
        });
    }
    return {indices, sq_distances};
}

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
