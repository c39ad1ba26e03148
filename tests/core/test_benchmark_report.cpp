// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark plans and reports (core/eval/benchmark_plan, benchmark_report, paper_results):
// variants become the right configurations, evaluations become headline numbers, and the
// Markdown puts the paper's numbers beside ours.

#include "core/api/evaluation_report.h"
#include "core/eval/benchmark_plan.h"
#include "core/eval/benchmark_report.h"
#include "core/eval/paper_results.h"
#include "core/util/presets.h"

#include <gtest/gtest.h>

namespace dbse {
namespace {

using json = nlohmann::json;

RunConfig quickRun() {
    RunConfig c;
    c.dataset = "builtin:shapes";
    c.preset = loadPreset("quick");
    return c;
}

const json& summaryValue(const json& summary, const std::string& key) {
    for (const json& m : summary)
        if (m.at("key") == key)
            return m;
    throw std::runtime_error("no summary value " + key);
}

TEST(BenchmarkPlan, VariantsBecomeTheirConfigurations) {
    const RunConfig base = quickRun();
    ASSERT_TRUE(base.preset.model.subtract_anchor);
    const RunConfig both = variantConfig(base, "both", 1);
    EXPECT_FALSE(both.preset.model.subtract_anchor);
    EXPECT_FALSE(both.preset.loss.static_frame_loss);
    EXPECT_EQ(both.ablation, "both");
    EXPECT_EQ(variantConfig(base, "anchor-last", 1).preset.model.anchor.inferenceIndex(8), 7);
    EXPECT_EQ(variantConfig(base, "anchor-middle", 1).preset.model.anchor.inferenceIndex(8), 4);
    EXPECT_EQ(variantConfig(base, "anchor-per-batch", 1).preset.model.anchor.mode, AnchorMode::RandomPerBatch);
    const AnchorChoice random = variantConfig(base, "anchor-random", 5).preset.model.anchor;
    EXPECT_EQ(random.mode, AnchorMode::Fixed);
    EXPECT_LT(random.index, 8);
    EXPECT_EQ(variantConfig(base, "anchor-random", 5).preset.model.anchor.index, random.index) << "seeded";
    // Series anchors index windows: 672 steps in windows of 24 leave 28 choices.
    RunConfig series;
    series.preset = loadPreset("etth1");
    for (uint64_t seed = 1; seed < 20; ++seed)
        EXPECT_LT(variantConfig(series, "anchor-random", seed).preset.model.anchor.index, 28);
    EXPECT_THROW(variantConfig(base, "no-loss", 1), std::invalid_argument);
}

TEST(BenchmarkPlan, SameTrainingIgnoresLengthAndHardwareOnly) {
    const RunConfig base = quickRun();
    RunConfig longer = base;
    longer.preset.train.epochs = 99;
    longer.preset.train.threads = 1;
    longer.preset.train.device = "cuda";
    EXPECT_TRUE(sameTraining(base, longer));
    RunConfig reseeded = base;
    reseeded.preset.train.seed = 9;
    EXPECT_FALSE(sameTraining(base, reseeded));
    EXPECT_FALSE(sameTraining(base, variantConfig(base, "no-subtraction", 1)));
    // The published ETTh1 preset does not subtract: that ablation changes nothing there.
    RunConfig etth1;
    etth1.preset = loadPreset("etth1");
    EXPECT_TRUE(sameTraining(etth1, variantConfig(etth1, "no-subtraction", 1)));
    // Its anchor is window 14 of 28, the middle one: anchor-middle trains the same model.
    EXPECT_TRUE(sameTraining(etth1, variantConfig(etth1, "anchor-middle", 1)));
    EXPECT_FALSE(sameTraining(etth1, variantConfig(etth1, "anchor-last", 1)));
    EXPECT_FALSE(sameTraining(etth1, variantConfig(etth1, "anchor-per-batch", 1)));
}

TEST(BenchmarkPlan, VariantListsAreCheckedAndOrdered) {
    const auto v = parseVariants("anchor-last,both");
    ASSERT_EQ(v.size(), 3u);
    EXPECT_EQ(v[0].name, "dbse");
    EXPECT_EQ(v[1].name, "both");
    EXPECT_EQ(v[2].name, "anchor-last");
    EXPECT_EQ(parseVariants("all").size(), benchmarkVariants().size());
    EXPECT_EQ(parseVariants("dbse").size(), 1u);
    try {
        parseVariants("both,no-loss");
        FAIL() << "an unknown variant must be refused";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("'no-loss'"), std::string::npos) << e.what();
    }
    EXPECT_EQ(benchmarkSpec("etth1").preset, "etth1");
    EXPECT_THROW(benchmarkSpec("mug"), std::invalid_argument);
}

// An evaluation of the shape run_evaluation.h writes, with round numbers.
json evaluation() {
    auto ms = [](double m, double s) { return json{{"mean", m}, {"std", s}}; };
    auto head = [&](const char* label, const char* kind, double acc) {
        return json{{"label", label}, {"kind", kind}, {"accuracy", ms(acc, 0.01)}, {"inception_score", ms(8.5, 0.1)},
                    {"conditional_entropy", ms(0.02, 0)}, {"marginal_entropy", ms(2.19, 0)}};
    };
    const json gap = {{"static_accuracy", 0.9}, {"dynamic_accuracy", 0.2}, {"gap", 0.7}};
    return {{"generation",
             {{"fixed_dynamics", {head("skin", "static", 0.2), head("motion", "dynamic", 0.95)}},
              {"fixed_static", {head("skin", "static", 0.9), head("motion", "dynamic", 0.2)}},
              {"leakage", {{"static_features", gap}, {"dynamic_features", nullptr}}}}},
            {"eer", {{"static", {{"eer", 0.05}}}, {"dynamic", {{"eer", 0.3}}}, {"gap", 0.25}}},
            {"downstream",
             {{"tasks",
               {{{"task", "mortality"},
                 {"target", "in_hospital_death"},
                 {"metrics", {{"auroc", {{"mean", 0.8}, {"std", 0.01}, {"higher_is_better", true}}}}}}}}}},
            {"judge",
             {{"path", "/cache/j.pt"}, {"kind", "compact"}, {"trusted", false}, {"heads", {"skin", "motion"}},
              {"test_accuracy", {1.0, 0.95}}, {"epochs", 3}}}};
}

TEST(BenchmarkReport, SummaryTakesTheHeadlineNumbers) {
    const json s = summariseEvaluation(evaluation());
    EXPECT_DOUBLE_EQ(summaryValue(s, "generation.accuracy").at("mean").get<double>(), 0.95) << "the dynamic head";
    EXPECT_DOUBLE_EQ(summaryValue(s, "generation.inception_score").at("mean").get<double>(), 8.5);
    EXPECT_FALSE(summaryValue(s, "generation.conditional_entropy").at("higher_is_better").get<bool>());
    EXPECT_DOUBLE_EQ(summaryValue(s, "generation.static_features.gap").at("mean").get<double>(), 0.7);
    EXPECT_THROW(summaryValue(s, "generation.dynamic_features.gap"), std::runtime_error) << "null gap left out";
    EXPECT_DOUBLE_EQ(summaryValue(s, "eer.gap").at("mean").get<double>(), 0.25);
    EXPECT_DOUBLE_EQ(summaryValue(s, "mortality.auroc").at("std").get<double>(), 0.01);
}

TEST(BenchmarkReport, MarkdownSetsThePaperBesideOurs) {
    json variant = {{"name", "dbse"}, {"description", "the preset as is"}, {"run", "runs/dbse"}, {"epochs", 3},
                    {"train_seconds", 30.0}, {"eval_seconds", 5.0}, {"evaluation", evaluation()}};
    variant["summary"] = summariseEvaluation(variant["evaluation"]);
    json ablation = variant;
    ablation["name"] = "both";
    ablation["description"] = "without both";
    ablation.erase("train_seconds");
    ablation["same_as"] = "dbse";
    json paper = json::array();
    for (const PaperValue& p : paperResults("sprites"))
        paper.push_back({{"variant", p.variant}, {"metric", p.metric}, {"value", p.value}, {"std", *p.std},
                         {"table", p.table}, {"note", p.note}});
    const json report = {{"benchmark", "sprites"}, {"command", "dbse benchmark sprites --epochs 3"},
                         {"started", "today"}, {"wall_seconds", 300.0},
                         {"versions", {{"dbse", "0.1.0"}, {"torch", "1.13.0"}, {"blas", "openblas"}, {"threads", 2}}},
                         {"dataset", "sprites:x"}, {"preset", "quick"}, {"epochs", 3}, {"paper_epochs", 2000},
                         {"partial", true}, {"seed", 1}, {"device", "cpu"}, {"variants", {variant, ablation}},
                         {"paper", paper}, {"notes", {"The preset 'quick' is not the paper's setting."}}};
    const std::string md = benchmarkMarkdown(report);
    EXPECT_NE(md.find("| Acc (motion, dynamics kept) ↑ | 95.00% ± 1.00% | 100.00% | Tab. 1, 10 |"), std::string::npos)
        << md;
    EXPECT_NE(md.find("| IS ↑ | 8.5 ± 0.1 | 8.942 ± 7e-05 |"), std::string::npos) << md;
    EXPECT_NE(md.find("**Partial run"), std::string::npos);
    EXPECT_NE(md.find("the judge is not trusted"), std::string::npos);
    EXPECT_NE(md.find("| both (without both) | 3 |"), std::string::npos) << md;
    EXPECT_NE(md.find("same configuration as dbse"), std::string::npos);
    EXPECT_NE(md.find("- The preset 'quick' is not the paper's setting."), std::string::npos);
    EXPECT_TRUE(paperResults("builtin").empty());
}

// A benchmark report whose main variant's generation heads carry confusion matrices.
json benchmarkReport() {
    json e = evaluation();
    e["generation"]["fixed_dynamics"][1]["class_names"] = {"left", "right"};
    e["generation"]["fixed_dynamics"][1]["confusion"] = {{9, 1}, {2, 8}};
    json variant = {{"name", "dbse"}, {"description", "the preset as is"}, {"epochs", 3}, {"evaluation", e}};
    variant["summary"] = summariseEvaluation(e);
    json ablation = variant;
    ablation["name"] = "both";
    return {{"benchmark", "sprites"}, {"dataset", "sprites:x"}, {"partial", true}, {"wall_seconds", 300.0},
            {"variants", {variant, ablation}}, {"paper", paperResultsJson("sprites")}, {"notes", {"a note"}}};
}

TEST(ReportView, BenchmarkReportShowsOursBesideThePaperAblationsJudgeAndConfusion) {
    const api::ReportView v = api::reportViewOf(benchmarkReport().dump(), "report.json");
    EXPECT_TRUE(v.benchmark);
    EXPECT_TRUE(v.partial);
    EXPECT_EQ(v.paper_source, "sprites");
    ASSERT_FALSE(v.metrics.empty());
    EXPECT_EQ(v.metrics[0].key, "generation.accuracy");
    EXPECT_EQ(v.metrics[0].ours, "95.00% ± 1.00%");
    EXPECT_EQ(v.metrics[0].paper, "100.00%");
    EXPECT_EQ(v.metrics[0].table, "Tab. 1, 10");
    ASSERT_EQ(v.ablations.size(), 2u);
    EXPECT_EQ(v.ablations[1].variant, "both");
    EXPECT_EQ(v.ablations[1].cells.size(), v.ablation_columns.size());
    ASSERT_TRUE(v.judge.has_value());
    EXPECT_FALSE(v.judge->trusted);
    EXPECT_EQ(v.judge->test_accuracy, (std::vector<double>{1.0, 0.95}));
    ASSERT_EQ(v.confusions.size(), 1u) << "only the head that has a matrix";
    EXPECT_EQ(v.confusions[0].label, "motion");
    EXPECT_EQ(v.confusions[0].test, "fixed_dynamics");
    EXPECT_EQ(v.confusions[0].counts, (std::vector<std::vector<int64_t>>{{9, 1}, {2, 8}}));
}

TEST(ReportView, OneEvaluationTakesThePaperNumbersOfItsDatasetKind) {
    json e = evaluation();
    e["run"] = "/runs/a";
    e["dataset"] = "sprites:/data/lpc";
    e["seconds"] = 12.5;
    const api::ReportView v = api::reportViewOf(e.dump(), "evaluation.json");
    EXPECT_FALSE(v.benchmark);
    EXPECT_EQ(v.title, "/runs/a");
    EXPECT_EQ(v.paper_source, "sprites");
    EXPECT_EQ(v.metrics.at(0).paper, "100.00%");
    EXPECT_TRUE(v.ablations.empty());
    e["dataset"] = "builtin:shapes";
    const api::ReportView own = api::reportViewOf(e.dump(), "evaluation.json");
    EXPECT_EQ(own.paper_source, "");
    EXPECT_EQ(own.metrics.at(0).paper, "");
}

TEST(ReportView, BadReportsAreRefusedNamingTheFile) {
    auto message = [](const std::string& text) {
        try {
            api::reportViewOf(text, "/tmp/r.json");
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_EQ(message("{\"run\": ").rfind("/tmp/r.json: not valid JSON", 0), 0u);
    EXPECT_EQ(message("[1, 2]").rfind("/tmp/r.json: not an evaluation report", 0), 0u);
    EXPECT_EQ(message(R"({"run": 3, "dataset": "x:y"})").rfind("/tmp/r.json: not a readable evaluation report", 0), 0u);
    json bad = benchmarkReport();
    bad["variants"][0]["evaluation"]["generation"]["fixed_dynamics"][1]["confusion"] = {{1, 2, 3}};
    EXPECT_NE(message(bad.dump()).find("does not match its classes"), std::string::npos);
    EXPECT_THROW(api::readReportView("/nonexistent/report.json"), std::runtime_error);
}

}  // namespace
}  // namespace dbse
