// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `dbse benchmark NAME` trains and evaluates: the dataset, preset and protocols of each
// benchmark, and the ablation variants of the paper (Tab. 3-5, 8, 9) as run configurations.

#include "core/train/run_folder.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dbse {

struct BenchmarkSpec {
    std::string name;                  // "builtin", "sprites", "fsdd", "etth1", "air-quality", "physionet"
    std::string dataset;               // dataset spec; "{data}" stands for the data root
    std::string preset;                // default preset
    std::string paper_preset;          // the preset of the paper's setting ("" when the paper has none)
    std::vector<std::string> protocols;  // run_evaluation.h protocol names, in order
    int judge_epochs = 5;              // epochs of its judge (generation tests), measured to reach
                                       // its accuracy (README "Judges and metrics")
};

// Throws std::invalid_argument listing the names.
const BenchmarkSpec& benchmarkSpec(const std::string& name);
std::vector<std::string> benchmarkNames();

struct BenchmarkVariant {
    std::string name;         // "dbse", "no-static-loss", "no-subtraction", "both", "anchor-middle",
                              // "anchor-last", "anchor-random", "anchor-per-batch"
    std::string description;  // e.g. "without the static loss"
};
// Every variant, "dbse" first.
const std::vector<BenchmarkVariant>& benchmarkVariants();
// "no-static-loss,dbse" -> those variants in the order of benchmarkVariants() ("dbse" is always
// included); "all" -> every one. Throws
// std::invalid_argument naming an unknown variant.
std::vector<BenchmarkVariant> parseVariants(const std::string& text);

// `base` with the variant applied. anchor-random fixes one anchor drawn with `seed` (the paper
// averages six such draws); anchor-per-batch draws it for every batch (the paper's x_rob).
RunConfig variantConfig(const RunConfig& base, const std::string& variant, uint64_t seed);

// Whether two runs train the same model on the same data (epochs, threads and device aside).
bool sameTraining(const RunConfig& a, const RunConfig& b);

}  // namespace dbse
