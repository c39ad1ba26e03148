// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/embed: the Barnes-Hut space-partitioning tree of t-SNE (a quadtree for
// Dim = 2, an octree for Dim = 3) and the repulsive forces it approximates.

#include <cstdint>
#include <vector>

namespace dbse {

template <int Dim>
class SpaceTree {
public:
    // Rebuilds the tree over y (float32 row-major [n, Dim], finite). Single-threaded.
    void build(const float* y, int64_t n);

    // For every point i, with q_ij = 1 / (1 + |y_i - y_j|^2):
    //   repulsion[i] = sum_{j != i} q_ij^2 (y_i - y_j)   (float32 [n, Dim], original order)
    // and returns Z = sum_i sum_{j != i} q_ij. Cells of width w are used as one body at their
    // centre of mass when w < theta * (distance from that centre to the bounding box of the
    // group of points being evaluated). Parallel over groups; the result does not depend on
    // the thread count.
    double repulsion(float theta, float* repulsion) const;

    int64_t nodeCount() const { return static_cast<int64_t>(nodes_.size()); }
    int64_t groupCount() const { return static_cast<int64_t>(groups_.size()); }

private:
    struct Node {
        float centre_of_mass[Dim];
        float count;         // points below this node
        float width_sq;      // squared side of the node's cell
        int32_t skip;        // index of the next node after this subtree (pre-order)
        int32_t begin, end;  // the node's points in tree order
        bool leaf;
    };
    struct Group {
        int32_t begin, end;  // tree-ordered points evaluated together
    };

    int32_t buildNode(const float* y, int32_t begin, int32_t end, const float* centre, float half, int depth,
                      bool in_group);

    std::vector<Node> nodes_;
    std::vector<Group> groups_;
    std::vector<int32_t> order_;    // tree position -> original index
    std::vector<int32_t> scratch_;  // partition buffer
    std::vector<float> coords_[Dim];  // coordinate d of every point, in tree order
};

extern template class SpaceTree<2>;
extern template class SpaceTree<3>;

}  // namespace dbse
