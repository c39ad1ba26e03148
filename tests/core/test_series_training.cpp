// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Training a series run with the generic trainer: the loss falls on generated series with
// missing values, checkpoints resume bit-for-bit, and mismatched datasets are refused.

#include "core/train/batch_prefetcher.h"
#include "core/train/checkpoint.h"
#include "core/train/trainer.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <atomic>

using namespace dbse;

namespace {

// Sines with a per-series amplitude (static) and phase drift (dynamic), 10% missing.
SequenceDataset sines(int64_t n, uint64_t seed, const std::string& name) {
    torch::manual_seed(seed);
    const int64_t T = 16, F = 3;
    const torch::Tensor t = torch::arange(T, torch::kFloat).reshape({1, T, 1});
    const torch::Tensor amplitude = torch::rand({n, 1, 1}) + 0.5;
    const torch::Tensor speed = torch::rand({n, 1, 1}) * 0.5 + 0.2;
    const torch::Tensor offset = torch::arange(F, torch::kFloat).reshape({1, 1, F});
    SequenceDataset d;
    d.name = name;
    d.missing = (torch::rand({n, T, F}) < 0.1).to(torch::kByte);
    d.frames = (amplitude * torch::sin(speed * t + offset)).masked_fill(d.missing.to(torch::kBool), 0).contiguous();
    return d;
}

const DatasetSplits& seriesSplits() {
    static const DatasetSplits splits = [] {
        DatasetSplits s;
        s.train = sines(40, 1, "sines/train");
        s.test = sines(10, 2, "sines/test");
        return s;
    }();
    return splits;
}

RunConfig seriesRun(int epochs) {
    RunConfig c;
    c.dataset = "test:sines";
    Preset& p = c.preset;
    p.name = "tiny-series";
    p.model.modality = "series";
    p.model.frames = 16;
    p.model.features = 3;
    p.model.window = 4;
    p.model.anchor = parseAnchor("1");
    p.model.encoder_sizes = {16, 16};
    p.model.decoder_sizes = {16, 16};
    p.model.rnn_size = 16;
    p.model.f_dim = 4;
    p.model.z_dim = 4;
    p.model.subtract_anchor = false;
    p.model.init = InitScheme::LibraryDefault;
    p.loss.w_seq = 10;
    p.loss.w_frame = 2;
    p.loss.w_f = 0.1;
    p.loss.w_z = 0.1;
    p.loss.mc_samples = 2;
    p.train.lr = 3e-3;
    p.train.batch = 10;
    p.train.epochs = epochs;
    p.train.threads = 2;
    p.train.seed = 5;
    return c;
}

std::vector<torch::Tensor> parametersOf(const SeriesModel& model) {
    std::vector<torch::Tensor> out;
    for (const auto& p : model->parameters())
        out.push_back(p.detach().clone());
    return out;
}

}  // namespace

TEST(SeriesTraining, LossFallsAndTheModelIsASeriesModel) {
    test::ScratchDir dir;
    Trainer trainer(RunFolder::create(dir / "run", seriesRun(12)), seriesSplits());
    EXPECT_EQ(trainer.run().outcome, TrainOutcome::Finished);
    EXPECT_FALSE(trainer.seriesModel().is_empty());
    EXPECT_TRUE(trainer.model().is_empty());
    const auto lines = RunFolder::open(dir / "run").readMetrics();
    ASSERT_EQ(lines.size(), 12u);
    const double first = lines.front()["train"]["recon_seq"], last = lines.back()["train"]["recon_seq"];
    EXPECT_LT(last, first - 0.1) << "first " << first << ", last " << last;
    EXPECT_TRUE(lines.back()["validation"]["loss"].is_number());
}

TEST(SeriesTraining, ResumeAfterCancelEqualsUninterruptedTraining) {
    test::ScratchDir dir;
    Trainer straight(RunFolder::create(dir / "straight", seriesRun(2)), seriesSplits());
    ASSERT_EQ(straight.run().outcome, TrainOutcome::Finished);
    RunFolder run = RunFolder::create(dir / "resumed", seriesRun(2));
    {
        std::atomic<bool> cancel{false};
        TrainerCallbacks callbacks;
        callbacks.cancel = &cancel;
        callbacks.on_step = [&](const StepProgress& p) { cancel = p.global_step == 5; };
        Trainer trainer(RunFolder::open(run.dir()), seriesSplits());
        EXPECT_EQ(trainer.run(callbacks).outcome, TrainOutcome::Cancelled);
        EXPECT_EQ(readCheckpointHeader(run.checkpointPath()).global_step, 5);
    }
    Trainer resumed(RunFolder::open(run.dir()), seriesSplits());
    ASSERT_EQ(resumed.run().outcome, TrainOutcome::Finished);
    const auto a = parametersOf(straight.seriesModel()), b = parametersOf(resumed.seriesModel());
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i)
        EXPECT_TRUE(torch::equal(a[i], b[i])) << "parameter " << i;
}

TEST(SeriesTraining, PrefetcherCarriesFloatSeriesAndTheirMask) {
    const SequenceDataset& d = seriesSplits().train;
    BatchPrefetcher batches(d, {3, 1, 4}, 2, /*drop_last=*/false, torch::kCPU);
    auto first = batches.next();
    ASSERT_TRUE(first);
    EXPECT_TRUE(torch::equal(first->x[0], d.frames[3]));
    ASSERT_TRUE(first->missing.defined());
    EXPECT_TRUE(torch::equal(first->missing[1], d.missing[1].to(torch::kFloat)));
    auto second = batches.next();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->x.size(0), 1);
    EXPECT_FALSE(batches.next());
}

TEST(SeriesTraining, MismatchedDatasetsAreRefused) {
    test::ScratchDir dir;
    RunConfig wrong = seriesRun(1);
    wrong.preset.model.features = 4;
    wrong.preset.model.encoder_sizes = {8};
    const std::string error = test::invalidArgumentOf(
        [&] { Trainer trainer(RunFolder::create(dir / "run", wrong), seriesSplits()); });
    EXPECT_NE(error.find("sines/train"), std::string::npos) << error;
    EXPECT_NE(error.find("[N, 16, 4]"), std::string::npos) << error;
}
