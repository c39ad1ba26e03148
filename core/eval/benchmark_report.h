// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Benchmark reports: the headline numbers of an evaluation (run_evaluation.h) under stable keys,
// and report.md rendered from report.json (written by `dbse benchmark`), with the paper's
// numbers (paper_results.h) beside ours. Pure JSON and text: no torch.

#include <nlohmann/json.hpp>

#include <string>

namespace dbse {

// [{"key", "label", "mean", "std", "higher_is_better", "percent"}] from an evaluation report, in
// reading order. Keys:
//   generation.accuracy, .inception_score, .conditional_entropy, .marginal_entropy (fixed
//     dynamics, the first dynamic judge head: Tab. 1's Acc, IS, H(y|x), H(y))
//   generation.static_features.{static_accuracy,dynamic_accuracy,gap} and
//   generation.dynamic_features.{...} (Tab. 2 "Generation"); latent.* the same for the probes
//   eer.static, eer.dynamic, eer.gap (Tab. 7)
//   <task>.<metric> for downstream tasks: mortality.auroc, mortality.auprc,
//     oil_temperature.mae, classification.accuracy (Tab. 3, 4)
nlohmann::json summariseEvaluation(const nlohmann::json& evaluation);

// The Markdown report. `report` has: benchmark, command, started, versions {dbse, torch, blas,
// threads}, dataset, preset, epochs, paper_epochs, partial, seed, device, wall_seconds,
// variants [{name, description, run, epochs, train_seconds, eval_seconds, same_as?, summary,
// evaluation}], paper [{variant, metric, value, std?, table, note}], notes [text].
std::string benchmarkMarkdown(const nlohmann::json& report);

}  // namespace dbse
