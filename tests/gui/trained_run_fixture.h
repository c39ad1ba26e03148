// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small trained run for GUI tests of the exploration views: the `quick` preset trained on
// a few procedural shapes (or any dataset spec) for `epochs` epochs, written to `run_dir`.
// Blocking (a few seconds on 2 cores for the defaults). Returns an empty string on success,
// else the reason, so tests can QVERIFY2 on it. Built on trainRun (tiny_runs.h).

#include "tiny_runs.h"

#include <string>

namespace dbse::testing {

inline std::string trainTinyRun(const std::string& run_dir,
                                const std::string& dataset = "builtin:shapes?train=64&test=32", int epochs = 1,
                                const std::string& preset = "quick") {
    return trainRun(QString::fromStdString(run_dir), dataset, preset, [epochs](Preset& p) { p.train.epochs = epochs; });
}

}  // namespace dbse::testing
