// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/eval_report.h"

namespace dbse {
namespace {

nlohmann::json runsJson(const std::vector<double>& runs) {
    const MeanStd m = meanStd(runs);
    return {{"mean", m.mean}, {"std", m.std}, {"runs", runs}};
}

nlohmann::json headsJson(const std::vector<HeadScores>& heads) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& h : heads)
        out.push_back({{"label", h.label}, {"kind", h.is_static ? "static" : "dynamic"}, {"classes", h.classes},
                       {"chance", 1.0 / h.classes}, {"accuracy", toJson(h.accuracy)},
                       {"inception_score", toJson(h.inception_score)},
                       {"conditional_entropy", toJson(h.conditional_entropy)},
                       {"marginal_entropy", toJson(h.marginal_entropy)},
                       {"class_names", h.class_names}, {"confusion", h.confusion}});
    return out;
}

std::vector<LabelAccuracy> accuraciesOf(const std::vector<HeadScores>& heads) {
    std::vector<LabelAccuracy> out;
    for (const auto& h : heads) out.push_back({h.label, h.is_static, h.accuracy.mean});
    return out;
}

// The gap, or null when the labels do not include both a static and a dynamic one.
nlohmann::json gapJson(LeakageGap (*gap)(const std::vector<LabelAccuracy>&), const std::vector<LabelAccuracy>& a) {
    bool has_static = false, has_dynamic = false;
    for (const auto& l : a) (l.is_static ? has_static : has_dynamic) = true;
    return has_static && has_dynamic ? toJson(gap(a)) : nlohmann::json();
}

}  // namespace

nlohmann::json toJson(const MeanStd& value) { return {{"mean", value.mean}, {"std", value.std}}; }

nlohmann::json toJson(const LeakageGap& gap) {
    return {{"static_accuracy", gap.static_accuracy}, {"dynamic_accuracy", gap.dynamic_accuracy}, {"gap", gap.gap}};
}

nlohmann::json generationJson(const GenerationTestResult& result) {
    return {{"repeats", result.repeats},
            {"sequences", result.sequences},
            {"fixed_dynamics", headsJson(result.fixed_dynamics)},
            {"fixed_static", headsJson(result.fixed_static)},
            {"leakage",
             {{"static_features", gapJson(staticFeaturesGap, accuraciesOf(result.fixed_static))},
              {"dynamic_features", gapJson(dynamicFeaturesGap, accuraciesOf(result.fixed_dynamics))}}}};
}

nlohmann::json speakerVerificationJson(const SpeakerVerificationResult& r) {
    auto eer = [](const EqualErrorRate& e) {
        return nlohmann::json{{"eer", e.eer}, {"threshold", e.threshold}, {"fnr", e.fnr}, {"fpr", e.fpr}};
    };
    return {{"speaker_label", r.speaker_label}, {"utterances", r.utterances}, {"speakers", r.speakers},
            {"genuine_pairs", r.genuine_pairs},  {"impostor_pairs", r.impostor_pairs}, {"static", eer(r.static_eer)},
            {"dynamic", eer(r.dynamic_eer)},     {"gap", r.gap}};
}

nlohmann::json latentJson(const std::vector<LatentTestRow>& rows) {
    nlohmann::json labels = nlohmann::json::array();
    std::vector<LabelAccuracy> from_s, from_d;
    size_t repeats = 0;
    for (const auto& r : rows) {
        labels.push_back({{"label", r.label}, {"kind", r.static_label ? "static" : "dynamic"}, {"classes", r.classes},
                          {"chance", r.chance}, {"from_s", runsJson(r.from_s)}, {"from_d", runsJson(r.from_d)}});
        from_s.push_back({r.label, r.static_label, meanStd(r.from_s).mean});
        from_d.push_back({r.label, r.static_label, meanStd(r.from_d).mean});
        repeats = r.from_s.size();
    }
    return {{"repeats", repeats},
            {"labels", labels},
            {"leakage",
             {{"static_features", gapJson(staticFeaturesGap, from_s)},
              {"dynamic_features", gapJson(dynamicFeaturesGap, from_d)}}}};
}

nlohmann::json downstreamJson(const std::vector<DownstreamTaskResult>& tasks) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& t : tasks) {
        nlohmann::json metrics = nlohmann::json::object();
        for (const auto& m : t.metrics) {
            metrics[m.name] = runsJson(m.runs);
            metrics[m.name]["higher_is_better"] = m.higher_is_better;
        }
        out.push_back({{"task", t.task}, {"target", t.target}, {"epochs", t.epochs},
                       {"train_sequences", t.train_sequences}, {"test_sequences", t.test_sequences},
                       {"metrics", metrics}});
        if (t.classes > 0) {
            out.back()["classes"] = t.classes;
            out.back()["chance"] = 1.0 / t.classes;
        }
    }
    return {{"tasks", out}};
}

}  // namespace dbse
