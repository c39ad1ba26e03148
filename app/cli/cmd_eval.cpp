// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse eval --run DIR --protocol generation|latent|eer|downstream|all`: the paper's protocols on the test
// split of a trained run (core/eval), as a table or JSON, optionally saved to a file.

#include "app/cli/commands.h"
#include "core/eval/benchmark_report.h"
#include "core/eval/run_evaluation.h"
#include "core/util/atomic_file.h"
#include "core/util/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace dbse::cli {
namespace {

struct EvalOptions {
    std::string run_dir, protocol = "all", device = "cpu", out, speaker_label, classify_label;
    int repeats = 3, batch = 128, threads = 0, judge_epochs = 5, downstream_runs = 0, downstream_epochs = 0;
    uint64_t seed = 1;
    bool json = false;
};

std::string percent(const nlohmann::json& mean_std) {
    char text[64];
    std::snprintf(text, sizeof text, "%6.2f%% ± %.2f", 100 * mean_std.at("mean").get<double>(),
                  100 * mean_std.at("std").get<double>());
    return text;
}

void printGaps(const nlohmann::json& leakage) {
    for (const char* side : {"static_features", "dynamic_features"}) {
        const nlohmann::json& g = leakage.at(side);
        if (g.is_null())
            continue;
        std::printf("  leakage gap (%s): static %.2f%%, dynamic %.2f%%, gap %.2f%%\n", side,
                    100 * g.at("static_accuracy").get<double>(), 100 * g.at("dynamic_accuracy").get<double>(),
                    100 * g.at("gap").get<double>());
    }
}

// The judge's confusion counts of a head (rows: the inputs' classes, columns: judged), when
// the report has them (reports written before they were added do not).
void printConfusion(const nlohmann::json& head) {
    if (!head.contains("confusion"))
        return;
    const auto& names = head.at("class_names");
    int width = 8;  // columns as wide as the longest class name, within reason
    for (const auto& n : names) width = std::max(width, std::min(16, int(n.get<std::string>().size())));
    std::printf("    confusion of %s (rows: true class, columns: judged class):\n      %-*s",
                head.at("label").get<std::string>().c_str(), width, "");
    for (const auto& n : names) std::printf(" %*.*s", width, width, n.get<std::string>().c_str());
    std::printf("\n");
    for (size_t r = 0; r < names.size(); ++r) {
        std::printf("      %-*.*s", width, width, names[r].get<std::string>().c_str());
        for (const auto& count : head.at("confusion").at(r)) std::printf(" %*lld", width, count.get<long long>());
        std::printf("\n");
    }
}

void printGeneration(const nlohmann::json& g) {
    std::printf("generation tests (repeats: %d, test sequences: %lld; judge accuracy, IS, H(y|x), H(y) per head)\n",
                g.at("repeats").get<int>(), g.at("sequences").get<long long>());
    for (const char* test : {"fixed_dynamics", "fixed_static"}) {
        std::printf("  %s:\n", test);
        for (const auto& h : g.at(test))
            std::printf("    %-12s %-8s acc %s  IS %.3f  H(y|x) %.3f  H(y) %.3f  (chance %.2f%%)\n",
                        h.at("label").get<std::string>().c_str(), h.at("kind").get<std::string>().c_str(),
                        percent(h.at("accuracy")).c_str(), h.at("inception_score").at("mean").get<double>(),
                        h.at("conditional_entropy").at("mean").get<double>(),
                        h.at("marginal_entropy").at("mean").get<double>(), 100 * h.at("chance").get<double>());
        if (const nlohmann::json* head = motionHead(g.at(test)))
            printConfusion(*head);
    }
    printGaps(g.at("leakage"));
}

void printLatent(const nlohmann::json& l) {
    std::printf("latent tests (repeats: %d; linear classifiers, 80/20 split of the test codes)\n",
                l.at("repeats").get<int>());
    for (const auto& r : l.at("labels"))
        std::printf("    %-12s %-8s from s %s  from d %s  (chance %.2f%%)\n", r.at("label").get<std::string>().c_str(),
                    r.at("kind").get<std::string>().c_str(), percent(r.at("from_s")).c_str(),
                    percent(r.at("from_d")).c_str(), 100 * r.at("chance").get<double>());
    printGaps(l.at("leakage"));
}

void printDownstream(const nlohmann::json& d) {
    std::printf("downstream tasks (predictors on sampled codes of the train split, scored on the test split)\n");
    for (const auto& t : d.at("tasks")) {
        std::printf("  %-16s target %-18s (%d epochs)", t.at("task").get<std::string>().c_str(),
                    t.at("target").get<std::string>().c_str(), t.at("epochs").get<int>());
        for (const auto& [name, m] : t.at("metrics").items())
            if (name == "accuracy")
                std::printf("  accuracy %s", percent(m).c_str());
            else
                std::printf("  %s %.4f ± %.4f", name.c_str(), m.at("mean").get<double>(), m.at("std").get<double>());
        if (t.contains("chance"))
            std::printf("  (chance %.2f%%)", 100 * t.at("chance").get<double>());
        std::printf("\n");
    }
}

int runEval(const EvalOptions& o) {
    configureRuntime(o.threads);
    RunEvaluationOptions options;
    options.protocol = o.protocol;
    options.repeats = o.repeats;
    options.batch = o.batch;
    options.seed = o.seed;
    options.judge_epochs = o.judge_epochs;
    options.device = o.device;
    options.speaker_label = o.speaker_label;
    options.classify_label = o.classify_label;
    options.downstream_runs = o.downstream_runs;
    options.downstream_epochs = o.downstream_epochs;
    options.on_status = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
    const nlohmann::json report = evaluateRun(RunFolder::open(o.run_dir), options);
    if (!o.out.empty())
        writeFileAtomically(o.out, report.dump(2) + "\n");
    if (o.json) {
        std::cout << report.dump(2) << "\n";
        return 0;
    }
    std::printf("evaluation of %s on %s\n", o.run_dir.c_str(), report.at("split").get<std::string>().c_str());
    if (report.contains("latent"))
        printLatent(report.at("latent"));
    if (report.contains("eer")) {
        const auto& e = report.at("eer");
        std::printf("speaker verification (%lld utterances of %lld speakers by '%s'; %lld same / %lld different pairs)\n"
                    "  static EER %.2f%%, dynamic EER %.2f%%, gap %.2f%%\n",
                    e["utterances"].get<long long>(), e["speakers"].get<long long>(),
                    e["speaker_label"].get<std::string>().c_str(), e["genuine_pairs"].get<long long>(),
                    e["impostor_pairs"].get<long long>(), 100 * e["static"]["eer"].get<double>(),
                    100 * e["dynamic"]["eer"].get<double>(), 100 * e["gap"].get<double>());
    }
    if (report.contains("downstream"))
        printDownstream(report.at("downstream"));
    if (report.contains("generation")) {
        printGeneration(report.at("generation"));
        const auto& judge = report.at("judge");
        std::printf("judge: %s (%s)%s\n", judge["path"].get<std::string>().c_str(),
                    judge["kind"].get<std::string>().c_str(),
                    judge["trusted"].get<bool>() ? ""
                                                 : "; NOT trusted: a head is below 99% test accuracy, so the "
                                                   "generation numbers are indicative only");
    }
    std::printf("%.1f s\n", report.at("seconds").get<double>());
    return 0;
}

}  // namespace

void addEvalCommand(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<EvalOptions>();
    CLI::App* cmd = app.add_subcommand("eval", "Evaluate a run with the paper's protocols on its test split");
    cmd->add_option("--run", o->run_dir, "Run folder")->required();
    cmd->add_option("--protocol", o->protocol, "generation (judge-scored samples), latent (classifiers on s and d), "
                                               "eer (speaker verification), downstream (time-series tasks) or all (what fits the "
                                               "run's modality)")->capture_default_str();
    cmd->add_option("--repeats", o->repeats, "Repeats (mean ± std)")->check(CLI::Range(1, 100))->capture_default_str();
    cmd->add_option("--batch", o->batch, "Batch size of the generation tests")->check(CLI::PositiveNumber)->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed of repeat 1 (repeat r uses seed + r - 1)")->capture_default_str();
    cmd->add_option("--judge-epochs", o->judge_epochs, "Epochs of the judge when one must be trained")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--speaker-label", o->speaker_label, "eer: the static label naming the speaker (default: the first)");
    cmd->add_option("--classify-label", o->classify_label,
                    "downstream: the static label to classify (default: icu_type, else month)");
    cmd->add_option("--downstream-runs", o->downstream_runs, "downstream: predictor runs (0: the published 3, or 2 "
                                                             "for classification)")->capture_default_str();
    cmd->add_option("--downstream-epochs", o->downstream_epochs,
                    "downstream: predictor epochs (0: the published 41, 301 for ETTh1)")->capture_default_str();
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--threads", o->threads, "CPU threads (0: all cores)")->capture_default_str();
    cmd->add_option("--out", o->out, "Also write the JSON report to this file (atomically)");
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([o, &exit_code] { exit_code = runEval(*o); });
}

}  // namespace dbse::cli
