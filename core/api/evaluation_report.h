// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade: an evaluation report as plain structs for the Evaluation tab. Reads both
// shapes: one evaluation (`dbse eval --json`, core/eval/eval_report.h, saved by the tab as
// <run>/evaluation.json) and a benchmark report (`dbse benchmark` report.json,
// core/eval/benchmark_report.h, whose first variant is the main one). Numbers are formatted
// as report.md formats them. Safe to include from Qt code; any thread.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dbse::api {

struct ReportMetric {
    std::string key;      // summary key, e.g. "generation.accuracy" (benchmark_report.h)
    std::string label;    // "Acc (motion, dynamics kept)"
    std::string ours;     // "86.90% ± 1.02%"
    std::string paper;    // the paper's value for the same metric, "" when it has none
    std::string table;    // "Tab. 1, 10" (and its note), "" when the paper has none
    bool higher_is_better = true;
};

struct ReportAblationRow {
    std::string variant, description;
    int epochs = 0;
    std::vector<std::string> cells;  // per ReportView::ablation_columns: "ours (paper)"
};

struct ReportJudge {
    std::string path, kind;
    int epochs = 0;
    bool trusted = false, reused = false;
    std::vector<std::string> heads;
    std::vector<double> test_accuracy;  // per head, in [0, 1]
};

// The judge's predictions on generated sequences (the paper's Fig. 6) for one head and test.
struct ReportConfusion {
    std::string test;   // "fixed_dynamics" (static sampled) or "fixed_static" (dynamics sampled)
    std::string label;  // the judge head, e.g. "motion"
    bool static_label = false;
    std::vector<std::string> classes;
    std::vector<std::vector<int64_t>> counts;  // [true class][judged class]
};

struct ReportView {
    bool benchmark = false;   // a `dbse benchmark` report (else one evaluation)
    std::string title;        // the benchmark name, or the run folder
    std::string dataset;
    std::string paper_source; // the benchmark whose paper numbers are shown ("" when none)
    bool partial = false;     // fewer epochs than the paper (benchmark reports)
    double seconds = 0;       // evaluation (or benchmark wall) time
    std::vector<std::string> notes;
    std::vector<ReportMetric> metrics;  // the main run: ours beside the paper's
    std::vector<std::string> ablation_columns;  // labels of the headline metrics
    std::vector<ReportAblationRow> ablations;   // empty unless a benchmark with variants
    std::optional<ReportJudge> judge;
    std::vector<ReportConfusion> confusions;    // every head of both generation tests
};

// Throws std::runtime_error "<source>: <problem>" for text that is not JSON or not a report.
ReportView reportViewOf(const std::string& json_text, const std::string& source);
// Reads a report file (at most 64 MiB, core/util/json_io.h). Throws std::runtime_error "<path>: <problem>".
ReportView readReportView(const std::string& path);

}  // namespace dbse::api
