// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The evaluation protocols of a trained run, chosen by name, as one JSON report (the shape of
// eval_report.h): what `dbse eval` prints and what `dbse benchmark` collects per variant.
// Runs on the calling thread; loads the run's model and dataset itself.

#include "core/train/run_folder.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dbse {

struct DatasetSplits;

// Where an evaluation stands, for a progress bar.
struct EvaluationProgress {
    // "load" (model and data), "latent", "eer", "downstream", "judge" (training one),
    // "generation": the phases that run, in this order.
    std::string phase;
    int step = 0, steps = 0;  // within the phase: repeats, judge epochs, predictor runs (0/0: none)
    double fraction = 0;      // of the whole evaluation, in [0, 1]
};

struct RunEvaluationOptions {
    // "generation", "latent", "eer", "downstream", or "all": latent, plus eer for audio runs,
    // downstream for series runs whose data has a target, generation for video and audio runs.
    std::string protocol = "all";
    int repeats = 3;        // generation and latent tests
    int batch = 128;        // generation tests
    uint64_t seed = 1;      // repeat r uses seed + r - 1
    int judge_epochs = 5;   // when a judge must be trained
    std::string device = "cpu";
    std::string speaker_label;   // eer (empty: the first static label)
    std::string classify_label;  // downstream (empty: icu_type, else month)
    int downstream_runs = 0;     // 0: the published counts
    int downstream_epochs = 0;   // 0: the published counts
    // Progress lines for a person ("judge epoch 2/5: loss 0.1234"), on the calling thread.
    std::function<void(const std::string&)> on_status;
    // Progress for a bar, on the calling thread.
    std::function<void(const EvaluationProgress&)> on_progress;
    // Optional, not owned, set from any thread: once true, evaluateRun throws dbse::Cancelled
    // (core/util/cancelled.h) before the next batch of any protocol (within about a batch).
    const std::atomic<bool>* cancel = nullptr;
};

// Throws std::invalid_argument for an unknown protocol or one the run cannot do, and what the
// protocols throw. Keys: run, dataset, split, seed, device, and one per protocol run
// ("latent", "eer", "downstream", "generation" with "judge"), and "seconds".
nlohmann::json evaluateRun(const RunFolder& run, const RunEvaluationOptions& options);

// The protocol names accepted above, for messages: "generation, latent, eer, downstream, all".
std::string evaluationProtocols();

// The protocols evaluateRun runs for `protocol` on a run of `modality` ("video", "audio",
// "series"), in order; `has_downstream_targets` as hasDownstreamTargets(train split).
// Throws std::invalid_argument for an unknown protocol.
// The judge file evaluateRun uses for `run` (loaded when it exists, else trained and saved
// there) with `judge_epochs`; `splits` = the run's dataset.
std::string runJudgeFile(const RunFolder& run, const DatasetSplits& splits, int judge_epochs);

std::vector<std::string> plannedProtocols(const std::string& protocol, const std::string& modality,
                                          bool has_downstream_targets);

}  // namespace dbse
