// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The generation tests of PROTOCOLS 3b/3c, run with a judge on the test split:
//   fixed dynamics: keep z = posterior means, draw s ~ N(0, I), decode   (Tab. 1, Tab. 2
//                   "Dynamic features": dynamic heads should stay high, static ones drop)
//   fixed static:   keep s = posterior mean, dynamics = means of the free-running learned
//                   prior, decode                                         (Tab. 2 "Static
//                   features": static heads high, dynamic ones near chance)
// Every judge head is scored on both: accuracy against the input's labels, and IS, H(y|x),
// H(y) on the class-balanced subset of that head's labels (metrics.h). Each repeat shuffles
// the test split with its own seed and draws fresh noise; results are mean ± std over repeats.
//
// Differences from the published code, on purpose: every test sequence is used in each repeat
// (the published loader drops the last partial batch, i.e. 104 of Sprites' 2,664), and
// accuracy is over sequences, not a mean of per-batch means (equal when batches are equal).

#include "core/data/sequence_dataset.h"
#include "core/eval/judge.h"
#include "core/model/inference_model.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dbse {

struct MeanStd {
    double mean = 0;
    double std = 0;  // sample standard deviation over repeats (0 for one repeat)
};
MeanStd meanStd(const std::vector<double>& values);

struct GenerationTestOptions {
    int repeats = 5;     // the published Sprites setting
    int batch = 128;
    uint64_t seed = 1;   // repeat r uses seed + r for its order and its noise
    // Called after each repeat of each test (test = "fixed-dynamics" or "fixed-static").
    std::function<void(const std::string& test, int repeat, int repeats)> on_progress;
};

struct HeadScores {
    std::string label;
    bool is_static = true;
    int classes = 0;
    MeanStd accuracy;             // in [0, 1]
    MeanStd inception_score;
    MeanStd conditional_entropy;  // H(y|x), nats
    MeanStd marginal_entropy;     // H(y), nats
    std::vector<std::string> class_names;  // the judge head's classes
    // The judge's predictions on the generated sequences against the inputs' labels, summed
    // over repeats: confusion[true class][predicted class] (the paper's Fig. 6).
    std::vector<std::vector<int64_t>> confusion;
};

struct GenerationTestResult {
    std::vector<HeadScores> fixed_dynamics;  // judge head order (static heads first)
    std::vector<HeadScores> fixed_static;
    int repeats = 0;
    int64_t sequences = 0;  // test sequences per repeat
};

// Throws std::invalid_argument when the judge does not fit `test` or the model's sequences.
GenerationTestResult runGenerationTests(InferenceModel& model, Judge& judge, const SequenceDataset& test,
                                        const GenerationTestOptions& options);

// Leakage gaps of Tab. 2 from per-label accuracies (generation heads or latent probes):
// "static features" (s kept / read): static accuracy - dynamic accuracy; "dynamic features"
// (d kept / read): dynamic accuracy - static accuracy. Static accuracy = mean over the static
// labels; dynamic accuracy = the FIRST dynamic label (the dataset's main motion label, e.g.
// Sprites' 9-way motion, of which action and direction are parts).
struct LabelAccuracy {
    std::string label;
    bool is_static = true;
    double accuracy = 0;
};
struct LeakageGap {
    double static_accuracy = 0;
    double dynamic_accuracy = 0;
    double gap = 0;
};
LeakageGap staticFeaturesGap(const std::vector<LabelAccuracy>& accuracies);
LeakageGap dynamicFeaturesGap(const std::vector<LabelAccuracy>& accuracies);

}  // namespace dbse
