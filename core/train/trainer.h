// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training job: Adam on the DBSE objective over a run folder. Runs on the calling thread
// (the CLI's main thread, or a GUI controller's worker thread); batches are prepared on a
// helper thread. Resumes bit-for-bit from the run's checkpoint; stops on cancel (saving a
// checkpoint first) or when the loss is not finite (keeping the last good checkpoint).

#include "core/data/dataset_spec.h"
#include "core/model/dbse_model.h"
#include "core/model/series_model.h"
#include "core/train/run_folder.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace dbse {

struct LossSummary {
    double total = 0, recon_seq = 0, recon_frame = 0, kl_f = 0, kl_z = 0;  // means per sequence
    int64_t sequences = 0;
};
nlohmann::json toJson(const LossSummary& s);

struct StepProgress {
    int epoch = 0;            // 0-based epoch in progress
    int epochs = 0;
    int64_t batch = 0;        // batches done in this epoch
    int64_t batches = 0;      // batches per epoch
    int64_t global_step = 0;
    double loss = 0;          // total loss of the last batch
    LossSummary batch_terms;  // every term of the last batch, means per sequence
    double seq_per_s = 0;     // recent training throughput
    double eta_seconds = 0;   // to the end of the run
};

struct EpochSummary {
    int epoch = 0;            // epochs completed (1-based)
    double lr = 0;
    LossSummary train;
    std::optional<LossSummary> validation;
    double seconds = 0;
    double seq_per_s = 0;
};

// Called on the training thread. After every step (after on_step) the trainer serves, in this
// order: `cancel` (checkpoint, then return Cancelled), `save_now` (reset to false, checkpoint
// at the current batch, on_checkpoint), then `hold`: while hold() returns true the trainer is
// paused and serves cancel and save_now again before calling it once more. hold() should
// block until something changes (a resume, a stop or a save request); it is never called
// with the training thread holding any lock of the trainer.
struct TrainerCallbacks {
    std::function<void(const StepProgress&)> on_step;
    std::function<void(const EpochSummary&)> on_epoch;
    // After every checkpoint written: the epochs completed and the batches of the next epoch
    // it holds (batch > 0: a checkpoint in the middle of an epoch).
    std::function<void(int epoch, int64_t batch)> on_checkpoint;
    std::function<bool()> hold;
    const std::atomic<bool>* cancel = nullptr;
    std::atomic<bool>* save_now = nullptr;
};

enum class TrainOutcome { Finished, Cancelled, Diverged };

struct TrainResult {
    TrainOutcome outcome = TrainOutcome::Finished;
    int epochs_completed = 0;
    std::string message;
};

class DataParallel;  // core/train/data_parallel.h

class Trainer {
public:
    // `data` must match the run's model config (frames, channels, image size); throws
    // std::invalid_argument otherwise. Throws std::runtime_error for an unusable device.
    Trainer(RunFolder run, DatasetSplits data);
    ~Trainer();

    // Trains from the run's checkpoint (if any) to config.train.epochs.
    TrainResult run(const TrainerCallbacks& callbacks = {});

    // Trains as one process of a data-parallel job (set before run()): each global batch is
    // config.train.batch sequences per process, gradients and reported losses are averaged over
    // the processes, a stop (cancel) anywhere stops every process after the same step, and only
    // rank 0 writes metrics and checkpoints. Ranks above 0 draw their own sampling noise, so
    // their resumed runs are not bit-for-bit. hold and save_now are not served in this mode.
    void setDataParallel(std::shared_ptr<DataParallel> group) { group_ = std::move(group); }

    // The model being trained (shared, live); copy it before showing it while training runs.
    // Null before run() and for a series run (see seriesModel()).
    DbseModel model() const;
    // The series model being trained; null before run() and for other modalities.
    SeriesModel seriesModel() const;
    const RunFolder& runFolder() const { return run_; }

private:
    struct State;
    LossSummary validationPass(int epoch);
    void saveCheckpointAt(int epoch, int64_t batch, const LossSummary& partial);

    RunFolder run_;
    DatasetSplits data_;
    std::unique_ptr<State> state_;
    std::shared_ptr<DataParallel> group_;  // null: a single process
};

// The device named by `name` ("cpu", "cuda", "cuda:N"); throws std::runtime_error if CUDA is
// requested but unavailable.
torch::Device resolveDevice(const std::string& name);

// Checks that `dataset` fits `model` (T, C, H, W); throws std::invalid_argument naming both.
void checkCompatible(const SequenceDataset& dataset, const ModelConfig& model, const std::string& preset_name);

}  // namespace dbse
