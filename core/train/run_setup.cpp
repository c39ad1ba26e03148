// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/run_setup.h"

#include "core/train/run_loader.h"
#include "core/train/trainer.h"

#include <ctime>
#include <filesystem>
#include <string>
#include <utility>

namespace dbse {

void validateRunConfig(const RunConfig& config) {
    validate(config.preset.model);
    validate(config.preset.loss);
    validate(config.preset.train);
    parseOnError(config.on_error);
    parseDatasetSpec(config.dataset);
}

PreparedRun prepareNewRun(const std::string& dir, const RunConfig& config) {
    validateRunConfig(config);
    resolveDevice(config.preset.train.device);
    DatasetSplits data = loadRunDataset(config);
    return {RunFolder::create(dir, config), std::move(data)};
}

PreparedRun prepareResumedRun(const std::string& dir, std::optional<int> epochs, std::optional<int> threads,
                              std::optional<std::string> device) {
    RunFolder run = RunFolder::open(dir);
    const TrainConfig& t = run.config().preset.train;
    run = withTrainSettings(run, epochs.value_or(t.epochs), threads.value_or(t.threads), device.value_or(t.device));
    DatasetSplits data = loadRunDataset(run.config());
    return {std::move(run), std::move(data)};
}

std::string defaultRunDir(const std::string& parent, const std::string& preset) {
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    const std::string base = (parent.empty() ? std::string("runs") : parent) + "/" + preset + "-" + stamp;
    std::string dir = base;
    std::error_code error;
    for (int n = 2; std::filesystem::exists(dir, error); ++n)
        dir = base + "-" + std::to_string(n);
    return dir;
}

}  // namespace dbse
