// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/embed: the KL(P || Q) objective of one t-SNE method (exact or Barnes-Hut).
// Positions are float32 row-major [N, dims] arrays owned by the caller. An objective is used
// from one thread at a time; it parallelises internally with at::parallel_for.

#include "core/embed/tsne_affinities.h"

#include <torch/types.h>

#include <memory>

namespace dbse {

class TsneObjective {
public:
    virtual ~TsneObjective() = default;

    // grad (float32 [N, dims]) = d KL(exaggeration * P || Q) / d y, scikit-learn's factor 4
    // included. When kl is not null, *kl = KL(P || Q) for the un-exaggerated P (for
    // Barnes-Hut with its estimate of Q's normaliser Z).
    virtual void gradient(const float* y, float exaggeration, float* grad, double* kl) = 0;

    // KL(P || Q) of the final embedding; exact_z tells whether Z was summed over all pairs.
    virtual double finalKl(const float* y, bool& exact_z) = 0;
};

// p: dense symmetric P, float64 [N, N] (denseAffinities).
std::unique_ptr<TsneObjective> makeExactObjective(torch::Tensor p, int dims);

// p: sparse symmetric P (sparseAffinities); dims 2 or 3; theta >= 0.
std::unique_ptr<TsneObjective> makeBarnesHutObjective(SparseAffinities p, int dims, double theta);

}  // namespace dbse
