// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse benchmark NAME`: train (or reuse, or resume) one run per variant under OUT/runs/,
// evaluate each with the benchmark's protocols, and write OUT/report.json and OUT/report.md
// (rewritten after every variant, so an interrupted benchmark keeps what it finished).
// Running it again with the same options continues where it stopped.

#include "app/cli/commands.h"
#include "app/cli/progress_printer.h"
#include "app/cli/stop_request.h"
#include "core/eval/benchmark_plan.h"
#include "core/eval/benchmark_report.h"
#include "core/eval/run_evaluation.h"
#include "core/train/run_loader.h"
#include "core/train/trainer.h"
#include "core/util/atomic_file.h"
#include "core/util/presets.h"
#include "core/util/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

namespace dbse::cli {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

struct BenchmarkOptions {
    std::string name, data, data_root, preset, out, variants = "all", device = "cpu", command_line;
    std::optional<int> epochs;
    std::optional<uint64_t> seed;  // training seed (default: the preset's); evaluation seed (default: 1)
    std::optional<int> judge_epochs;  // default: the benchmark's
    int threads = 0, repeats = 3, downstream_runs = 0, downstream_epochs = 0;
    uint64_t evalSeed() const { return seed.value_or(1); }
};

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string nowText() {
    char text[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %Z", std::localtime(&now));
    return text;
}

std::string dataRoot(const BenchmarkOptions& o) {
    if (!o.data_root.empty())
        return o.data_root;
    const char* env = std::getenv("DBSE_DATA_DIR");
    return env && *env ? env : "../shared/data";
}

std::string datasetText(const BenchmarkSpec& spec, const BenchmarkOptions& o) {
    if (!o.data.empty())
        return o.data;
    std::string text = spec.dataset;
    const auto at = text.find("{data}");
    if (at != std::string::npos)
        text.replace(at, 6, dataRoot(o));
    return text;
}

RunConfig baseConfig(const BenchmarkSpec& spec, const BenchmarkOptions& o) {
    RunConfig c;
    c.dataset = datasetText(spec, o);
    c.preset = loadPreset(o.preset.empty() ? spec.preset : o.preset);
    TrainConfig& t = c.preset.train;
    if (o.epochs) t.epochs = *o.epochs;
    if (o.seed) t.seed = *o.seed;
    t.threads = o.threads;
    t.device = o.device;
    validate(c.preset.model);
    validate(c.preset.loss);
    validate(t);
    resolveDevice(t.device);
    return c;
}

// The run of `config` in `dir`: created, or an earlier one continued to config's epochs.
// Throws when `dir` holds a run of a different configuration.
RunFolder openOrCreateRun(const std::string& dir, const RunConfig& config) {
    if (!fs::exists(fs::path(dir) / "config.json"))
        return RunFolder::create(dir, config);
    RunFolder run = RunFolder::open(dir);
    if (!sameTraining(run.config(), config))
        throw std::invalid_argument(dir + " holds a run of another configuration (dataset, preset or seed); "
                                          "use another --out or remove that folder");
    const TrainConfig& t = config.preset.train;
    return withTrainSettings(run, t.epochs, t.threads, t.device);
}

double trainingSeconds(const RunFolder& run) {
    double seconds = 0;
    for (const json& line : run.readMetrics()) seconds += line.value("seconds", 0.0);
    return seconds;
}

int epochsDone(const RunFolder& run) {
    int epochs = 0;
    for (const json& line : run.readMetrics()) epochs = std::max(epochs, line.at("epoch").get<int>());
    return epochs;
}

// Merges the protocols' reports into one evaluation object.
json evaluate(const RunFolder& run, const BenchmarkSpec& spec, const BenchmarkOptions& o) {
    RunEvaluationOptions options;
    options.repeats = o.repeats;
    options.seed = o.evalSeed();
    options.judge_epochs = o.judge_epochs.value_or(spec.judge_epochs);
    options.device = o.device;
    options.downstream_runs = o.downstream_runs;
    options.downstream_epochs = o.downstream_epochs;
    options.on_status = [](const std::string& line) { std::cerr << "  " << line << "\n"; };
    json merged = json::object();
    for (const std::string& protocol : spec.protocols) {
        options.protocol = protocol;
        const json report = evaluateRun(run, options);
        for (const auto& [key, value] : report.items())
            if (key != "seconds")
                merged[key] = value;
    }
    return merged;
}

void writeReport(const std::string& out, const json& report) {
    writeFileAtomically((fs::path(out) / "report.json").string(), report.dump(2) + "\n");
    writeFileAtomically((fs::path(out) / "report.md").string(), benchmarkMarkdown(report));
}

int runBenchmark(const BenchmarkOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    const BenchmarkSpec& spec = benchmarkSpec(o.name);
    const std::vector<BenchmarkVariant> variants = parseVariants(o.variants);
    const RunConfig base = baseConfig(spec, o);
    const std::string out = o.out.empty() ? "benchmarks/" + o.name : o.out;
    configureRuntime(o.threads);
    const RuntimeInfo info = runtimeInfo();
    const int paper_epochs = spec.paper_preset.empty() ? 0 : loadPreset(spec.paper_preset).train.epochs;

    std::cerr << "benchmark " << o.name << ": dataset " << base.dataset << ", preset " << base.preset.name << ", "
              << base.preset.train.epochs << " epochs, " << variants.size() << " variant(s), into " << out << "\n";
    const DatasetSplits data = loadRunDataset(base);
    fs::create_directories(fs::path(out) / "runs");

    json report = {{"benchmark", o.name},
                   {"command", o.command_line},
                   {"started", nowText()},
                   {"versions", {{"dbse", info.dbse_version}, {"torch", info.torch_version}, {"blas", info.blas},
                                 {"threads", info.threads}}},
                   {"dataset", base.dataset},
                   {"preset", base.preset.name},
                   {"epochs", base.preset.train.epochs},
                   {"paper_epochs", paper_epochs},
                   {"partial", paper_epochs > 0 && (base.preset.train.epochs < paper_epochs ||
                                                    base.preset.name != spec.paper_preset)},
                   {"seed", base.preset.train.seed},
                   {"eval_seed", o.evalSeed()},
                   {"device", o.device},
                   {"protocols", spec.protocols},
                   {"variants", json::array()},
                   {"paper", paperResultsJson(o.name)},
                   {"notes", json::array()}};
    if (!spec.paper_preset.empty() && base.preset.name != spec.paper_preset)
        report["notes"].push_back("The preset '" + base.preset.name + "' is not the paper's setting ('" +
                                  spec.paper_preset + "').");
    if (o.name == "builtin")
        report["notes"].push_back("builtin:shapes is this project's own data set; the paper has no numbers for it.");

    std::vector<std::pair<RunConfig, json>> done;  // trained configurations and their entries
    StopRequest stop;
    for (const BenchmarkVariant& variant : variants) {
        const RunConfig config = variantConfig(base, variant.name, base.preset.train.seed);
        json entry = {{"name", variant.name}, {"description", variant.description}};
        bool reused_entry = false;
        for (const auto& [earlier, earlier_entry] : done)
            if (sameTraining(earlier, config)) {
                entry = earlier_entry;
                entry["name"] = variant.name;
                entry["description"] = variant.description;
                entry["same_as"] = earlier_entry["name"];
                entry["eval_seconds"] = 0.0;
                reused_entry = true;
                std::cerr << variant.name << ": the same training as " << earlier_entry["name"].get<std::string>()
                          << " for this preset\n";
                break;
            }
        if (!reused_entry) {
            const std::string dir = (fs::path(out) / "runs" / variant.name).string();
            RunFolder run = openOrCreateRun(dir, config);
            const bool already_trained = epochsDone(run) >= config.preset.train.epochs;
            std::cerr << variant.name << " (" << variant.description << "): run " << dir << "\n";
            Trainer trainer(run, data);
            ProgressPrinter printer;
            TrainerCallbacks callbacks;
            callbacks.on_step = [&](const StepProgress& p) { printer.onStep(p); };
            callbacks.on_epoch = [&](const EpochSummary& s) { printer.onEpoch(s); };
            callbacks.cancel = stop.flag();
            const TrainResult result = trainer.run(callbacks);
            std::cerr << "\n" << result.message << "\n";
            if (result.outcome == TrainOutcome::Cancelled) {
                report["wall_seconds"] = secondsSince(start);
                writeReport(out, report);
                std::cerr << "stopped; the same command continues the benchmark\n";
                return 130;
            }
            if (result.outcome == TrainOutcome::Diverged)
                report["notes"].push_back(variant.name + ": training diverged (" + result.message +
                                          "); evaluated from its last good checkpoint.");
            const auto eval_start = std::chrono::steady_clock::now();
            entry["run"] = dir;
            entry["epochs"] = result.epochs_completed;
            entry["train_seconds"] = trainingSeconds(run);
            entry["reused"] = already_trained;
            entry["evaluation"] = evaluate(run, spec, o);
            entry["summary"] = summariseEvaluation(entry["evaluation"]);
            entry["eval_seconds"] = secondsSince(eval_start);
            done.emplace_back(config, entry);
        }
        report["variants"].push_back(entry);
        report["wall_seconds"] = secondsSince(start);
        writeReport(out, report);
    }
    std::cout << benchmarkMarkdown(report) << "\nwritten: " << (fs::path(out) / "report.md").string() << ", "
              << (fs::path(out) / "report.json").string() << "\n";
    return 0;
}

}  // namespace

void addBenchmarkCommand(CLI::App& app, int& exit_code, const std::string& command_line) {
    auto o = std::make_shared<BenchmarkOptions>();
    o->command_line = command_line;
    std::string names;
    for (const auto& n : benchmarkNames()) names += (names.empty() ? "" : "|") + n;
    CLI::App* cmd = app.add_subcommand("benchmark", "Reproduce a table of the paper: train the variants, evaluate, "
                                                    "write report.json and report.md");
    cmd->add_option("name", o->name, names)->required();
    cmd->add_option("--epochs", o->epochs, "Epochs per run (default: the preset's; fewer makes a partial report)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--preset", o->preset, "Preset name or .json file (default: the benchmark's)");
    cmd->add_option("--variants", o->variants,
                    "all, or a comma list of dbse, no-static-loss, no-subtraction, both, anchor-middle, anchor-last, "
                    "anchor-random, anchor-per-batch (dbse is always run)")
        ->capture_default_str();
    cmd->add_option("--data", o->data, "Dataset spec KIND:PATH (default: the benchmark's data under --data-root)");
    cmd->add_option("--data-root", o->data_root, "Folder of the public data sets (default: $DBSE_DATA_DIR, else "
                                                 "../shared/data)");
    cmd->add_option("--out", o->out, "Output folder: runs/ and the reports (default: benchmarks/NAME)");
    cmd->add_option("--repeats", o->repeats, "Repeats of the generation and latent tests")
        ->check(CLI::Range(1, 100))
        ->capture_default_str();
    cmd->add_option("--judge-epochs", o->judge_epochs,
                    "Epochs of the judge when one must be trained (default: the benchmark's: builtin 20, sprites 3)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--downstream-runs", o->downstream_runs, "Predictor runs of the time-series tasks (0: published)")
        ->capture_default_str();
    cmd->add_option("--downstream-epochs", o->downstream_epochs,
                    "Predictor epochs of the time-series tasks (0: published)")
        ->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed of training (default: the preset's) and of the evaluation (default: 1)");
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--threads", o->threads, "CPU threads (0: all cores)")->capture_default_str();
    cmd->callback([o, &exit_code] { exit_code = runBenchmark(*o); });
}

}  // namespace dbse::cli
