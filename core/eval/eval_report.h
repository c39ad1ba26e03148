// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The results of the evaluation protocols as JSON, one shape for the CLI (`dbse eval --json`),
// the benchmark reports and the GUI. Accuracies are fractions in [0, 1]; entropies in nats;
// {"mean": m, "std": s, "runs": [...]} for repeated quantities.

#include "core/eval/generation_test.h"
#include "core/eval/latent_probe.h"
#include "core/eval/series_downstream.h"
#include "core/eval/speaker_verification.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace dbse {

// {"repeats", "sequences", "fixed_dynamics": [heads], "fixed_static": [heads],
//  where a head is {"label", "kind", "classes", "chance", "accuracy", "inception_score",
//  "conditional_entropy", "marginal_entropy", "class_names", "confusion": [[count of true row
//  class judged as column class, summed over repeats]]},
//  "leakage": {"static_features": gap, "dynamic_features": gap}} where gap = {"static_accuracy",
//  "dynamic_accuracy", "gap"} (Tab. 2 "Generation"; static_features from fixed_static), or
//  null when the labels are not both static and dynamic.
nlohmann::json generationJson(const GenerationTestResult& result);

// {"repeats", "labels": [{"label", "kind", "classes", "chance", "from_s", "from_d"}],
//  "leakage": {"static_features" (probes on s), "dynamic_features" (probes on d)}}
// (Tab. 2 "Latent").
nlohmann::json latentJson(const std::vector<LatentTestRow>& rows);

// {"speaker_label", "utterances", "speakers", "genuine_pairs", "impostor_pairs",
//  "static": {"eer", "threshold", "fnr", "fpr"}, "dynamic": {...}, "gap"} (Tab. 7).
nlohmann::json speakerVerificationJson(const SpeakerVerificationResult& result);

// {"tasks": [{"task", "target", "epochs", "train_sequences", "test_sequences", ["classes",
//  "chance",] "metrics": {name: {"mean", "std", "runs", "higher_is_better"}}}]} (Tab. 3, 4).
nlohmann::json downstreamJson(const std::vector<DownstreamTaskResult>& tasks);

nlohmann::json toJson(const MeanStd& value);
nlohmann::json toJson(const LeakageGap& gap);

}  // namespace dbse
