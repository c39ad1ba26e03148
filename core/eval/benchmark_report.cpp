// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/benchmark_report.h"

#include "core/eval/paper_results.h"
#include "core/util/json_io.h"

#include <cstdio>
#include <set>
#include <sstream>

namespace dbse {
namespace {

using json = nlohmann::json;

json metric(const std::string& key, const std::string& label, double mean, double std, bool higher, bool percent) {
    return {{"key", key}, {"label", label}, {"mean", mean}, {"std", std}, {"higher_is_better", higher},
            {"percent", percent}};
}

// Tab. 2's six numbers from a {"static_features", "dynamic_features"} leakage object.
void addLeakage(json& out, const std::string& prefix, const json& leakage) {
    const bool generated = prefix == "generation";
    const std::pair<const char*, const char*> sides[] = {
        {"static_features", generated ? "s kept" : "read from s"},
        {"dynamic_features", generated ? "d kept" : "read from d"}};
    for (const auto& [side, what] : sides) {
        const json& g = leakage.at(side);
        if (g.is_null())
            continue;
        const bool keeps_static = std::string(side) == "static_features";
        const std::string key = prefix + "." + side, label = prefix + " (" + what + "): ";
        out.push_back(metric(key + ".static_accuracy", label + "static accuracy", g.at("static_accuracy"), 0,
                             keeps_static, true));
        out.push_back(metric(key + ".dynamic_accuracy", label + "dynamic accuracy", g.at("dynamic_accuracy"), 0,
                             !keeps_static, true));
        out.push_back(metric(key + ".gap", label + "leakage gap", g.at("gap"), 0, true, true));
    }
}


std::string formatValue(double value, bool percent) {
    char text[48];
    if (percent)
        std::snprintf(text, sizeof text, "%.2f%%", 100 * value);
    else
        std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

std::string formatDuration(double seconds) {
    char text[32];
    if (seconds < 120)
        std::snprintf(text, sizeof text, "%.1f s", seconds);
    else if (seconds < 7200)
        std::snprintf(text, sizeof text, "%.1f min", seconds / 60);
    else
        std::snprintf(text, sizeof text, "%.2f h", seconds / 3600);
    return text;
}

}  // namespace

std::string formatSummaryValue(const json& m) {
    const bool percent = m.at("percent").get<bool>();
    const double std = m.at("std").get<double>();
    std::string text = formatValue(m.at("mean").get<double>(), percent);
    if (std > 0)
        text += " ± " + formatValue(std, percent);
    return text;
}

const json* paperValue(const json& paper, const std::string& variant, const std::string& key) {
    for (const json& p : paper)
        if (p.at("variant") == variant && p.at("metric") == key)
            return &p;
    return nullptr;
}

std::string formatPaperValue(const json* p, bool percent) {
    if (!p)
        return "—";
    std::string text = formatValue(p->at("value").get<double>(), percent);
    if (p->contains("std") && !p->at("std").is_null() && p->at("std").get<double>() > 0)
        text += " ± " + formatValue(p->at("std").get<double>(), percent);
    return text;
}

json paperResultsJson(const std::string& benchmark) {
    json out = json::array();
    for (const PaperValue& p : paperResults(benchmark)) {
        out.push_back({{"variant", p.variant}, {"metric", p.metric}, {"value", p.value}, {"table", p.table},
                       {"note", p.note}});
        out.back()["std"] = p.std ? json(*p.std) : json();
    }
    return out;
}

std::string ablationCell(const json& variant, const json& column, const json& paper) {
    const std::string key = column.at("key").get<std::string>();
    std::string cell = "—";
    for (const json& m : variant.value("summary", json::array()))
        if (m.at("key") == key)
            cell = formatSummaryValue(m);
    if (const json* p = paperValue(paper, variant.at("name").get<std::string>(), key))
        cell += " (" + formatPaperValue(p, column.at("percent").get<bool>()) + ")";
    return cell;
}

bool isHeadlineMetric(const std::string& key) {
    static const std::set<std::string> keys{"generation.accuracy",
                                            "generation.static_features.gap",
                                            "generation.dynamic_features.gap",
                                            "latent.static_features.gap",
                                            "latent.dynamic_features.gap",
                                            "eer.static",
                                            "eer.dynamic",
                                            "eer.gap",
                                            "mortality.auprc",
                                            "mortality.auroc",
                                            "oil_temperature.mae",
                                            "classification.accuracy"};
    return keys.count(key) > 0;
}

namespace {

std::string arrow(const json& m) { return m.at("higher_is_better").get<bool>() ? " ↑" : " ↓"; }

void writeJudge(std::ostringstream& md, const json& judge) {
    md << "\n## Judge\n\n`" << judge.at("path").get<std::string>() << "` (" << judge.at("kind").get<std::string>()
       << ", " << judge.value("epochs", json(0)) << " epochs" << (judge.value("reused", false) ? ", reused" : "")
       << "). Test accuracy per head:";
    const json& heads = judge.value("heads", json::array());
    const json& accuracy = judge.at("test_accuracy");
    for (size_t i = 0; i < accuracy.size(); ++i)
        md << (i ? ", " : " ") << (i < heads.size() ? heads[i].get<std::string>() : "head " + std::to_string(i)) << " "
           << formatValue(accuracy[i].get<double>(), true);
    md << ".\n\n"
       << (judge.at("trusted").get<bool>()
               ? "Every head is at least 99% accurate: the judge is trusted.\n"
               : "**A head is below 99%: the judge is not trusted, so the generation numbers are indicative only.**\n");
}

}  // namespace

const json* motionHead(const json& heads) {
    for (const json& h : heads)
        if (h.at("kind") == "dynamic")
            return &h;
    return heads.empty() ? nullptr : &heads.front();
}

json summariseEvaluation(const json& e) {
    json out = json::array();
    if (e.contains("generation")) {
        const json& g = e.at("generation");
        if (const json* h = motionHead(g.at("fixed_dynamics"))) {
            const std::string name = h->at("label").get<std::string>();
            auto ms = [&](const char* field) { return h->at(field); };
            out.push_back(metric("generation.accuracy", "Acc (" + name + ", dynamics kept)", ms("accuracy").at("mean"),
                                 ms("accuracy").at("std"), true, true));
            out.push_back(metric("generation.inception_score", "IS", ms("inception_score").at("mean"),
                                 ms("inception_score").at("std"), true, false));
            out.push_back(metric("generation.conditional_entropy", "H(y|x)", ms("conditional_entropy").at("mean"),
                                 ms("conditional_entropy").at("std"), false, false));
            out.push_back(metric("generation.marginal_entropy", "H(y)", ms("marginal_entropy").at("mean"),
                                 ms("marginal_entropy").at("std"), true, false));
        }
        addLeakage(out, "generation", g.at("leakage"));
    }
    if (e.contains("latent"))
        addLeakage(out, "latent", e.at("latent").at("leakage"));
    if (e.contains("eer")) {
        const json& r = e.at("eer");
        out.push_back(metric("eer.static", "static EER", r.at("static").at("eer"), 0, false, true));
        out.push_back(metric("eer.dynamic", "dynamic EER", r.at("dynamic").at("eer"), 0, true, true));
        out.push_back(metric("eer.gap", "EER gap", r.at("gap"), 0, true, true));
    }
    if (e.contains("downstream"))
        for (const json& t : e.at("downstream").at("tasks"))
            for (const auto& [name, m] : t.at("metrics").items()) {
                const std::string task = t.at("task").get<std::string>();
                out.push_back(metric(task + "." + name, task + " " + name + " (" + t.at("target").get<std::string>() + ")",
                                     m.at("mean"), m.at("std"), m.at("higher_is_better"), name == "accuracy"));
            }
    return out;
}

std::string benchmarkMarkdown(const json& r) {
    std::ostringstream md;
    const json& variants = r.at("variants");
    const json& paper = r.value("paper", json::array());
    md << "# DBSE benchmark: " << r.at("benchmark").get<std::string>() << "\n\n"
       << "- Command: `" << r.at("command").get<std::string>() << "`\n"
       << "- Started " << r.at("started").get<std::string>() << ", wall time "
       << formatDuration(r.at("wall_seconds").get<double>()) << "\n";
    const json& v = r.at("versions");
    md << "- dbse " << v.at("dbse").get<std::string>() << ", LibTorch " << v.at("torch").get<std::string>()
       << ", BLAS " << v.value("blas", std::string("unknown")) << ", " << v.value("threads", json(0)) << " thread(s), device "
       << r.at("device").get<std::string>() << "\n"
       << "- Dataset `" << r.at("dataset").get<std::string>() << "`, preset `" << r.at("preset").get<std::string>()
       << "`, training seed " << r.at("seed") << ", evaluation seed "
       << r.value("eval_seed", json(1)) << ", protocols " << r.value("protocols", json::array()).dump() << "\n"
       << "- Epochs: " << r.at("epochs");
    if (jsonIntegerAt<int>(r, "paper_epochs") > 0)
        md << " (the paper's setting: " << r.at("paper_epochs") << ")";
    md << "\n";
    if (r.at("partial").get<bool>())
        md << "\n**Partial run: fewer epochs than the paper trained, so the numbers are not comparable with the "
              "paper's; they show where this run stands.**\n";

    if (!variants.empty()) {
        const json& main = variants.front();
        md << "\n## Results (" << main.at("name").get<std::string>() << ")\n\n"
           << "| Metric | Ours | Paper | Table |\n|---|---|---|---|\n";
        for (const json& m : main.at("summary")) {
            const std::string key = m.at("key").get<std::string>();
            const json* p = paperValue(paper, main.at("name").get<std::string>(), key);
            md << "| " << m.at("label").get<std::string>() << arrow(m) << " | " << formatSummaryValue(m) << " | "
               << formatPaperValue(p, m.at("percent").get<bool>()) << " | "
               << (p ? p->at("table").get<std::string>() + (p->at("note").get<std::string>().empty()
                                                                 ? ""
                                                                 : " (" + p->at("note").get<std::string>() + ")")
                     : "")
               << " |\n";
        }
        if (main.at("evaluation").contains("judge"))
            writeJudge(md, main.at("evaluation").at("judge"));
    }

    if (variants.size() > 1) {
        std::vector<json> columns;
        for (const json& m : variants.front().at("summary"))
            if (isHeadlineMetric(m.at("key").get<std::string>()))
                columns.push_back(m);
        md << "\n## Ablations (ours; the paper's in parentheses)\n\n| Variant | Epochs |";
        for (const json& c : columns) md << " " << c.at("label").get<std::string>() << arrow(c) << " |";
        md << "\n|---|---|";
        for (size_t i = 0; i < columns.size(); ++i) md << "---|";
        md << "\n";
        for (const json& variant : variants) {
            const std::string name = variant.at("name").get<std::string>();
            md << "| " << name << " (" << variant.at("description").get<std::string>() << ") | "
               << variant.at("epochs") << " |";
            for (const json& c : columns) md << " " << ablationCell(variant, c, paper) << " |";
            md << "\n";
        }
    }

    md << "\n## Runs\n\n| Variant | Run folder | Training | Evaluation |\n|---|---|---|---|\n";
    for (const json& variant : variants) {
        md << "| " << variant.at("name").get<std::string>() << " | `" << variant.at("run").get<std::string>() << "` | ";
        if (variant.contains("same_as"))
            md << "same configuration as " << variant.at("same_as").get<std::string>();
        else
            md << formatDuration(variant.at("train_seconds").get<double>())
               << (variant.value("reused", false) ? " (reused)" : "");
        md << " | " << formatDuration(variant.at("eval_seconds").get<double>()) << " |\n";
    }
    if (r.contains("notes") && !r.at("notes").empty()) {
        md << "\n## Notes\n\n";
        for (const json& n : r.at("notes")) md << "- " << n.get<std::string>() << "\n";
    }
    return md.str();
}

}  // namespace dbse
