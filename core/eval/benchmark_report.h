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

// The first dynamic head of a generation test's heads (Tab. 1 scores it, Fig. 6 shows its
// confusion), else the first; null when there is none.
const nlohmann::json* motionHead(const nlohmann::json& heads);

// "86.90% ± 1.02%" / "8.942" (percent per the summary metric's "percent") as in report.md.
std::string formatSummaryValue(const nlohmann::json& summary_metric);
// The paper's value of `variant` for summary key `key` in a report's "paper" array, or null.
const nlohmann::json* paperValue(const nlohmann::json& paper, const std::string& variant, const std::string& key);
// A paper value as text ("—" for null), percent or not like the metric it stands beside.
std::string formatPaperValue(const nlohmann::json* paper_value, bool percent);
// paperResults(benchmark) as a report's "paper" array: [{variant, metric, value, std (or
// null), table, note}].
nlohmann::json paperResultsJson(const std::string& benchmark);
// A cell of the ablation table: the variant's value of summary metric `column` (its key) and
// the paper's in parentheses ("12.79 ± 0.28 (11.21 ± 0.01)"; "—" when the variant has none).
std::string ablationCell(const nlohmann::json& variant, const nlohmann::json& column, const nlohmann::json& paper);
// Whether the ablation table shows the summary key `key` for every variant.
bool isHeadlineMetric(const std::string& key);

// The Markdown report. `report` has: benchmark, command, started, versions {dbse, torch, blas,
// threads}, dataset, preset, epochs, paper_epochs, partial, seed, device, wall_seconds,
// variants [{name, description, run, epochs, train_seconds, eval_seconds, same_as?, summary,
// evaluation}], paper [{variant, metric, value, std?, table, note}], notes [text].
std::string benchmarkMarkdown(const nlohmann::json& report);

}  // namespace dbse
