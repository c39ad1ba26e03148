// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/training_job.h"

#include "core/train/run_setup.h"
#include "core/train/trainer.h"
#include "core/util/presets.h"
#include "core/util/runtime.h"

#include <utility>

namespace dbse::api {
namespace {

LossValues valuesOf(const LossSummary& s) { return {s.total, s.recon_seq, s.recon_frame, s.kl_f, s.kl_z}; }

TrainingResult train(PreparedRun prepared, TrainingControl& control, const TrainingEvents& events) {
    const RunConfig config = prepared.run.config();
    configureRuntime(config.preset.train.threads);
    if (events.on_ready)
        events.on_ready(prepared.run.dir(), config);
    Trainer trainer(prepared.run, std::move(prepared.data));
    TrainerCallbacks callbacks;
    int64_t global_step = 0;  // the last step done, for on_pause
    callbacks.on_step = [&](const StepProgress& p) {
        global_step = p.global_step;
        if (!events.on_step)
            return;
        TrainingStep step;
        step.epoch = p.epoch;
        step.epochs = p.epochs;
        step.batch = p.batch;
        step.batches = p.batches;
        step.global_step = p.global_step;
        step.terms = valuesOf(p.batch_terms);
        step.seq_per_s = p.seq_per_s;
        step.eta_seconds = p.eta_seconds;
        events.on_step(step);
    };
    if (events.on_epoch)
        callbacks.on_epoch = [&](const EpochSummary& s) {
            TrainingEpoch epoch;
            epoch.epoch = s.epoch;
            epoch.lr = s.lr;
            epoch.train = valuesOf(s.train);
            if (s.validation)
                epoch.validation = valuesOf(*s.validation);
            epoch.seconds = s.seconds;
            epoch.seq_per_s = s.seq_per_s;
            events.on_epoch(epoch);
        };
    callbacks.on_checkpoint = events.on_checkpoint;
    callbacks.hold = [&control, &events, &global_step, held = false]() mutable {
        if (!control.paused()) {
            if (held && events.on_pause)
                events.on_pause(false, global_step);
            held = false;
            return false;
        }
        if (!held && events.on_pause)
            events.on_pause(true, global_step);
        held = true;
        const bool still_held = control.holdWhilePaused();
        if (!still_held) {
            held = false;
            if (events.on_pause)
                events.on_pause(false, global_step);
        }
        return still_held;
    };
    callbacks.cancel = control.stopFlag();
    callbacks.save_now = control.checkpointFlag();
    const TrainResult r = trainer.run(callbacks);
    const TrainingOutcome outcome = r.outcome == TrainOutcome::Finished    ? TrainingOutcome::Finished
                                    : r.outcome == TrainOutcome::Cancelled ? TrainingOutcome::Stopped
                                                                           : TrainingOutcome::Diverged;
    return {outcome, r.epochs_completed, r.message};
}

}  // namespace

void TrainingControl::requestStop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    changed_.notify_all();
}

void TrainingControl::setPaused(bool paused) {
    std::lock_guard<std::mutex> lock(mutex_);
    paused_ = paused;
    changed_.notify_all();
}

void TrainingControl::requestCheckpoint() {
    std::lock_guard<std::mutex> lock(mutex_);
    save_ = true;
    changed_.notify_all();
}

bool TrainingControl::paused() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return paused_;
}

bool TrainingControl::holdWhilePaused() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!paused_)
        return false;
    changed_.wait(lock, [this] { return !paused_ || stop_ || save_; });
    return paused_ || stop_;  // true: the trainer serves the stop or save request, then asks again
}

std::vector<std::string> presetNames() { return dbse::presetNames(); }

Preset presetSettings(const std::string& name) { return loadPreset(name); }

std::string checkRunConfig(const RunConfig& config) {
    try {
        validateRunConfig(config);
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

std::string newRunDir(const std::string& runs_dir, const std::string& preset) { return defaultRunDir(runs_dir, preset); }

TrainingResult trainNewRun(const std::string& run_dir, const RunConfig& config, TrainingControl& control,
                           const TrainingEvents& events) {
    return train(prepareNewRun(run_dir, config), control, events);
}

TrainingResult resumeRun(const std::string& run_dir, std::optional<int> epochs, TrainingControl& control,
                         const TrainingEvents& events) {
    return train(prepareResumedRun(run_dir, epochs), control, events);
}

}  // namespace dbse::api
