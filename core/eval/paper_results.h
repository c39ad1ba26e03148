// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The numbers the DBSE paper (ICML 2024) reports for its own model and its ablations, keyed
// like the benchmark summaries (benchmark_report.h), so a report can set ours beside them.
// Transcribed from ../shared/reference/000_b6fd41aaacb767eb.txt; no torch, no Qt.

#include <optional>
#include <string>
#include <vector>

namespace dbse {

struct PaperValue {
    std::string variant;  // benchmark variant name: "dbse", "no-static-loss", "anchor-last", ...
    std::string metric;   // summary metric key, e.g. "generation.accuracy", "mortality.auroc"
    double value = 0;     // fractions for accuracies and rates (0.8690 for 86.90%)
    std::optional<double> std;
    std::string table;    // "Tab. 1", ...
    std::string note;     // e.g. "TIMIT, not FSDD"
};

// Every value for `benchmark` ("sprites", "fsdd", "etth1", "physionet", "air-quality"); empty
// for benchmarks the paper does not cover ("builtin").
std::vector<PaperValue> paperResults(const std::string& benchmark);

}  // namespace dbse
