// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Latent probes: how much of each label a linear classifier can read from the static code s
// and from the time-averaged dynamic code d (paper 5.2.1: 80/20 split of the test codes).

#include "core/data/sequence_dataset.h"
#include "core/model/inference_model.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dbse {

struct LatentCodes {
    torch::Tensor s;       // float [N, f_dim]: posterior means of the static code
    torch::Tensor d_mean;  // float [N, z_dim]: posterior means of d_t averaged over t
};

// Encodes every sequence of `dataset` in batches (inference mode). The anchor-slot noise is
// drawn from a generator seeded with `seed`, so the codes are reproducible. Missing-value masks
// of the dataset are passed to the model (series).
LatentCodes encodeDataset(InferenceModel& model, const SequenceDataset& dataset, int batch, uint64_t seed);

struct ProbeResult {
    double train_accuracy = 0;
    double test_accuracy = 0;
    double majority_rate = 0;  // accuracy of always predicting the most frequent test class
    int classes = 0;
};

// Multinomial logistic regression on standardised features; a seeded 80/20 split of the rows.
// features float [N, D], labels int64 [N] in [0, classes).
ProbeResult linearProbe(const torch::Tensor& features, const torch::Tensor& labels, int classes, uint64_t seed);

struct ProbeRow {
    std::string label;     // e.g. "colour"
    bool static_label;     // true for a static factor, false for a dynamic one
    ProbeResult from_s;    // classifier on s
    ProbeResult from_d;    // classifier on the time-averaged d
};

// One row per label column of the dataset.
std::vector<ProbeRow> probeAllLabels(const LatentCodes& codes, const SequenceDataset& dataset, uint64_t seed);

// The latent test of the paper (5.2.1, Tab. 2 "Latent"), repeated: repeat r encodes `dataset`
// with seed + r (anchor noise) and probes every label with a fresh 80/20 split of seed + r.
struct LatentTestRow {
    std::string label;
    bool static_label = true;
    int classes = 0;
    std::vector<double> from_s;  // test accuracy per repeat, classifier on s
    std::vector<double> from_d;  // test accuracy per repeat, classifier on the time-averaged d
    double chance = 0;           // 1 / classes
};
// on_repeat(done, repeats) after each repeat, on the calling thread.
std::vector<LatentTestRow> runLatentTests(InferenceModel& model, const SequenceDataset& dataset, int repeats,
                                          uint64_t seed,
                                          const std::function<void(int done, int repeats)>& on_repeat = {});

}  // namespace dbse
