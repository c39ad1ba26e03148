// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse train`: start or resume a run. SIGINT/SIGTERM stop it after the current step with a
// checkpoint saved; `--resume` continues it bit-for-bit.

#include "app/cli/commands.h"
#include "app/cli/progress_printer.h"
#include "app/cli/stop_request.h"
#include "core/data/dataset_spec.h"
#include "core/train/data_parallel.h"
#include "core/train/run_setup.h"
#include "core/train/trainer.h"
#include "core/util/presets.h"
#include "core/util/runtime.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <optional>
#include <utility>

namespace dbse::cli {
namespace {

struct TrainOptions {
    std::string dataset = "builtin:shapes";
    std::string preset = "quick";
    std::string on_error = "stop";
    std::string run_dir;
    bool resume = false;
    std::optional<int> epochs, batch, threads;
    std::optional<uint64_t> seed;
    std::optional<double> lr;
    std::optional<std::string> device, ablation, anchor, posterior, activations, precision;
};

// Sources left out under --on-error skip, so the user knows what the dataset lacks.
void printSkipped(const DatasetSplits& data) {
    for (const auto& problem : data.skipped)
        std::cerr << "skipped " << problem << "\n";
    if (!data.skipped.empty())
        std::cerr << data.skipped.size() << " source(s) skipped (--on-error skip)\n";
}

// Options that change the math of an existing run cannot be given with --resume.
void refuseChangesOnResume(const TrainOptions& o) {
    const std::pair<bool, const char*> changes[] = {
        {o.batch.has_value(), "--batch"}, {o.seed.has_value(), "--seed"}, {o.lr.has_value(), "--lr"},
        {o.ablation.has_value(), "--ablation"}, {o.anchor.has_value(), "--anchor"},
        {o.posterior.has_value(), "--posterior"}};
    for (const auto& [given, name] : changes)
        if (given)
            throw std::invalid_argument(std::string(name) + " cannot change a run being resumed; its config.json is used");
    if (o.activations || o.precision)
        throw std::invalid_argument(std::string(o.activations ? "--activations" : "--precision") +
                                    " applies to new runs; a resumed run keeps the settings of its config.json");
}

// Opens the run being resumed or creates a new one, with its dataset. A new run's folder is made
// only after the dataset has loaded, so a dataset that fails leaves no empty folder behind.
PreparedRun prepareRun(TrainOptions& o) {
    if (o.resume) {
        if (o.run_dir.empty())
            throw std::invalid_argument("--resume needs --run DIR");
        refuseChangesOnResume(o);
        return prepareResumedRun(o.run_dir, o.epochs, o.threads, o.device);
    }
    RunConfig config;
    config.dataset = o.dataset;
    config.on_error = toString(parseOnError(o.on_error));
    config.preset = loadPreset(o.preset);
    TrainConfig& t = config.preset.train;
    if (o.epochs) t.epochs = *o.epochs;
    if (o.batch) t.batch = *o.batch;
    if (o.seed) t.seed = *o.seed;
    if (o.threads) t.threads = *o.threads;
    if (o.lr) t.lr = *o.lr;
    if (o.device) t.device = *o.device;
    if (o.activations) t.activations = parseActivationMemory(*o.activations);
    if (o.precision) t.precision = parsePrecision(*o.precision);
    if (o.anchor) config.preset.model.anchor = parseAnchor(*o.anchor);
    if (o.posterior) {
        if (*o.posterior != "bidirectional" && *o.posterior != "causal")
            throw std::invalid_argument("--posterior: '" + *o.posterior + "' is not one of bidirectional, causal");
        config.preset.model.posterior = *o.posterior == "causal" ? PosteriorKind::Causal : PosteriorKind::Bidirectional;
    }
    if (o.ablation) {
        config.ablation = toString(parseAblation(*o.ablation));
        applyAblation(parseAblation(*o.ablation), config.preset.model, config.preset.loss);
    }
    return prepareNewRun(o.run_dir.empty() ? defaultRunDir("runs", config.preset.name) : o.run_dir, config);
}

// A data-parallel job (torchrun-style environment): rank 0 makes or opens the run as a single
// process would; the other ranks open it once rank 0 has, changing nothing in it.
PreparedRun prepareRunOfJob(TrainOptions& options, DataParallel& group) {
    if (options.run_dir.empty())
        throw std::invalid_argument("distributed training needs --run DIR (a folder every process can reach)");
    std::optional<PreparedRun> prepared;
    std::string error;
    if (group.isMain()) {
        try {
            prepared = prepareRun(options);
        } catch (const std::exception& e) {
            error = e.what();
        }
    }
    const bool failed = group.sum({error.empty() ? 0.0 : 1.0})[0] > 0;
    if (failed)
        throw std::runtime_error(group.isMain() ? error : "rank 0 could not prepare the run (see its message)");
    if (!group.isMain())
        prepared = prepareResumedRun(options.run_dir);
    return std::move(*prepared);
}

int train(TrainOptions& options) {
    const std::optional<ProcessGroupEnv> job = processGroupFromEnvironment();
    std::shared_ptr<DataParallel> group;
    if (job)
        group = std::make_shared<DataParallel>(*job);
    const bool speaks = !group || group->isMain();
    PreparedRun prepared = group ? prepareRunOfJob(options, *group) : prepareRun(options);
    const RunFolder& run = prepared.run;
    const RunConfig& config = run.config();
    configureRuntime(config.preset.train.threads);
    if (speaks) {
        std::cerr << "run " << run.dir() << ": preset " << config.preset.name << ", dataset " << config.dataset
                  << (run.hasCheckpoint() ? " (resuming)" : "");
        if (group)
            std::cerr << ", " << group->worldSize() << " processes of batch " << config.preset.train.batch;
        std::cerr << "\n";
        printSkipped(prepared.data);
    }
    Trainer trainer(run, std::move(prepared.data));
    trainer.setDataParallel(group);

    ProgressPrinter printer;
    TrainerCallbacks callbacks;
    if (speaks) {
        callbacks.on_step = [&](const StepProgress& p) { printer.onStep(p); };
        callbacks.on_epoch = [&](const EpochSummary& s) { printer.onEpoch(s); };
    }
    TrainResult result;
    {
        StopRequest stop;
        callbacks.cancel = stop.flag();
        result = trainer.run(callbacks);
    }
    if (speaks)
        std::cerr << "\n" << result.message << "\n";
    switch (result.outcome) {
    case TrainOutcome::Finished: return 0;
    case TrainOutcome::Cancelled: return 130;
    case TrainOutcome::Diverged: return 3;
    }
    return 1;
}

}  // namespace

void addTrainCommand(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<TrainOptions>();
    CLI::App* cmd = app.add_subcommand("train", "Train a DBSE model (or resume a run)");
    cmd->add_option("--dataset", o->dataset, "Dataset as KIND:PATH[?option=value&...] (dbse info lists the kinds)")
        ->capture_default_str();
    cmd->add_option("--on-error", o->on_error, "A bad source file in the dataset: stop, or skip it and carry on")
        ->capture_default_str();
    cmd->add_option("--preset", o->preset, "Preset name or preset .json file")->capture_default_str();
    cmd->add_option("--run", o->run_dir, "Run folder (default: runs/<preset>-<time>)");
    cmd->add_flag("--resume", o->resume, "Continue the run in --run from its checkpoint");
    cmd->add_option("--epochs", o->epochs, "Number of epochs")->check(CLI::PositiveNumber);
    cmd->add_option("--batch", o->batch, "Batch size")->check(CLI::PositiveNumber);
    cmd->add_option("--seed", o->seed, "Random seed");
    cmd->add_option("--threads", o->threads, "CPU threads (default: all cores)")->check(CLI::NonNegativeNumber);
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N");
    cmd->add_option("--lr", o->lr, "Learning rate")->check(CLI::PositiveNumber);
    cmd->add_option("--activations", o->activations,
                    "Encoder/decoder activations in training: keep, recompute (less memory, ~1/3 more "
                    "arithmetic) or auto (recompute above 1 GiB)");
    cmd->add_option("--precision", o->precision,
                    "fp32, or bf16: autocast the forward pass to bfloat16 (for GPUs with bfloat16 units)");
    cmd->add_option("--ablation", o->ablation, "none, no-subtraction, no-static-loss or both");
    cmd->add_option("--anchor", o->anchor, "Static element: first, middle, last, random (per batch) or an index");
    cmd->add_option("--posterior", o->posterior, "Dynamic posterior: bidirectional (published) or causal");
    cmd->callback([o, &exit_code] { exit_code = train(*o); });
}

}  // namespace dbse::cli
