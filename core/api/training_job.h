// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade for training from the GUI: the presets, a check of a run's settings, and a
// blocking training job (new run or resumed) controlled through a thread-safe TrainingControl.
// Safe to include from Qt code: core/model/config.h and core/train/run_folder.h hold plain
// structs only.

#include "core/train/run_folder.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace dbse::api {

// The terms of the DBSE objective, means per sequence.
struct LossValues {
    double total = 0, recon_seq = 0, recon_frame = 0, kl_f = 0, kl_z = 0;
};

struct TrainingStep {
    int epoch = 0;              // 0-based epoch in progress
    int epochs = 0;
    int64_t batch = 0;          // batches done in this epoch (1..batches)
    int64_t batches = 0;        // per epoch
    int64_t global_step = 0;
    LossValues terms;           // of this batch
    double seq_per_s = 0;       // recent throughput
    double eta_seconds = 0;     // to the end of the run
    // Position on an epoch axis: epoch + batch / batches (1.0 = end of the first epoch).
    double epochPosition() const { return epoch + (batches > 0 ? double(batch) / double(batches) : 0.0); }
};

struct TrainingEpoch {
    int epoch = 0;              // epochs completed (1-based)
    double lr = 0;
    LossValues train;           // mean over the epoch
    std::optional<LossValues> validation;
    double seconds = 0, seq_per_s = 0;
};

enum class TrainingOutcome { Finished, Stopped, Diverged };

struct TrainingResult {
    TrainingOutcome outcome = TrainingOutcome::Finished;
    int epochs_completed = 0;
    std::string message;
};

// Requests from any thread to a running job. Pause takes effect after the current step; while
// paused the job still serves stop and save requests.
class TrainingControl {
public:
    void requestStop();
    void setPaused(bool paused);
    void requestCheckpoint();  // "save a checkpoint now", served after the current step
    bool stopRequested() const { return stop_.load(); }
    bool paused() const;

    // For the job (training thread; TrainerCallbacks::hold): when paused, blocks until resumed,
    // stopped or a save is requested, and returns true unless it was resumed (so that the
    // trainer serves the stop or the save before asking again).
    bool holdWhilePaused();
    const std::atomic<bool>* stopFlag() const { return &stop_; }
    std::atomic<bool>* checkpointFlag() { return &save_; }

private:
    std::atomic<bool> stop_{false}, save_{false};
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    bool paused_ = false;  // guarded by mutex_
};

// All called on the training thread.
struct TrainingEvents {
    // The run folder exists (with config.json, and metrics.jsonl of the epochs done when it is
    // resumed) and its dataset is loaded; training starts next.
    std::function<void(const std::string& run_dir, const RunConfig& config)> on_ready;
    std::function<void(const TrainingStep&)> on_step;
    std::function<void(const TrainingEpoch&)> on_epoch;
    std::function<void(int epoch, int64_t batch)> on_checkpoint;  // see TrainerCallbacks
    // The job is now paused (after the step `global_step`), or continues after a pause.
    std::function<void(bool paused, int64_t global_step)> on_pause;
};

// The embedded preset names and one preset's settings (throws std::invalid_argument).
std::vector<std::string> presetNames();
Preset presetSettings(const std::string& name);

// Empty when `config` can train; else the message of the first problem, naming the field
// (e.g. "train.batch must be at least 1"). Does not load the dataset.
std::string checkRunConfig(const RunConfig& config);

// The default folder for a new run of `preset` under `runs_dir`.
std::string newRunDir(const std::string& runs_dir, const std::string& preset);

// Blocking: loads the dataset, creates `run_dir` and trains it to config.preset.train.epochs.
// Throws std::exception with a message for the user when the run cannot start (bad config,
// dataset, existing run folder); once training runs, every ending is a TrainingResult.
TrainingResult trainNewRun(const std::string& run_dir, const RunConfig& config, TrainingControl& control,
                           const TrainingEvents& events = {});
// Blocking: continues the run in `run_dir` from its checkpoint (or from the start when it has
// none), to `epochs` when given.
TrainingResult resumeRun(const std::string& run_dir, std::optional<int> epochs, TrainingControl& control,
                         const TrainingEvents& events = {});

}  // namespace dbse::api
