// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse judge --dataset KIND:PATH`: trains (or reuses) the judge classifier of a labelled
// dataset and prints its per-head test accuracy, size, time and file.

#include "app/cli/commands.h"
#include "core/eval/judge.h"
#include "core/train/trainer.h"
#include "core/util/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

namespace dbse::cli {
namespace {

struct JudgeCommandOptions {
    std::string dataset;
    std::string on_error = "stop";
    std::string device = "cpu";
    int threads = 0;
    bool retrain = false;
    bool json = false;
    JudgeTrainOptions train;
};

int runJudge(JudgeCommandOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    configureRuntime(o.threads);
    const torch::Device device = resolveDevice(o.device);
    DatasetOptions options;
    options.on_error = parseOnError(o.on_error);
    const DatasetSplits splits = loadDataset(parseDatasetSpec(o.dataset), options);
    o.train.on_epoch = [](int epoch, int epochs, double loss) {
        std::fprintf(stderr, "judge epoch %d/%d: loss %.4f\n", epoch, epochs, loss);
    };
    const ObtainedJudge obtained = obtainJudge(splits, o.dataset, options, o.train, device, o.retrain);
    const JudgeReport& r = obtained.judge.report();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (o.json) {
        nlohmann::json out = toJson(r);
        out["path"] = obtained.path;
        out["reused"] = obtained.reused;
        out["seconds"] = seconds;
        out["skipped"] = splits.skipped;
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    std::printf("judge of %s (%s, %lld parameters, %d epochs, seed %llu)\n", o.dataset.c_str(), r.architecture.kind.c_str(),
                static_cast<long long>(r.parameters), r.epochs, static_cast<unsigned long long>(r.seed));
    std::printf("%-14s %-8s %8s %14s\n", "head", "kind", "classes", "test accuracy");
    for (size_t h = 0; h < r.architecture.heads.size(); ++h) {
        const JudgeHead& head = r.architecture.heads[h];
        std::printf("%-14s %-8s %8zu %13.2f%%\n", head.name.c_str(), head.is_static ? "static" : "dynamic",
                    head.classes.size(), h < r.test_accuracy.size() ? 100 * r.test_accuracy[h] : 0.0);
    }
    std::printf("trusted (every head >= %.0f%%): %s\n", 100 * kTrustedJudgeAccuracy, r.trusted() ? "yes" : "no");
    std::printf("%s %s (trained in %.1f s; this command %.1f s)\n", obtained.reused ? "reused" : "saved",
                obtained.path.c_str(), r.train_seconds, seconds);
    return 0;
}

}  // namespace

void addJudgeCommand(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<JudgeCommandOptions>();
    CLI::App* cmd = app.add_subcommand("judge", "Train (or reuse) the judge classifier of a labelled dataset");
    cmd->add_option("--dataset", o->dataset, "Dataset as KIND:PATH[?option=value&...]")->required();
    cmd->add_option("--on-error", o->on_error, "A bad source file in the dataset: stop, or skip it")->capture_default_str();
    cmd->add_option("--epochs", o->train.epochs, "Training epochs")->check(CLI::PositiveNumber)->capture_default_str();
    cmd->add_option("--batch", o->train.batch_size, "Batch size")->check(CLI::PositiveNumber)->capture_default_str();
    cmd->add_option("--lr", o->train.learning_rate, "Adam learning rate")->check(CLI::PositiveNumber)->capture_default_str();
    cmd->add_option("--seed", o->train.seed, "Seed of the initial weights and the batch order")->capture_default_str();
    cmd->add_option("--architecture", o->train.architecture,
                    "compact (video default), sprites (the published 5.3M-parameter judge) or series");
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--threads", o->threads, "CPU threads (default: all cores)")->check(CLI::NonNegativeNumber);
    cmd->add_flag("--retrain", o->retrain, "Train again even when a saved judge exists");
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([o, &exit_code] { exit_code = runJudge(*o); });
}

}  // namespace dbse::cli
