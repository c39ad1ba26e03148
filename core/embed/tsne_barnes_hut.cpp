// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Barnes-Hut t-SNE gradient (van der Maaten 2014, as scikit-learn's _barnes_hut_tsne):
// attraction exactly on the sparse P, repulsion and Z from the space tree.

#include "core/embed/tsne.h"
#include "core/embed/tsne_objective.h"
#include "core/embed/multiversion.h"
#include "core/embed/tsne_space_tree.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numeric>
#include <vector>

namespace dbse {
namespace {

constexpr float kTiny = FLT_MIN;  // scikit-learn's FLOAT32_TINY floor inside the logarithms

// sum_j 1 / (1 + |at - y_j|^2) over all n points (coordinate arrays), in kLanes partial sums.
template <int Dim>
[[gnu::always_inline]] inline double kernelRowSumLanes(const std::vector<float> (&coords)[Dim], const float* at,
                                                       int64_t n) {
    constexpr int kLanes = 8;
    float sums[kLanes] = {};
    int64_t j = 0;
    for (; j + kLanes <= n; j += kLanes)
        for (int l = 0; l < kLanes; ++l) {
            float dist_sq = 0.0f;
            for (int d = 0; d < Dim; ++d) {
                const float diff = at[d] - coords[d][j + l];
                dist_sq += diff * diff;
            }
            sums[l] += 1.0f / (1.0f + dist_sq);
        }
    double total = 0;
    for (; j < n; ++j) {
        float dist_sq = 0.0f;
        for (int d = 0; d < Dim; ++d)
            dist_sq += (at[d] - coords[d][j]) * (at[d] - coords[d][j]);
        total += 1.0 / (1.0 + dist_sq);
    }
    for (int l = 0; l < kLanes; ++l)
        total += sums[l];
    return total;
}

DBSE_MULTIVERSION double kernelRowSum2(const std::vector<float> (&coords)[2],
                                                                          const float* at, int64_t n) {
    return kernelRowSumLanes<2>(coords, at, n);
}
DBSE_MULTIVERSION double kernelRowSum3(const std::vector<float> (&coords)[3],
                                                                          const float* at, int64_t n) {
    return kernelRowSumLanes<3>(coords, at, n);
}

template <int Dim>
double kernelRowSum(const std::vector<float> (&coords)[Dim], const float* at, int64_t n) {
    if constexpr (Dim == 2)
        return kernelRowSum2(coords, at, n);
    else
        return kernelRowSum3(coords, at, n);
}

template <int Dim>
class BarnesHutObjective final : public TsneObjective {
public:
    BarnesHutObjective(SparseAffinities p, double theta)
        : p_(std::move(p)), theta_(static_cast<float>(theta)), attraction_(static_cast<size_t>(p_.n) * Dim),
          repulsion_(static_cast<size_t>(p_.n) * Dim), row_kl_(static_cast<size_t>(p_.n)) {}

    void gradient(const float* y, float exaggeration, float* grad, double* kl) override {
        tree_.build(y, p_.n);
        const double z = tree_.repulsion(theta_, repulsion_.data());
        attract(y, exaggeration, kl ? z : 0.0);
        const float inv_z = static_cast<float>(1.0 / z);
        const int64_t size = p_.n * Dim;
        for (int64_t e = 0; e < size; ++e)
            grad[e] = 4.0f * (attraction_[e] - repulsion_[e] * inv_z);
        if (kl)
            *kl = std::accumulate(row_kl_.begin(), row_kl_.end(), 0.0);
    }

    double finalKl(const float* y, bool& exact_z) override {
        exact_z = p_.n <= kMaxExactKlPoints;
        double z;
        if (exact_z) {
            z = exactZ(y);
        } else {
            tree_.build(y, p_.n);
            z = tree_.repulsion(theta_, repulsion_.data());
        }
        attract(y, 1.0f, z);
        return std::accumulate(row_kl_.begin(), row_kl_.end(), 0.0);
    }

private:
    // attraction_[i] = exaggeration * sum_j p_ij q_ij (y_i - y_j) with q_ij = 1 / (1 + d_ij^2);
    // when z > 0 also row_kl_[i] = sum_j p_ij log(p_ij / (q_ij / z)).
    void attract(const float* y, float exaggeration, double z) {
        const bool with_kl = z > 0;
        const double inv_z = with_kl ? 1.0 / z : 0.0;
        at::parallel_for(0, p_.n, 256, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) {
                float force[Dim] = {};
                double kl = 0;
                const float* yi = y + i * Dim;
                for (int64_t e = p_.row_start[i]; e < p_.row_start[i + 1]; ++e) {
                    const float* yj = y + static_cast<int64_t>(p_.columns[e]) * Dim;
                    float diff[Dim], dist_sq = 0.0f;
                    for (int d = 0; d < Dim; ++d) {
                        diff[d] = yi[d] - yj[d];
                        dist_sq += diff[d] * diff[d];
                    }
                    const float q = 1.0f / (1.0f + dist_sq);
                    const float pq = p_.values[e] * q;
                    for (int d = 0; d < Dim; ++d)
                        force[d] += pq * diff[d];
                    if (with_kl) {
                        const float p = p_.values[e];
                        kl += p * std::log(std::max(p, kTiny) / std::max(static_cast<float>(q * inv_z), kTiny));
                    }
                }
                for (int d = 0; d < Dim; ++d)
                    attraction_[i * Dim + d] = exaggeration * force[d];
                row_kl_[i] = kl;
            }
        });
    }

    // Z = sum_{i != j} 1 / (1 + |y_i - y_j|^2) over all pairs, rows in parallel, fixed order.
    double exactZ(const float* y) const {
        const int64_t n = p_.n;
        std::vector<float> coords[Dim];
        for (int d = 0; d < Dim; ++d) {
            coords[d].resize(static_cast<size_t>(n));
            for (int64_t i = 0; i < n; ++i)
                coords[d][i] = y[i * Dim + d];
        }
        std::vector<double> row_z(static_cast<size_t>(n));
        at::parallel_for(0, n, 64, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i) {
                float at[Dim];
                for (int d = 0; d < Dim; ++d)
                    at[d] = coords[d][i];
                row_z[i] = kernelRowSum<Dim>(coords, at, n) - 1.0;  // minus the pair (i, i)
            }
        });
        return std::accumulate(row_z.begin(), row_z.end(), 0.0);
    }

    SparseAffinities p_;
    float theta_;
    SpaceTree<Dim> tree_;
    std::vector<float> attraction_, repulsion_;
    std::vector<double> row_kl_;
};

}  // namespace

std::unique_ptr<TsneObjective> makeBarnesHutObjective(SparseAffinities p, int dims, double theta) {
    if (dims == 3)
        return std::make_unique<BarnesHutObjective<3>>(std::move(p), theta);
    return std::make_unique<BarnesHutObjective<2>>(std::move(p), theta);
}

}  // namespace dbse
