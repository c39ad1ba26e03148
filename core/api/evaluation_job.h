// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade for the Evaluation tab: run the protocols of `dbse eval`
// (core/eval/run_evaluation.h) on a run folder, blocking, with progress and cancel, and find
// out beforehand whether a judge would have to be trained. Safe to include from Qt code.

#include "core/eval/run_evaluation.h"
#include "core/util/cancelled.h"

#include <string>
#include <vector>

namespace dbse::api {

struct EvaluationRequest {
    std::string run_dir;
    // protocol, repeats, judge_epochs (used when no judge is cached for them), seed, device...;
    // on_progress is called on the evaluating thread; cancel is not owned.
    RunEvaluationOptions options;
    std::string save_to;  // where the report is also written (atomically); "" for nowhere
};

// "all", "latent", "generation", "eer", "downstream": what `protocol` accepts.
std::vector<std::string> evaluationProtocolNames();

// <run_dir>/evaluation.json: where the Evaluation tab keeps a run's latest report.
std::string savedEvaluationFile(const std::string& run_dir);

// Blocking: evaluates the run and returns the report as JSON text (eval_report.h shape, as
// `dbse eval --json` prints). Throws dbse::Cancelled when options.cancel was set, else
// std::exception with a message for the user (no checkpoint, dataset fails to load...).
std::string evaluateRunToJson(const EvaluationRequest& request);

// The judge epochs to offer for the run in `run_dir`: those `dbse benchmark` uses for the
// benchmark of the run's dataset kind (so its cached judge is reused), else the `dbse eval`
// default (5). Reads config.json only; throws std::runtime_error naming a bad folder.
int suggestedJudgeEpochs(const std::string& run_dir);

// Whether evaluating `protocol` needs the judge, and whether one for `judge_epochs` is cached.
struct JudgePlan {
    std::string modality;             // of the run
    std::vector<std::string> protocols;  // what `protocol` runs on this run, in order
    bool needs_judge = false;         // the generation tests run
    bool cached = false;              // a judge file for these settings exists (it is reused)
    std::string path;                 // that file (when needs_judge)
    std::vector<std::string> heads;   // the judge's heads (label columns)
    int64_t train_sequences = 0;      // the judge would train on these
};
// Blocking (loads the run's dataset; seconds for large data sets): call it off the GUI thread.
// Throws std::exception with a message for the user.
JudgePlan planJudge(const std::string& run_dir, const std::string& protocol, int judge_epochs);

}  // namespace dbse::api
