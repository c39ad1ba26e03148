// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse info [--preset NAME|FILE | --run DIR] [--json]`: the build and machine, one preset's
// model, or a run's progress and checkpoint.

#include "app/cli/commands.h"
#include "core/data/builtin_datasets.h"
#include "core/data/dataset_spec.h"
#include "core/train/checkpoint.h"
#include "core/train/run_folder.h"
#include "core/train/trainable_model.h"
#include "core/util/presets.h"
#include "core/util/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace dbse::cli {
namespace {

struct InfoOptions {
    std::string preset, run;
    bool json = false;
};

void printRuntime(bool json) {
    configureRuntime(0);
    const RuntimeInfo info = runtimeInfo();
    nlohmann::json builtin = nlohmann::json::array();
    for (const auto& b : builtinDatasets())
        builtin.push_back("builtin:" + b.name);
    nlohmann::json kinds = nlohmann::json::array();
    for (const auto& kind : datasetKinds())
        kinds.push_back({{"kind", kind.name}, {"usage", kind.usage}, {"description", kind.description}});
    if (json) {
        std::cout << nlohmann::json{{"dbse_version", info.dbse_version}, {"torch_version", info.torch_version},
                                    {"threads", info.threads}, {"cores", info.cores}, {"blas", info.blas}, {"blas_kernels", info.blas_kernels}, {"malloc", info.malloc},
                                    {"cuda_available", info.cuda_available}, {"cuda_devices", info.cuda_devices},
                                    {"presets", presetNames()}, {"builtin_datasets", builtin},
                                    {"dataset_kinds", kinds}}
                         .dump(2)
                  << "\n";
        return;
    }
    std::cout << "dbse " << info.dbse_version << " (LibTorch " << info.torch_version << ")\n"
              << "threads:  " << info.threads << " of " << info.cores << " cores\n"
              << "BLAS:     " << (info.blas.empty() ? "not loaded" : info.blas)
              << (info.blas_kernels.empty() ? "" : " (" + info.blas_kernels + " kernels)") << "\n"
              << "malloc:   " << info.malloc << "\n"
              << "CUDA:     " << (info.cuda_available ? std::to_string(info.cuda_devices.size()) + " device(s)" : "no")
              << "\n"
              << "presets:  ";
    for (const auto& p : presetNames())
        std::cout << p << " ";
    std::cout << "\ndatasets: ";
    for (const auto& b : builtin)
        std::cout << b.get<std::string>() << " ";
    std::cout << "\ndataset kinds (--dataset KIND:PATH):\n";
    for (const auto& kind : datasetKinds())
        std::cout << "  " << kind.usage << std::string(kind.usage.size() < 22 ? 22 - kind.usage.size() : 1, ' ')
                  << kind.description << "\n";
}

void printPreset(const std::string& name, bool json) {
    const Preset preset = loadPreset(name);
    int64_t parameters = 0;
    for (const auto& p : makeTrainableModel(preset)->network()->parameters())
        parameters += p.numel();
    if (json) {
        nlohmann::json j = preset;
        j["parameters"] = parameters;
        std::cout << j.dump(2) << "\n";
        return;
    }
    const ModelConfig& m = preset.model;
    std::cout << "preset " << preset.name << ": " << preset.description << "\n"
              << "parameters: " << parameters << "\n";
    if (m.modality == "series") {
        std::cout << "series of " << m.frames << " steps x " << m.features << " features in windows of " << m.window
                  << ", s " << m.f_dim << ", d " << m.z_dim << ", hidden " << m.rnn_size << "\n";
        return;
    }
    std::cout << "frames " << m.frames << ", "
              << (m.modality == "video" ? std::to_string(m.channels) + "x" + std::to_string(m.image_size) + "x" +
                                              std::to_string(m.image_size)
                                        : std::to_string(m.features) + " features")
              << ", g " << m.g_dim << ", s " << m.f_dim << ", d " << m.z_dim << ", hidden " << m.rnn_size << "\n";
}

// A run folder: its config, epochs done and its checkpoint (verified, loaded, and digested).
void printRun(const std::string& dir, bool json) {
    const RunFolder run = RunFolder::open(dir);
    nlohmann::json j = {{"run", run.dir()}, {"preset", run.config().preset.name}, {"dataset", run.config().dataset},
                        {"epochs_planned", run.config().preset.train.epochs},
                        {"epochs_done", run.readMetrics().size()}};
    if (run.hasCheckpoint()) {
        const Preset& preset = run.config().preset;
        std::unique_ptr<TrainableModel> model = makeTrainableModel(preset);
        const CheckpointHeader h = loadCheckpoint(run.checkpointPath(), *model->network(), nullptr, false);
        char digest[9];
        std::snprintf(digest, sizeof digest, "%08x", parameterDigest(*model->network()));
        j["checkpoint"] = {{"file", run.checkpointPath()}, {"format_version", h.format_version}, {"epoch", h.epoch},
                           {"batch", h.batch}, {"global_step", h.global_step}, {"torch_version", h.torch_version},
                           {"parameters_crc32", digest}};
    } else {
        j["checkpoint"] = nullptr;
    }
    if (json) {
        std::cout << j.dump(2) << "\n";
        return;
    }
    std::cout << "run " << run.dir() << ": preset " << j["preset"].get<std::string>() << ", dataset "
              << j["dataset"].get<std::string>() << ", " << j["epochs_done"] << " of " << j["epochs_planned"]
              << " epochs\n";
    if (j["checkpoint"].is_null()) {
        std::cout << "no checkpoint yet\n";
        return;
    }
    const auto& c = j["checkpoint"];
    std::cout << "checkpoint: epoch " << c["epoch"] << ", batch " << c["batch"] << ", step " << c["global_step"]
              << ", format " << c["format_version"] << ", parameters crc32 " << c["parameters_crc32"].get<std::string>()
              << "\n";
}

}  // namespace

void addInfoCommand(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<InfoOptions>();
    CLI::App* cmd = app.add_subcommand("info", "Show the build, the machine, or a preset's model and parameter count");
    cmd->add_option("--preset", options->preset, "Preset name or preset .json file");
    cmd->add_option("--run", options->run, "Run folder: its progress and its checkpoint (verified and loaded)");
    cmd->add_flag("--json", options->json, "Print JSON");
    cmd->callback([options, &exit_code] {
        if (!options->run.empty())
            printRun(options->run, options->json);
        else if (options->preset.empty())
            printRuntime(options->json);
        else
            printPreset(options->preset, options->json);
        exit_code = 0;
    });
}

}  // namespace dbse::cli
