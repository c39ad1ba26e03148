// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Judge classifiers: training reaches a measured accuracy on every head, save -> load keeps the
// predictions, a judge refuses data of another shape or labels, float series train too.

#include "core/data/procedural_shapes.h"
#include "core/eval/judge.h"
#include "core/train/checkpoint.h"
#include "core/util/runtime.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <memory>

namespace dbse {
namespace {

namespace fs = std::filesystem;

// Train and test shapes from different seeds: the builtin:shapes generator with a small N
// and 4 frames, so the judge trains in about a minute on one core.
constexpr int kFrames = 4;
DatasetSplits smallShapes(int frames) {
    DatasetSplits s;
    s.train = makeShapesDataset({/*count=*/600, /*seed=*/1, frames});
    s.test = makeShapesDataset({/*count=*/200, /*seed=*/2, frames});
    return s;
}

// A float series [N, 12, 3]: static label "level" (3 classes) sets the offset of every
// feature, dynamic label "trend" (2 classes) the sign of the slope; Gaussian noise; about a
// tenth of the values marked missing (stored as 0).
SequenceDataset makeSeries(int64_t n, uint64_t seed, const std::string& name) {
    torch::manual_seed(seed);
    const int64_t T = 12, F = 3;
    const torch::Tensor level = torch::randint(0, 3, {n}, torch::kLong);
    const torch::Tensor trend = torch::randint(0, 2, {n}, torch::kLong);
    const torch::Tensor t = torch::linspace(-1, 1, T).view({1, T, 1});
    const torch::Tensor slope = (trend.to(torch::kFloat) * 2 - 1).view({n, 1, 1});
    torch::Tensor x = level.to(torch::kFloat).view({n, 1, 1}) + 0.8 * slope * t + 0.3 * torch::randn({n, T, F});
    const torch::Tensor missing = torch::rand({n, T, F}).lt(0.1).to(torch::kByte);
    x.masked_fill_(missing.to(torch::kBool), 0);
    SequenceDataset d;
    d.name = name;
    d.frames = x.contiguous();
    d.missing = missing;
    d.static_labels.push_back({"level", {"low", "mid", "high"}, level});
    d.dynamic_labels.push_back({"trend", {"down", "up"}, trend});
    validate(d);
    return d;
}

class JudgeOnShapes : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        configureRuntime(1);
        splits_ = std::make_unique<DatasetSplits>(smallShapes(kFrames));
        JudgeTrainOptions o;
        o.epochs = 20;
        o.seed = 3;
        judge_ = std::make_unique<Judge>(Judge::train(*splits_, "builtin:shapes", o, torch::kCPU));
        dir_ = fs::temp_directory_path() / ("dbse_test_judge_" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    static void TearDownTestSuite() {
        judge_.reset();
        splits_.reset();
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    static std::unique_ptr<DatasetSplits> splits_;
    static std::unique_ptr<Judge> judge_;
    static fs::path dir_;
};
std::unique_ptr<DatasetSplits> JudgeOnShapes::splits_;
std::unique_ptr<Judge> JudgeOnShapes::judge_;
fs::path JudgeOnShapes::dir_;

TEST_F(JudgeOnShapes, EveryHeadIsAccurateOnTheTestSplit) {
    const JudgeReport& r = judge_->report();
    ASSERT_EQ(r.architecture.heads.size(), 4u);  // shape, colour, background, motion
    ASSERT_EQ(r.test_accuracy.size(), 4u);
    EXPECT_EQ(r.architecture.kind, "compact");
    EXPECT_EQ(r.architecture.heads.back().name, "motion");
    EXPECT_EQ(judge_->headIndex("motion"), 3);
    EXPECT_EQ(judge_->headIndex("shape"), 0);
    EXPECT_EQ(judge_->headIndex("speed"), -1);
    EXPECT_FALSE(r.architecture.heads.back().is_static);
    // Measured with these settings (seed 3, one thread, 68 s): shape 0.945, colour 1.0,
    // background 1.0, motion 0.935 on the 200 test sequences; the bar leaves a margin.
    for (size_t h = 0; h < r.test_accuracy.size(); ++h) {
        RecordProperty("accuracy_" + r.architecture.heads[h].name, std::to_string(r.test_accuracy[h]));
        EXPECT_GE(r.test_accuracy[h], 0.85) << r.architecture.heads[h].name;
    }
    RecordProperty("train_seconds", std::to_string(r.train_seconds));
    EXPECT_EQ(r.test_sequences, 200);
    EXPECT_GT(r.parameters, 0);
    EXPECT_GT(r.train_seconds, 0);
}

TEST_F(JudgeOnShapes, PredictGivesProbabilitiesPerHead) {
    const torch::Tensor x = splits_->test.batch(torch::arange(5, torch::kLong), torch::kCPU);
    const std::vector<torch::Tensor> p = judge_->predict(x);
    ASSERT_EQ(p.size(), 4u);
    for (size_t h = 0; h < p.size(); ++h) {
        EXPECT_EQ(p[h].sizes(), (std::vector<int64_t>{5, static_cast<int64_t>(judge_->architecture().heads[h].classes.size())}));
        EXPECT_TRUE(torch::allclose(p[h].sum(1), torch::ones({5}), 1e-5, 1e-5));
    }
}

TEST_F(JudgeOnShapes, SaveThenLoadGivesTheSamePredictions) {
    const std::string path = (dir_ / "judges" / "shapes.pt").string();
    judge_->save(path);
    ASSERT_TRUE(fs::exists(path));
    ASSERT_TRUE(fs::exists(judgeDescriptionFile(path)));
    Judge loaded = Judge::load(path, torch::kCPU);
    EXPECT_EQ(loaded.report().test_accuracy, judge_->report().test_accuracy);
    EXPECT_EQ(loaded.report().parameters, judge_->report().parameters);
    const torch::Tensor x = splits_->test.batch(torch::arange(16, torch::kLong), torch::kCPU);
    const std::vector<torch::Tensor> a = judge_->predict(x), b = loaded.predict(x);
    ASSERT_EQ(a.size(), b.size());
    for (size_t h = 0; h < a.size(); ++h) EXPECT_TRUE(torch::equal(a[h], b[h]));
    loaded.requireFits(splits_->test, path);  // does not throw
}

TEST_F(JudgeOnShapes, RefusesADatasetOfAnotherShapeOrLabels) {
    const SequenceDataset shorter = makeShapesDataset({/*count=*/4, /*seed=*/5, /*frames=*/6});
    try {
        judge_->requireFits(shorter, "judge.pt");
        FAIL() << "a judge for 4 frames accepted 6";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("judge.pt: judge does not fit"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("4 x [3, 64, 64]"), std::string::npos) << e.what();
    }
    SequenceDataset relabelled = makeShapesDataset({4, 5, kFrames});
    relabelled.static_labels.pop_back();
    EXPECT_THROW(judge_->requireFits(relabelled, "judge.pt"), std::runtime_error);
    EXPECT_THROW(judge_->accuracy(relabelled), std::invalid_argument);
}

TEST_F(JudgeOnShapes, RefusesAFileThatIsNotAJudge) {
    const std::string path = (dir_ / "garbage.pt").string();
    std::ofstream(path) << "not a judge";
    EXPECT_THROW(Judge::load(path, torch::kCPU), std::runtime_error);
    EXPECT_THROW(Judge::load((dir_ / "absent.pt").string(), torch::kCPU), std::runtime_error);
    // A well-formed file whose description asks for a huge network is refused before building it.
    CheckpointHeader header;
    header.run_config = toJson(judge_->report());
    header.run_config["architecture"]["rnn_size"] = 1 << 30;
    const std::string huge = (dir_ / "huge.pt").string();
    torch::nn::Linear tiny(1, 1);
    saveCheckpoint(huge, header, *tiny, nullptr);
    try {
        Judge::load(huge, torch::kCPU);
        FAIL() << "a judge with a 2^30-wide LSTM was built";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("huge.pt: not a judge file"), std::string::npos) << e.what();
    }
    // Numbers no field can hold (a float out of range was undefined behaviour) are refused by name.
    for (const auto& [field, value] : {std::pair<const char*, double>{"epochs", 1e300}, {"parameters", -1e30}}) {
        CheckpointHeader bad;
        bad.run_config = toJson(judge_->report());
        bad.run_config[field] = value;
        saveCheckpoint(huge, bad, *tiny, nullptr);
        try {
            Judge::load(huge, torch::kCPU);
            FAIL() << field << " = " << value << " was read";
        } catch (const std::runtime_error& e) {
            EXPECT_NE(std::string(e.what()).find("huge.pt: not a judge file (" + std::string(field) + ": "),
                      std::string::npos)
                << e.what();
        }
    }
    header.run_config["architecture"]["rnn_size"] = 1e40;
    saveCheckpoint(huge, header, *tiny, nullptr);
    EXPECT_THROW(Judge::load(huge, torch::kCPU), std::runtime_error);
}

TEST(JudgeArchitecture, PublishedSpritesJudgeHasTheDocumentedParameterCount) {
    // Sprites' label columns: skin, pants, top, hair (6 each) and the 9 motions.
    SequenceDataset d;
    d.name = "sprites-like";
    d.frames = torch::zeros({2, 8, 3, 64, 64}, torch::kByte);
    for (const char* name : {"skin", "pants", "top", "hair"})
        d.static_labels.push_back({name, std::vector<std::string>(6, "c"), torch::zeros({2}, torch::kLong)});
    d.dynamic_labels.push_back({"motion", std::vector<std::string>(9, "m"), torch::zeros({2}, torch::kLong)});
    EXPECT_EQ(JudgeNetwork(judgeArchitectureFor(d, "sprites"))->parameterCount(), 5263073);  // PROTOCOLS 3a
    EXPECT_THROW(judgeArchitectureFor(d, "series"), std::invalid_argument);
    d.frames = torch::zeros({2, 8, 3, 32, 32}, torch::kByte);
    EXPECT_THROW(judgeArchitectureFor(d, ""), std::invalid_argument);
    // Float data: log1p only for data without negative values (magnitudes).
    d.frames = torch::rand({2, 8, 5});
    EXPECT_TRUE(judgeArchitectureFor(d, "").log_input);
    d.frames = torch::randn({2, 8, 5});
    EXPECT_FALSE(judgeArchitectureFor(d, "").log_input);
    EXPECT_EQ(judgeArchitectureFor(d, "").kind, "series");
}

TEST(JudgeOnSeries, FloatSeriesWithAMissingMaskTrainAndAreReused) {
    configureRuntime(1);
    DatasetSplits splits;
    splits.train = makeSeries(600, 1, "series/train");
    splits.test = makeSeries(200, 2, "series/test");
    const fs::path cache = fs::temp_directory_path() / ("dbse_test_judge_series_" + std::to_string(::getpid()));
    DatasetOptions options;
    options.cache_dir = cache.string();
    JudgeTrainOptions o;
    o.epochs = 15;
    const ObtainedJudge first = obtainJudge(splits, "test:series", options, o, torch::kCPU, /*retrain=*/false);
    EXPECT_FALSE(first.reused);
    EXPECT_EQ(first.judge.architecture().kind, "series");
    EXPECT_TRUE(first.judge.architecture().missing_input);
    ASSERT_EQ(first.judge.report().test_accuracy.size(), 2u);
    EXPECT_GE(first.judge.report().test_accuracy[0], 0.9);  // level
    EXPECT_GE(first.judge.report().test_accuracy[1], 0.9);  // trend
    EXPECT_EQ(first.path.rfind(cache.string(), 0), 0u) << first.path;
    EXPECT_TRUE(fs::exists(judgeDescriptionFile(first.path)));

    const ObtainedJudge second = obtainJudge(splits, "test:series", options, o, torch::kCPU, /*retrain=*/false);
    EXPECT_TRUE(second.reused);
    EXPECT_EQ(second.path, first.path);
    EXPECT_EQ(second.judge.report().test_accuracy, first.judge.report().test_accuracy);
    // A damaged file is trained again and replaced.
    std::ofstream(first.path, std::ios::trunc) << "truncated";
    const ObtainedJudge third = obtainJudge(splits, "test:series", options, o, torch::kCPU, /*retrain=*/false);
    EXPECT_FALSE(third.reused);
    EXPECT_EQ(third.judge.report().test_accuracy, first.judge.report().test_accuracy);  // same seed
    EXPECT_NO_THROW(Judge::load(first.path, torch::kCPU));
    // Other training options are another judge.
    o.seed = 9;
    EXPECT_NE(judgeFile(options, "test:series", splits, first.judge.architecture(), o), first.path);
    std::error_code ignored;
    fs::remove_all(cache, ignored);
}

}  // namespace
}  // namespace dbse
