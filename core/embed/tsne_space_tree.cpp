// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/embed/tsne_space_tree.h"
#include "core/embed/multiversion.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <numeric>

namespace dbse {
namespace {

constexpr int32_t kLeafSize = 16;    // a cell with at most this many points is not split
constexpr int32_t kGroupSize = 64;  // points that share one tree walk
constexpr int kMaxDepth = 32;       // coincident points end in one leaf at this depth
constexpr int kLanes = 8;           // interaction lists are padded to a multiple of this
constexpr int32_t kGroupsPerClaim = 4;

// Bodies a group of points interacts with: cells (centre of mass, count) and single points
// (weight 1), structure-of-arrays so the evaluation loop vectorises. Sized once per walk set.
template <int Dim>
struct InteractionList {
    std::vector<float> coord[Dim];
    std::vector<float> weight;
    size_t size = 0;

    void reserve(size_t capacity) {
        capacity += kLanes;
        for (auto& c : coord)
            c.resize(capacity);
        weight.resize(capacity);
    }
    void add(const float* centre, float w) {
        for (int d = 0; d < Dim; ++d)
            coord[d][size] = centre[d];
        weight[size++] = w;
    }
    void addPoints(const std::vector<float> (&coords)[Dim], int32_t begin, int32_t end) {
        for (int d = 0; d < Dim; ++d)
            std::copy(coords[d].begin() + begin, coords[d].begin() + end, coord[d].begin() + size);
        std::fill(weight.begin() + size, weight.begin() + size + (end - begin), 1.0f);
        size += end - begin;
    }
    void pad() {
        for (; size % kLanes; ++size) {
            for (auto& c : coord)
                c[size] = 0.0f;
            weight[size] = 0.0f;
        }
    }
};

// kLanes floats; GCC/Clang split it into the widest vectors the target has.
using Lanes = float __attribute__((vector_size(kLanes * sizeof(float))));

[[gnu::always_inline]] inline void load(Lanes& v, const float* at) {
    std::memcpy(&v, at, sizeof v);
}

// sum_j w_j q_j and sum_j w_j q_j^2 (x - c_j) over the list, for q_j = 1 / (1 + |x - c_j|^2).
// Lanes are summed in a fixed order, so the result is reproducible.
template <int Dim>
[[gnu::always_inline]] inline double evaluateLanes(const InteractionList<Dim>& list, const float* x, float* force) {
    Lanes z = {}, f[Dim] = {}, at[Dim];
    for (int d = 0; d < Dim; ++d)
        at[d] = x[d] + Lanes{};
    const size_t size = list.size;
    for (size_t j = 0; j < size; j += kLanes) {
        Lanes diff[Dim], dist_sq = {}, c, w;
        for (int d = 0; d < Dim; ++d) {
            load(c, list.coord[d].data() + j);
            diff[d] = at[d] - c;
            dist_sq += diff[d] * diff[d];
        }
        const Lanes q = 1.0f / (1.0f + dist_sq);
        load(w, list.weight.data() + j);
        const Lanes wq = w * q;
        z += wq;
        const Lanes wq2 = wq * q;
        for (int d = 0; d < Dim; ++d)
            f[d] += wq2 * diff[d];
    }
    double total = 0;
    for (int d = 0; d < Dim; ++d) {
        double sum = 0;
        for (int l = 0; l < kLanes; ++l)
            sum += f[d][l];
        force[d] = static_cast<float>(sum);
    }
    for (int l = 0; l < kLanes; ++l)
        total += z[l];
    return total;
}

// One copy per instruction set, chosen when the program starts (GCC function multi-versioning).
DBSE_MULTIVERSION double evaluate2(const InteractionList<2>& list, const float* x,
                                                                      float* force) {
    return evaluateLanes<2>(list, x, force);
}
DBSE_MULTIVERSION double evaluate3(const InteractionList<3>& list, const float* x,
                                                                      float* force) {
    return evaluateLanes<3>(list, x, force);
}

template <int Dim>
double evaluate(const InteractionList<Dim>& list, const float* x, float* force) {
    if constexpr (Dim == 2)
        return evaluate2(list, x, force);
    else
        return evaluate3(list, x, force);
}

}  // namespace

template <int Dim>
void SpaceTree<Dim>::build(const float* y, int64_t n) {
    nodes_.clear();
    groups_.clear();
    order_.resize(static_cast<size_t>(n));
    std::iota(order_.begin(), order_.end(), 0);
    scratch_.resize(static_cast<size_t>(n));

    float lo[Dim], hi[Dim];
    for (int d = 0; d < Dim; ++d)
        lo[d] = hi[d] = y[d];
    for (int64_t i = 1; i < n; ++i)
        for (int d = 0; d < Dim; ++d) {
            lo[d] = std::min(lo[d], y[i * Dim + d]);
            hi[d] = std::max(hi[d], y[i * Dim + d]);
        }
    float centre[Dim], side = 0.0f;
    for (int d = 0; d < Dim; ++d) {
        centre[d] = 0.5f * (lo[d] + hi[d]);
        side = std::max(side, hi[d] - lo[d]);
    }
    side = side > 0.0f ? side * (1.0f + 1e-3f) : 1.0f;
    buildNode(y, 0, static_cast<int32_t>(n), centre, 0.5f * side, 0, false);
    for (int d = 0; d < Dim; ++d) {
        coords_[d].resize(static_cast<size_t>(n));
        for (int64_t t = 0; t < n; ++t)
            coords_[d][t] = y[static_cast<int64_t>(order_[t]) * Dim + d];
    }
}

template <int Dim>
int32_t SpaceTree<Dim>::buildNode(const float* y, int32_t begin, int32_t end, const float* centre, float half,
                                  int depth, bool in_group) {
    const int32_t index = static_cast<int32_t>(nodes_.size());
    nodes_.push_back({});
    const int32_t count = end - begin;
    if (!in_group && count <= kGroupSize) {
        groups_.push_back({begin, end});
        in_group = true;
    }
    float com[Dim] = {};
    const bool leaf = count <= kLeafSize || depth >= kMaxDepth;
    if (leaf) {
        double sum[Dim] = {};
        for (int32_t t = begin; t < end; ++t)
            for (int d = 0; d < Dim; ++d)
                sum[d] += y[static_cast<size_t>(order_[t]) * Dim + d];
        for (int d = 0; d < Dim; ++d)
            com[d] = static_cast<float>(sum[d] / count);
    } else {
        constexpr int kChildren = 1 << Dim;
        int32_t child_start[kChildren + 1] = {};
        auto child_of = [&](int32_t point) {
            int c = 0;
            for (int d = 0; d < Dim; ++d)
                c |= (y[static_cast<size_t>(point) * Dim + d] >= centre[d]) << d;
            return c;
        };
        for (int32_t t = begin; t < end; ++t)
            ++child_start[child_of(order_[t]) + 1];
        for (int c = 0; c < kChildren; ++c)
            child_start[c + 1] += child_start[c];
        int32_t fill[kChildren];
        std::copy_n(child_start, kChildren, fill);
        for (int32_t t = begin; t < end; ++t)
            scratch_[begin + fill[child_of(order_[t])]++] = order_[t];
        std::copy(scratch_.begin() + begin, scratch_.begin() + end, order_.begin() + begin);

        double sum[Dim] = {};
        for (int c = 0; c < kChildren; ++c) {
            const int32_t child_begin = begin + child_start[c], child_end = begin + child_start[c + 1];
            if (child_begin == child_end)
                continue;
            float child_centre[Dim];
            for (int d = 0; d < Dim; ++d)
                child_centre[d] = centre[d] + ((c >> d) & 1 ? 0.5f : -0.5f) * half;
            const int32_t child = buildNode(y, child_begin, child_end, child_centre, 0.5f * half, depth + 1, in_group);
            for (int d = 0; d < Dim; ++d)
                sum[d] += static_cast<double>(nodes_[child].centre_of_mass[d]) * (child_end - child_begin);
        }
        for (int d = 0; d < Dim; ++d)
            com[d] = static_cast<float>(sum[d] / count);
    }
    Node& node = nodes_[index];
    std::copy_n(com, Dim, node.centre_of_mass);
    node.count = static_cast<float>(count);
    node.width_sq = 4.0f * half * half;
    node.skip = static_cast<int32_t>(nodes_.size());
    node.begin = begin;
    node.end = end;
    node.leaf = leaf;
    return index;
}

template <int Dim>
double SpaceTree<Dim>::repulsion(float theta, float* repulsion) const {
    const float theta_sq = theta * theta;
    const int32_t n_nodes = static_cast<int32_t>(nodes_.size());
    const int32_t n_groups = static_cast<int32_t>(groups_.size());
    std::vector<double> group_z(groups_.size(), 0.0);
    std::atomic<int32_t> next_group{0};

    // Groups are claimed dynamically for load balance; each group's result is computed by one
    // thread alone, so the output is the same for any number of threads.
    at::parallel_for(0, at::get_num_threads(), 1, [&](int64_t, int64_t) {
        InteractionList<Dim> list;
        list.reserve(nodes_.size() + order_.size());
        for (;;) {
            const int32_t first = next_group.fetch_add(kGroupsPerClaim);
            if (first >= n_groups)
                break;
            for (int32_t g = first; g < std::min(n_groups, first + kGroupsPerClaim); ++g) {
                const Group group = groups_[g];
                float lo[Dim], hi[Dim];
                for (int d = 0; d < Dim; ++d) {
                    const auto [low, high] = std::minmax_element(coords_[d].begin() + group.begin,
                                                                 coords_[d].begin() + group.end);
                    lo[d] = *low;
                    hi[d] = *high;
                }
                list.size = 0;
                for (int32_t k = 0; k < n_nodes;) {
                    const Node& node = nodes_[k];
                    float dist_sq = 0.0f;
                    for (int d = 0; d < Dim; ++d) {
                        const float c = node.centre_of_mass[d];
                        const float gap = std::max(lo[d] - c, 0.0f) + std::max(c - hi[d], 0.0f);
                        dist_sq += gap * gap;
                    }
                    // A cell holding points of the group is always opened, so that every point
                    // meets itself exactly once, as a single point.
                    const bool holds_group = node.begin < group.end && group.begin < node.end;
                    if (!holds_group && node.width_sq < theta_sq * dist_sq) {
                        list.add(node.centre_of_mass, node.count);
                        k = node.skip;
                    } else if (node.leaf) {
                        list.addPoints(coords_, node.begin, node.end);
                        k = node.skip;
                    } else {
                        ++k;
                    }
                }
                list.pad();
                double z = 0;
                for (int32_t t = group.begin; t < group.end; ++t) {
                    float force[Dim], at[Dim];
                    for (int d = 0; d < Dim; ++d)
                        at[d] = coords_[d][t];
                    // The point meets itself once in the list: q = 1, no force.
                    z += evaluate<Dim>(list, at, force) - 1.0;
                    std::copy_n(force, Dim, repulsion + static_cast<size_t>(order_[t]) * Dim);
                }
                group_z[g] = z;
            }
        }
    });
    return std::accumulate(group_z.begin(), group_z.end(), 0.0);
}

template class SpaceTree<2>;
template class SpaceTree<3>;

}  // namespace dbse
