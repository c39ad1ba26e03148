// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The generation and latent protocols (core/eval/generation_test, latent_probe) and their JSON
// report: shapes and ranges of the results, determinism under a seed, the leakage-gap
// arithmetic, mean ± std over repeats. A tiny series model and a series judge keep it fast.

#include "core/eval/eval_report.h"
#include "core/eval/generation_test.h"
#include "core/eval/speaker_verification.h"
#include "core/util/runtime.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <memory>

using namespace dbse;

namespace {

// [N, 12, 5] series: static label "offset" (3 classes) shifts every feature, dynamic label
// "direction" (2 classes) is the sign of a ramp; no missing values.
SequenceDataset rampSeries(int64_t n, uint64_t seed, const std::string& name) {
    torch::manual_seed(seed);
    const torch::Tensor offset = torch::randint(0, 3, {n}, torch::kLong);
    const torch::Tensor direction = torch::randint(0, 2, {n}, torch::kLong);
    const torch::Tensor ramp = torch::linspace(-1, 1, 12).view({1, 12, 1});
    const torch::Tensor sign = (direction.to(torch::kFloat) * 2 - 1).view({n, 1, 1});
    SequenceDataset d;
    d.name = name;
    d.frames = (offset.to(torch::kFloat).view({n, 1, 1}) + sign * ramp + 0.2 * torch::randn({n, 12, 5})).contiguous();
    d.static_labels.push_back({"offset", {"0", "1", "2"}, offset});
    d.dynamic_labels.push_back({"direction", {"down", "up"}, direction});
    validate(d);
    return d;
}

class Protocols : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        configureRuntime(2);
        splits_ = std::make_unique<DatasetSplits>();
        splits_->train = rampSeries(240, 1, "ramps/train");
        splits_->test = rampSeries(60, 2, "ramps/test");
        JudgeTrainOptions options;
        options.epochs = 3;
        judge_ = std::make_unique<Judge>(Judge::train(*splits_, "ramps", options, torch::kCPU));
    }
    static void TearDownTestSuite() {
        judge_.reset();
        splits_.reset();
    }
    static std::unique_ptr<InferenceModel> model() {
        torch::manual_seed(3);
        return makeInferenceModel(test::tinySeriesConfig());
    }
    static std::unique_ptr<DatasetSplits> splits_;
    static std::unique_ptr<Judge> judge_;
};
std::unique_ptr<DatasetSplits> Protocols::splits_;
std::unique_ptr<Judge> Protocols::judge_;

}  // namespace

TEST_F(Protocols, GenerationTestsScoreEveryHeadOnBothTestsReproducibly) {
    auto m = model();
    GenerationTestOptions options;
    options.repeats = 2;
    options.batch = 16;  // several batches, the last one partial
    int progress = 0;
    options.on_progress = [&](const std::string&, int, int) { ++progress; };
    const GenerationTestResult a = runGenerationTests(*m, *judge_, splits_->test, options);
    EXPECT_EQ(progress, 4);
    EXPECT_EQ(a.repeats, 2);
    EXPECT_EQ(a.sequences, 60);
    ASSERT_EQ(a.fixed_dynamics.size(), 2u);
    ASSERT_EQ(a.fixed_static.size(), 2u);
    EXPECT_EQ(a.fixed_dynamics[0].label, "offset");
    EXPECT_TRUE(a.fixed_dynamics[0].is_static);
    EXPECT_EQ(a.fixed_dynamics[1].label, "direction");
    EXPECT_EQ(a.fixed_dynamics[1].classes, 2);
    for (const auto* test : {&a.fixed_dynamics, &a.fixed_static})
        for (const HeadScores& h : *test) {
            EXPECT_GE(h.accuracy.mean, 0.0);
            EXPECT_LE(h.accuracy.mean, 1.0);
            EXPECT_GE(h.inception_score.mean, 1.0 - 1e-9);
            EXPECT_LE(h.inception_score.mean, h.classes + 1e-9);
            EXPECT_LE(h.marginal_entropy.mean, std::log(h.classes) + 1e-9);
            EXPECT_GE(h.accuracy.std, 0.0);
            // The confusion counts (Fig. 6) hold every judged sequence; their diagonal is the accuracy.
            ASSERT_EQ(h.class_names.size(), size_t(h.classes));
            ASSERT_EQ(h.confusion.size(), size_t(h.classes));
            int64_t total = 0, diagonal = 0;
            for (int r = 0; r < h.classes; ++r)
                for (int k = 0; k < h.classes; ++k) {
                    total += h.confusion[size_t(r)].at(size_t(k));
                    diagonal += r == k ? h.confusion[size_t(r)][size_t(k)] : 0;
                }
            EXPECT_EQ(total, a.repeats * a.sequences);
            EXPECT_NEAR(double(diagonal) / double(total), h.accuracy.mean, 1e-9);
        }
    const GenerationTestResult b = runGenerationTests(*m, *judge_, splits_->test, options);
    EXPECT_EQ(a.fixed_static[1].accuracy.mean, b.fixed_static[1].accuracy.mean);
    EXPECT_EQ(a.fixed_dynamics[0].inception_score.mean, b.fixed_dynamics[0].inception_score.mean);
    options.seed = 7;
    const GenerationTestResult c = runGenerationTests(*m, *judge_, splits_->test, options);
    EXPECT_NE(a.fixed_dynamics[0].inception_score.mean, c.fixed_dynamics[0].inception_score.mean);
}

TEST_F(Protocols, AJudgeOfOtherDataIsRefused) {
    auto m = model();
    SequenceDataset other = rampSeries(10, 4, "other");
    other.static_labels[0].name = "level";
    EXPECT_THROW(runGenerationTests(*m, *judge_, other, {}), std::invalid_argument);
    GenerationTestOptions none;
    none.repeats = 0;
    EXPECT_THROW(runGenerationTests(*m, *judge_, splits_->test, none), std::invalid_argument);
}

TEST_F(Protocols, LatentTestsRepeatAndTheReportCarriesGapsAndSpreads) {
    auto m = model();
    const std::vector<LatentTestRow> rows = runLatentTests(*m, splits_->test, 3, 1);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].from_s.size(), 3u);
    EXPECT_DOUBLE_EQ(rows[1].chance, 0.5);
    const nlohmann::json j = latentJson(rows);
    EXPECT_EQ(j.at("repeats"), 3);
    const double s_offset = j["labels"][0]["from_s"]["mean"], s_direction = j["labels"][1]["from_s"]["mean"];
    EXPECT_NEAR(j["leakage"]["static_features"]["gap"].get<double>(), s_offset - s_direction, 1e-12);
    EXPECT_NEAR(j["labels"][0]["from_s"]["mean"].get<double>(), meanStd(rows[0].from_s).mean, 1e-12);

    // Without a dynamic label there is no gap to report.
    SequenceDataset static_only = splits_->test;
    static_only.dynamic_labels.clear();
    const nlohmann::json k = latentJson(runLatentTests(*m, static_only, 1, 1));
    EXPECT_TRUE(k["leakage"]["static_features"].is_null());
}

TEST_F(Protocols, SpeakerVerificationPairsUtterancesNotChunks) {
    auto m = model();
    SequenceDataset chunks = splits_->test;  // 60 sequences: two chunks per "file"
    chunks.values.push_back({"source_file", torch::arange(60, torch::kLong).div(2, "floor").to(torch::kFloat)});
    chunks.static_labels[0].values = torch::arange(60, torch::kLong).div(2, "floor").remainder(3);  // 3 speakers
    const SpeakerVerificationResult a = runSpeakerVerification(*m, chunks, "", 5);
    EXPECT_EQ(a.speaker_label, "offset");
    EXPECT_EQ(a.utterances, 30);
    EXPECT_EQ(a.speakers, 3);
    EXPECT_EQ(a.genuine_pairs, 3 * (10 * 9 / 2));  // 10 utterances per speaker
    EXPECT_EQ(a.genuine_pairs + a.impostor_pairs, 30 * 29 / 2);
    for (const EqualErrorRate* e : {&a.static_eer, &a.dynamic_eer}) {
        EXPECT_GE(e->eer, 0.0);
        EXPECT_LE(e->eer, 1.0);
    }
    EXPECT_NEAR(a.gap, a.dynamic_eer.eer - a.static_eer.eer, 1e-12);
    const SpeakerVerificationResult b = runSpeakerVerification(*m, chunks, "offset", 5);
    EXPECT_EQ(a.dynamic_eer.eer, b.dynamic_eer.eer);
    EXPECT_THROW(runSpeakerVerification(*m, chunks, "accent", 5), std::invalid_argument);
    const nlohmann::json j = speakerVerificationJson(a);
    EXPECT_EQ(j["utterances"], 30);
    EXPECT_DOUBLE_EQ(j["static"]["eer"].get<double>(), a.static_eer.eer);
}

TEST(LeakageGap, StaticLabelsAreAveragedAndTheFirstDynamicLabelCounts) {
    const std::vector<LabelAccuracy> a = {
        {"skin", true, 0.9}, {"hair", true, 0.7}, {"motion", false, 0.2}, {"action", false, 0.6}};
    const LeakageGap s = staticFeaturesGap(a);
    EXPECT_DOUBLE_EQ(s.static_accuracy, 0.8);
    EXPECT_DOUBLE_EQ(s.dynamic_accuracy, 0.2);
    EXPECT_NEAR(s.gap, 0.6, 1e-12);
    EXPECT_NEAR(dynamicFeaturesGap(a).gap, -0.6, 1e-12);
    EXPECT_THROW(staticFeaturesGap({{"skin", true, 0.5}}), std::invalid_argument);
}

TEST(MeanStd, SampleStandardDeviation) {
    const MeanStd m = meanStd({1.0, 2.0, 3.0, 4.0});
    EXPECT_DOUBLE_EQ(m.mean, 2.5);
    EXPECT_NEAR(m.std, std::sqrt(5.0 / 3.0), 1e-12);
    EXPECT_DOUBLE_EQ(meanStd({0.7}).std, 0.0);
    EXPECT_DOUBLE_EQ(meanStd({}).mean, 0.0);
}
