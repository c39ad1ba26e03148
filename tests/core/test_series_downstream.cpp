// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The time-series downstream tasks (core/eval/series_downstream): the predictors learn a target
// the codes carry and not one they do not, on a transparent stand-in encoder; and they run on a
// real series model.

#include "core/eval/eval_report.h"
#include "core/eval/series_downstream.h"
#include "core/model/series_model.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

namespace dbse {
namespace {

constexpr int kSteps = 12, kWindow = 3, kFeatures = 4;

// An encoder whose codes are the data: f = the first step's features, z_t = each window's
// mean features, both with tiny posterior noise. Only encode() is used by the tasks.
class TransparentEncoder : public InferenceModel {
public:
    TransparentEncoder() {
        config_.modality = "series";
        config_.frames = kSteps;
        config_.window = kWindow;
        config_.features = kFeatures;
        config_.f_dim = kFeatures;
        config_.z_dim = kFeatures;
    }
    const ModelConfig& config() const override { return config_; }
    torch::Device device() const override { return torch::kCPU; }
    torch::nn::Module& network() override { return module_; }
    EncodedCodes encode(const torch::Tensor& x, const torch::Tensor&, torch::Generator*) override {
        EncodedCodes c;
        c.f.mean = x.select(1, 0).clone();
        c.f.logvar = torch::full_like(c.f.mean, -12.0);
        c.z.mean = x.reshape({x.size(0), kSteps / kWindow, kWindow, kFeatures}).mean(2);
        c.z.logvar = torch::full_like(c.z.mean, -12.0);
        return c;
    }
    torch::Tensor reconstruct(const torch::Tensor&, const torch::Tensor&, torch::Generator*) override { return unused(); }
    torch::Tensor decode(const torch::Tensor&, const torch::Tensor&, torch::Generator*) override { return unused(); }
    SwapResult swap(const torch::Tensor&, const torch::Tensor&, const torch::Tensor&, const torch::Tensor&,
                    torch::Generator*) override {
        unused();
        return {};
    }
    torch::Tensor sampleStatic(const torch::Tensor&, const torch::Tensor&, int, torch::Generator*) override {
        return unused();
    }
    torch::Tensor sampleDynamics(const torch::Tensor&, const torch::Tensor&, int, torch::Generator*) override {
        return unused();
    }

private:
    static torch::Tensor unused() { throw std::logic_error("not used by the downstream tasks"); }
    ModelConfig config_;
    torch::nn::Module module_;
};

// Feature 0 is constant per sequence and says the class (4 classes) and death (class >= 2);
// feature 1 varies per step and OT = 10 * feature 1 + 20 in "degrees"; the rest is noise.
SequenceDataset patients(int64_t n, uint64_t seed, const std::string& name, bool shuffle_death = false) {
    torch::Generator g = test::seeded(seed);
    const torch::Tensor cls = torch::randint(0, 4, {n}, g, torch::kLong);
    torch::Tensor x = torch::randn({n, kSteps, kFeatures}, g) * 0.15;
    x.select(2, 0).add_((cls.to(torch::kFloat) - 1.5).unsqueeze(1));
    x.select(2, 1).copy_(torch::randn({n, kSteps}, g));
    torch::Tensor death = cls.ge(2).to(torch::kFloat);
    if (shuffle_death)
        death = death.index_select(0, torch::randperm(n, g, torch::kLong));
    SequenceDataset d;
    d.name = name;
    d.frames = x;
    d.static_labels.push_back({"icu_type", {"a", "b", "c", "d"}, cls});
    d.values.push_back({"in_hospital_death", death});
    d.values.push_back({"hours", torch::full({n}, static_cast<float>(kSteps))});
    torch::Tensor ot = x.select(2, 1) * 10 + 20;
    ot.narrow(1, 0, kWindow).fill_(NAN);  // a window of unknown readings is left out, not a target of 0
    d.values.push_back({"OT", ot});
    return d;
}

DownstreamOptions quickOptions() {
    DownstreamOptions o;
    o.runs = 2;
    o.epochs = 150;
    o.batch = 32;
    o.seed = 3;
    return o;
}

const DownstreamMetric& metricOf(const std::vector<DownstreamTaskResult>& results, const std::string& task,
                                 const std::string& metric) {
    for (const auto& r : results)
        if (r.task == task)
            for (const auto& m : r.metrics)
                if (m.name == metric)
                    return m;
    throw std::runtime_error("no " + task + "/" + metric);
}

TEST(SeriesDownstream, PredictorsLearnWhatTheCodesCarry) {
    TransparentEncoder model;
    const auto results = runDownstreamTasks(model, patients(300, 1, "p/train"), patients(120, 2, "p/test"), quickOptions());
    ASSERT_EQ(results.size(), 3u);
    for (double v : metricOf(results, "mortality", "auroc").runs) EXPECT_GT(v, 0.95);
    for (double v : metricOf(results, "mortality", "auprc").runs) EXPECT_GT(v, 0.9);
    for (double v : metricOf(results, "classification", "accuracy").runs) EXPECT_GT(v, 0.85);
    // Predicting the per-window mean of OT (std of a 3-step mean of 10 * N(0,1) ~ 5.8 degrees;
    // the best constant guess is ~4.6 away on average): the codes carry it exactly.
    for (double v : metricOf(results, "oil_temperature", "mae").runs) EXPECT_LT(v, 2.0);
    EXPECT_EQ(metricOf(results, "mortality", "auroc").runs.size(), 2u);
    EXPECT_EQ(results[2].classes, 4);
    EXPECT_EQ(results[2].target, "icu_type");
}

TEST(SeriesDownstream, TargetsTheCodesDoNotCarryStayAtChance) {
    TransparentEncoder model;
    DownstreamOptions o = quickOptions();
    o.runs = 1;
    const auto results =
        runDownstreamTasks(model, patients(300, 1, "p/train", true), patients(200, 2, "p/test", true), o);
    const double auroc = metricOf(results, "mortality", "auroc").runs[0];
    EXPECT_GT(auroc, 0.3);
    EXPECT_LT(auroc, 0.7);
}

TEST(SeriesDownstream, DeterministicUnderASeedAndReportedAsJson) {
    TransparentEncoder model;
    DownstreamOptions o = quickOptions();
    o.runs = 1;
    o.epochs = 5;
    const auto a = runDownstreamTasks(model, patients(100, 1, "p/train"), patients(50, 2, "p/test"), o);
    const auto b = runDownstreamTasks(model, patients(100, 1, "p/train"), patients(50, 2, "p/test"), o);
    for (size_t t = 0; t < a.size(); ++t)
        for (size_t m = 0; m < a[t].metrics.size(); ++m)
            EXPECT_EQ(a[t].metrics[m].runs, b[t].metrics[m].runs) << a[t].task;
    const nlohmann::json j = downstreamJson(a);
    EXPECT_EQ(j["tasks"][0]["task"], "mortality");
    EXPECT_TRUE(j["tasks"][0]["metrics"].contains("auprc"));
    EXPECT_FALSE(j["tasks"][1]["metrics"]["mae"]["higher_is_better"].get<bool>());
    EXPECT_DOUBLE_EQ(j["tasks"][2]["chance"].get<double>(), 0.25);
}

TEST(SeriesDownstream, AsksForTargetsAndASeriesModel) {
    TransparentEncoder model;
    SequenceDataset bare = patients(40, 1, "bare/train");
    bare.values.clear();
    bare.static_labels.clear();
    EXPECT_FALSE(hasDownstreamTargets(bare));
    EXPECT_THROW(runDownstreamTasks(model, bare, bare, quickOptions()), std::invalid_argument);
    DownstreamOptions o = quickOptions();
    o.classify_label = "ward";
    try {
        runDownstreamTasks(model, patients(40, 1, "p/train"), patients(20, 2, "p/test"), o);
        FAIL() << "an unknown label must be refused";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("no label 'ward'"), std::string::npos) << e.what();
    }
    std::unique_ptr<InferenceModel> video = makeInferenceModel(test::tinyModelConfig());
    EXPECT_THROW(runDownstreamTasks(*video, patients(40, 1, "p/train"), patients(20, 2, "p/test"), quickOptions()),
                 std::invalid_argument);
}

TEST(SeriesDownstream, RunsOnARealSeriesModel) {
    torch::manual_seed(4);
    ModelConfig config = test::tinySeriesConfig();
    config.features = kFeatures;
    std::unique_ptr<InferenceModel> model = makeInferenceModel(config);
    DownstreamOptions o = quickOptions();
    o.runs = 1;
    o.epochs = 3;
    const auto results = runDownstreamTasks(*model, patients(60, 1, "p/train"), patients(30, 2, "p/test"), o);
    ASSERT_EQ(results.size(), 3u);
    const double auroc = metricOf(results, "mortality", "auroc").runs[0];
    EXPECT_GE(auroc, 0.0);
    EXPECT_LE(auroc, 1.0);
    EXPECT_TRUE(std::isfinite(metricOf(results, "oil_temperature", "mae").runs[0]));
}

}  // namespace
}  // namespace dbse
