// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The latent codes of a run's sequences as points for `dbse tsne --run`, and the map written
// with the label of every point.

#include "core/data/sequence_dataset.h"

#include <torch/types.h>

#include <string>

namespace dbse::cli {

struct LatentPoints {
    torch::Tensor points;  // float [N, dim]: s (posterior means) or d (means averaged over time)
    LabelColumn label;     // the label the map is coloured by
    std::string title;     // e.g. "static codes s of builtin:shapes/test, by colour"
};

// codes: "static" or "dynamic"; label: a label column name, or "" for the first static label
// (static codes) or the first dynamic label (dynamic codes). split: "train" or "test".
// Throws std::invalid_argument naming the option for a bad value or an unknown label.
LatentPoints latentPoints(const std::string& run_dir, const std::string& split, const std::string& codes,
                          const std::string& label, uint64_t seed);

// .csv: "index,x,y,<label>" with the class name of every point; .png: a scatter plot coloured
// by label with a legend (needs media support); .npy: float32 [N, 2]. Atomic.
void writeLatentMap(const std::string& path, const torch::Tensor& xy, const LatentPoints& points);

}  // namespace dbse::cli
