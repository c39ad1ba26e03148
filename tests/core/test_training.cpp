// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The training job: determinism, bit-for-bit resume, cancel, the NaN guard, run folders and
// the batch prefetcher.

#include "core/train/batch_prefetcher.h"
#include "core/train/checkpoint.h"
#include "core/train/trainer.h"
#include "core/util/json_io.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <atomic>
#include <fstream>
#include <set>

using namespace dbse;

namespace {


RunConfig tinyRun(int epochs) {
    RunConfig c;
    c.dataset = "builtin:shapes";
    c.preset = test::tinyPreset(epochs, 16);
    return c;
}

std::vector<torch::Tensor> parametersOf(const DbseModel& model) {
    std::vector<torch::Tensor> out;
    for (const auto& p : model->parameters())
        out.push_back(p.detach().clone());
    for (const auto& b : model->buffers())
        out.push_back(b.detach().clone());
    return out;
}

void expectBitIdentical(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i)
        EXPECT_TRUE(torch::equal(a[i], b[i])) << "tensor " << i;
}

std::vector<torch::Tensor> trainStraight(const std::string& dir, int epochs) {
    Trainer trainer(RunFolder::create(dir, tinyRun(epochs)), test::tinySplits());
    EXPECT_EQ(trainer.run().outcome, TrainOutcome::Finished);
    return parametersOf(trainer.model());
}

}  // namespace

TEST(Training, SameSeedGivesIdenticalParameters) {
    test::ScratchDir dir;
    const auto a = trainStraight(dir / "a", 1);
    const auto b = trainStraight(dir / "b", 1);
    expectBitIdentical(a, b);

    RunConfig other = tinyRun(1);
    other.preset.train.seed = 2;
    Trainer trainer(RunFolder::create(dir / "c", other), test::tinySplits());
    trainer.run();
    const auto c = parametersOf(trainer.model());
    EXPECT_FALSE(torch::equal(a.front(), c.front()));
}

TEST(Training, ResumeAfterCancelEqualsUninterruptedTraining) {
    test::ScratchDir dir;
    const auto straight = trainStraight(dir / "straight", 3);

    // 3 batches per epoch. Cancel after step 4 (inside epoch 2), then after step 6 (its last
    // batch, before the epoch is summarised), then resume to the end.
    RunFolder run = RunFolder::create(dir / "resumed", tinyRun(3));
    for (int64_t stop_after_step : {4, 6}) {
        std::atomic<bool> cancel{false};
        TrainerCallbacks callbacks;
        callbacks.cancel = &cancel;
        callbacks.on_step = [&](const StepProgress& p) {
            if (p.global_step == stop_after_step)
                cancel = true;
        };
        Trainer trainer(RunFolder::open(run.dir()), test::tinySplits());
        const TrainResult r = trainer.run(callbacks);
        EXPECT_EQ(r.outcome, TrainOutcome::Cancelled);
        EXPECT_NE(r.message.find("checkpoint saved"), std::string::npos);
        EXPECT_EQ(readCheckpointHeader(run.checkpointPath()).global_step, stop_after_step);
    }
    Trainer trainer(RunFolder::open(run.dir()), test::tinySplits());
    EXPECT_EQ(trainer.run().outcome, TrainOutcome::Finished);
    expectBitIdentical(straight, parametersOf(trainer.model()));

    // The metrics file has exactly one line per epoch, equal in its losses to the straight run.
    const auto resumed = RunFolder::open(run.dir()).readMetrics();
    const auto reference = RunFolder::open(dir / "straight").readMetrics();
    ASSERT_EQ(resumed.size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(resumed[i]["epoch"], static_cast<int>(i) + 1);
        EXPECT_EQ(resumed[i]["train"], reference[i]["train"]);
        EXPECT_EQ(resumed[i]["validation"], reference[i]["validation"]);
    }
}

TEST(Training, PauseAndSaveNowChangeNothingInTheResult) {
    test::ScratchDir dir;
    const auto straight = trainStraight(dir / "straight", 2);

    // Held (paused) after step 2 for three turns, with a checkpoint requested during the hold.
    RunFolder run = RunFolder::create(dir / "paused", tinyRun(2));
    std::atomic<bool> save_now{false};
    int64_t last_step = 0;
    int held = 0, hold_calls = 0;
    std::vector<std::pair<int, int64_t>> checkpoints;
    int64_t checkpointed_batch = -1;
    TrainerCallbacks callbacks;
    callbacks.save_now = &save_now;
    callbacks.on_step = [&](const StepProgress& p) { last_step = p.global_step; };
    callbacks.hold = [&] {
        ++hold_calls;
        if (last_step != 2)
            return false;
        if (++held == 2)
            save_now = true;
        return held < 4;
    };
    callbacks.on_checkpoint = [&](int epoch, int64_t batch) {
        checkpoints.emplace_back(epoch, batch);
        if (checkpointed_batch < 0)
            checkpointed_batch = readCheckpointHeader(run.checkpointPath()).batch;
    };
    Trainer trainer(run, test::tinySplits());
    EXPECT_EQ(trainer.run(callbacks).outcome, TrainOutcome::Finished);
    EXPECT_EQ(held, 4);
    EXPECT_EQ(hold_calls, 1 + 4 + 4);  // one call per step, four while held after step 2 (6 steps)
    ASSERT_FALSE(checkpoints.empty());
    EXPECT_EQ(checkpoints.front(), std::make_pair(0, int64_t{2}));
    EXPECT_EQ(checkpointed_batch, 2);
    EXPECT_EQ(checkpoints.back(), std::make_pair(2, int64_t{0}));
    expectBitIdentical(straight, parametersOf(trainer.model()));
}

TEST(Training, CancelAtAnEpochEndSavesABoundaryCheckpoint) {
    test::ScratchDir dir;
    RunFolder run = RunFolder::create(dir / "run", tinyRun(3));
    std::atomic<bool> cancel{false};
    TrainerCallbacks callbacks;
    callbacks.cancel = &cancel;
    callbacks.on_epoch = [&](const EpochSummary& s) { cancel = s.epoch == 1; };
    Trainer trainer(run, test::tinySplits());
    const TrainResult r = trainer.run(callbacks);
    EXPECT_EQ(r.outcome, TrainOutcome::Cancelled);
    EXPECT_EQ(r.epochs_completed, 1);
    const CheckpointHeader h = readCheckpointHeader(run.checkpointPath());
    EXPECT_EQ(h.epoch, 1);
    EXPECT_EQ(h.batch, 0);
    EXPECT_EQ(run.readMetrics().size(), 1u);
}

TEST(Training, MetricsSplitTheLossIntoItsTerms) {
    test::ScratchDir dir;
    trainStraight(dir / "run", 2);
    const auto lines = RunFolder::open(dir / "run").readMetrics();
    ASSERT_EQ(lines.size(), 2u);
    for (const auto& line : lines) {
        for (const char* part : {"train", "validation"})
            for (const char* term : {"loss", "recon_seq", "recon_frame", "kl_f", "kl_z"})
                EXPECT_TRUE(line[part][term].is_number()) << part << "." << term;
        const auto& t = line["train"];
        // Default weights 5, 1, 1, 1 and no annealing: the total is the weighted sum of the terms.
        EXPECT_NEAR(t["loss"].get<double>(),
                    5 * t["recon_seq"].get<double>() + t["recon_frame"].get<double>() + t["kl_f"].get<double>() +
                        t["kl_z"].get<double>(),
                    1e-6 * t["loss"].get<double>());
    }
    // Training reduces the loss on this data.
    EXPECT_LT(lines[1]["train"]["loss"].get<double>(), lines[0]["train"]["loss"].get<double>());
}

TEST(Training, NonFiniteLossStopsAndKeepsTheLastGoodCheckpoint) {
    test::ScratchDir dir;
    RunFolder run = RunFolder::create(dir / "run", tinyRun(1));
    {
        Trainer trainer(run, test::tinySplits());
        ASSERT_EQ(trainer.run().outcome, TrainOutcome::Finished);
    }
    const auto good = parametersOf([&] {
        DbseModel m = makeModel(run.config().preset.model);
        loadCheckpoint(run.checkpointPath(), *m, nullptr, false);
        return m;
    }());
    // Continue with an absurd learning rate: the parameters overflow and the loss stops being finite.
    RunConfig diverging = run.config();
    diverging.preset.train.epochs = 3;
    diverging.preset.train.lr = 1e30;
    writeJsonFileAtomically(run.configPath(), nlohmann::json(diverging));
    Trainer trainer(RunFolder::open(run.dir()), test::tinySplits());
    const TrainResult r = trainer.run();
    ASSERT_EQ(r.outcome, TrainOutcome::Diverged);
    EXPECT_NE(r.message.find("loss became"), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("last good checkpoint"), std::string::npos) << r.message;

    const CheckpointHeader h = readCheckpointHeader(run.checkpointPath());
    EXPECT_EQ(h.epoch, 1);
    DbseModel reloaded = makeModel(run.config().preset.model);
    loadCheckpoint(run.checkpointPath(), *reloaded, nullptr, false);
    expectBitIdentical(good, parametersOf(reloaded));
}

TEST(Training, IncompatibleDatasetIsRefusedWithBothShapes) {
    test::ScratchDir dir;
    RunConfig c = tinyRun(1);
    c.preset.model.frames = 15;
    try {
        Trainer trainer(RunFolder::create(dir / "run", c), test::tinySplits());
        FAIL() << "no error";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("8 frames"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("expects 15 frames"), std::string::npos) << e.what();
    }
}

TEST(RunFolderTest, RefusesToOverwriteARun) {
    test::ScratchDir dir;
    RunFolder::create(dir / "run", tinyRun(1));
    EXPECT_THROW(RunFolder::create(dir / "run", tinyRun(1)), std::runtime_error);
    EXPECT_THROW(RunFolder::open(dir / "missing"), std::runtime_error);
}

TEST(RunFolderTest, ACutShortMetricsLineIsIgnored) {
    test::ScratchDir dir;
    RunFolder run = RunFolder::create(dir / "run", tinyRun(1));
    run.appendMetrics({{"epoch", 1}});
    std::ofstream(run.metricsPath(), std::ios::app) << "{\"epoch\": 2, \"tra";
    EXPECT_EQ(run.readMetrics().size(), 1u);
    run.truncateMetrics(1);
    EXPECT_EQ(run.readMetrics().size(), 1u);
}

TEST(RunFolderTest, DamagedMetricsLinesAreSkipped) {
    test::ScratchDir dir;
    RunFolder run = RunFolder::create(dir / "run", tinyRun(1));
    run.appendMetrics({{"epoch", 1}});
    std::ofstream(run.metricsPath(), std::ios::app) << "{\"epoch\": 1e300}\n[2]\n{\"epoch\": \"3\"}\n{}\n";
    run.appendMetrics({{"epoch", 2}});
    const auto lines = run.readMetrics();
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1].at("epoch"), 2);
    run.truncateMetrics(1);
    EXPECT_EQ(run.readMetrics().size(), 1u);
}

TEST(Prefetcher, VisitsEverySequenceOnceInTheEpochOrder) {
    const SequenceDataset& data = test::tinySplits().train;  // 48 sequences
    const std::vector<int64_t> order = epochOrder(48, 7, 3);
    EXPECT_EQ(order, epochOrder(48, 7, 3));
    EXPECT_NE(order, epochOrder(48, 7, 4));
    EXPECT_EQ(std::set<int64_t>(order.begin(), order.end()).size(), 48u);

    BatchPrefetcher keep(data, order, 20, /*drop_last=*/false, torch::kCPU);
    std::vector<int64_t> seen;
    while (auto b = keep.next()) {
        for (int64_t i = 0; i < b->sequence.size(0); ++i)
            seen.push_back(b->sequence[i].item<int64_t>());
        const int64_t first = b->sequence[0].item<int64_t>();
        EXPECT_TRUE(torch::allclose(b->x[0], data.frames[first].to(torch::kFloat) / 255.0));
    }
    EXPECT_EQ(seen, order);

    BatchPrefetcher drop(data, order, 20, /*drop_last=*/true, torch::kCPU, /*first_batch=*/1);
    int batches = 0;
    while (auto b = drop.next()) {
        EXPECT_EQ(b->index, 1);
        EXPECT_EQ(b->x.size(0), 20);
        ++batches;
    }
    EXPECT_EQ(batches, 1);
    EXPECT_EQ(batchesPerEpoch(48, 20, true), 2);
    EXPECT_EQ(batchesPerEpoch(48, 20, false), 3);
}

TEST(Prefetcher, StopsCleanlyWhenDestroyedEarly) {
    const SequenceDataset& data = test::tinySplits().train;
    // The consumer takes one batch and leaves while the worker is blocked on a full queue.
    for (int i = 0; i < 20; ++i) {
        BatchPrefetcher p(data, epochOrder(48, 1, i), 4, false, torch::kCPU, 0, 1);
        const auto first = p.next();
        ASSERT_TRUE(first.has_value());
        EXPECT_EQ(first->index, 0);
    }
}
