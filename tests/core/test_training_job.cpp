// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's training facade (core/api/training_job): pause from another thread stops the steps
// and still serves "save now", stop keeps a checkpoint, resume finishes the run exactly as an
// uninterrupted one; bad settings are refused before any folder is made.

#include "core/api/training_job.h"
#include "core/data/npy.h"
#include "core/train/checkpoint.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <thread>

#include <unistd.h>

using namespace dbse;

namespace {

// 60 tiny-model shape clips as an npy dataset (54 train / 6 test: 3 batches of 16 per epoch),
// written once per test program and removed at its end.
struct TinyNpyDataset {
    std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("dbse-training-job-" + std::to_string(::getpid()) + ".npy");
    TinyNpyDataset() { writeNpy(file.string(), test::tinyShapes(60, 3).frames); }
    ~TinyNpyDataset() { std::filesystem::remove(file); }
};

std::string tinyDatasetSpec() {
    static const TinyNpyDataset dataset;
    return "npy:" + dataset.file.string();
}

RunConfig tinyRun(int epochs) {
    RunConfig c;
    c.dataset = tinyDatasetSpec();
    c.preset = test::tinyPreset(epochs, 16);
    return c;
}

}  // namespace

TEST(TrainingJob, PauseHoldsTheStepsAndStillSavesAndStops) {
    test::ScratchDir dir;
    const std::string run_dir = dir / "run";
    api::TrainingControl control;
    std::atomic<int64_t> steps{0};
    std::promise<void> paused_after_step_2, checkpoint_saved;
    std::atomic<int> checkpoints{0};
    api::TrainingEvents events;
    std::string ready_dir;
    events.on_ready = [&](const std::string& d, const RunConfig&) { ready_dir = d; };
    events.on_step = [&](const api::TrainingStep& s) {
        steps = s.global_step;
        EXPECT_GT(s.terms.total, 0);
        EXPECT_DOUBLE_EQ(s.terms.total, s.terms.total);  // finite, not NaN
        if (s.global_step == 2) {
            control.setPaused(true);
            paused_after_step_2.set_value();
        }
    };
    events.on_checkpoint = [&](int epoch, int64_t batch) {
        if (checkpoints++ == 0) {
            EXPECT_EQ(epoch, 0);
            EXPECT_EQ(batch, 2);
            checkpoint_saved.set_value();
        }
    };
    auto job = std::async(std::launch::async, [&] { return api::trainNewRun(run_dir, tinyRun(3), control, events); });

    paused_after_step_2.get_future().wait();
    // While paused nothing advances; a save request is served without resuming.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_EQ(steps.load(), 2);
    EXPECT_TRUE(control.paused());
    control.requestCheckpoint();
    checkpoint_saved.get_future().wait();
    EXPECT_EQ(steps.load(), 2);
    EXPECT_EQ(readCheckpointHeader(run_dir + "/checkpoint.dbse").global_step, 2);

    // Stop while paused: the job ends with a checkpoint at step 2.
    control.requestStop();
    const api::TrainingResult stopped = job.get();
    EXPECT_EQ(stopped.outcome, api::TrainingOutcome::Stopped);
    EXPECT_EQ(ready_dir, run_dir);
    EXPECT_EQ(readCheckpointHeader(run_dir + "/checkpoint.dbse").global_step, 2);

    // Resuming finishes the run with the metrics of an uninterrupted one.
    api::TrainingControl fresh;
    const api::TrainingResult resumed = api::resumeRun(run_dir, std::nullopt, fresh);
    EXPECT_EQ(resumed.outcome, api::TrainingOutcome::Finished);
    EXPECT_EQ(resumed.epochs_completed, 3);
    api::TrainingControl other;
    api::trainNewRun(dir / "straight", tinyRun(3), other);
    const auto a = RunFolder::open(run_dir).readMetrics();
    const auto b = RunFolder::open(dir / "straight").readMetrics();
    ASSERT_EQ(a.size(), 3u);
    ASSERT_EQ(b.size(), 3u);
    for (size_t i = 0; i < a.size(); ++i)
        EXPECT_EQ(a[i]["train"], b[i]["train"]) << "epoch " << i + 1;
}

TEST(TrainingJob, ResumeToMoreEpochsContinues) {
    test::ScratchDir dir;
    api::TrainingControl control;
    api::trainNewRun(dir / "run", tinyRun(1), control);
    std::vector<int> epochs;
    api::TrainingEvents events;
    events.on_epoch = [&](const api::TrainingEpoch& e) {
        epochs.push_back(e.epoch);
        EXPECT_TRUE(e.validation.has_value());
    };
    const api::TrainingResult r = api::resumeRun(dir / "run", 2, control, events);
    EXPECT_EQ(r.outcome, api::TrainingOutcome::Finished);
    EXPECT_EQ(epochs, std::vector<int>{2});
}

TEST(TrainingJob, BadSettingsAreRefusedBeforeAnyFolderIsMade) {
    test::ScratchDir dir;
    RunConfig config = tinyRun(1);
    config.preset.train.batch = 0;
    EXPECT_NE(api::checkRunConfig(config).find("train.batch"), std::string::npos) << api::checkRunConfig(config);
    api::TrainingControl control;
    EXPECT_THROW(api::trainNewRun(dir / "bad", config, control), std::invalid_argument);
    EXPECT_FALSE(std::filesystem::exists(dir / "bad"));

    config = tinyRun(1);
    config.dataset = "no-such-kind:x";
    EXPECT_NE(api::checkRunConfig(config).find("no-such-kind"), std::string::npos) << api::checkRunConfig(config);
    EXPECT_EQ(api::checkRunConfig(tinyRun(1)), "");
    EXPECT_THROW(api::resumeRun(dir / "missing", std::nullopt, control), std::runtime_error);
}

TEST(TrainingJob, PresetsAreListedAndLoadable) {
    const auto names = api::presetNames();
    ASSERT_FALSE(names.empty());
    EXPECT_NE(std::find(names.begin(), names.end(), "quick"), names.end());
    EXPECT_EQ(api::presetSettings("quick").name, "quick");
    EXPECT_THROW(api::presetSettings("no-such-preset"), std::invalid_argument);
}

// Two runs started within the same second get different folders ("-2", "-3" appended).
TEST(TrainingJob, NewRunDirNeverNamesAnExistingFolder) {
    test::ScratchDir dir;
    std::vector<std::string> runs;
    for (int i = 0; i < 3; ++i) {
        const std::string run = api::newRunDir(dir / "runs", "quick");
        EXPECT_FALSE(std::filesystem::exists(run)) << run;
        std::filesystem::create_directories(run);
        runs.push_back(run);
    }
    EXPECT_NE(runs[0], runs[1]);
    EXPECT_NE(runs[1], runs[2]);
}
