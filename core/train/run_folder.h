// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A run folder holds everything a training run makes:
//   config.json        the RunConfig that reproduces the run
//   metrics.jsonl      one JSON object per completed epoch (losses split into their terms)
//   checkpoint.dbse    the latest checkpoint (atomically replaced)

#include "core/model/config.h"

#include <nlohmann/json.hpp>

#include <string>

namespace dbse {

struct RunConfig {
    std::string dataset = "builtin:shapes";  // DatasetSpec text
    std::string ablation = "none";           // already applied to preset.model/loss
    std::string on_error = "stop";           // OnError text: what loading the dataset does with a bad file
    Preset preset;
};
void to_json(nlohmann::json& j, const RunConfig& c);
void from_json(const nlohmann::json& j, RunConfig& c);

class RunFolder {
public:
    // Creates `dir` (and parents) and writes config.json. Throws std::runtime_error if `dir`
    // already holds a run (a config.json), so a run is never overwritten by accident.
    static RunFolder create(const std::string& dir, const RunConfig& config);
    // Opens an existing run; throws std::runtime_error naming the folder or file otherwise.
    static RunFolder open(const std::string& dir);

    const std::string& dir() const { return dir_; }
    const RunConfig& config() const { return config_; }
    std::string configPath() const;
    std::string metricsPath() const;
    std::string checkpointPath() const;
    bool hasCheckpoint() const;

    // Appends one line and flushes it to disk.
    void appendMetrics(const nlohmann::json& line) const;
    // All complete lines, each an object whose "epoch" is an int (a line cut short by a crash,
    // or damaged, is skipped).
    std::vector<nlohmann::json> readMetrics() const;
    // Keeps only lines with "epoch" <= epochs (atomically): used when resuming.
    void truncateMetrics(int epochs) const;

private:
    RunFolder(std::string dir, RunConfig config) : dir_(std::move(dir)), config_(std::move(config)) {}
    std::string dir_;
    RunConfig config_;
};

// The run with the epochs, threads and device of its config.json replaced, as resuming it to a
// new length or on other hardware needs: validated, written atomically (only when they differ),
// and reopened. Throws std::invalid_argument for values validate(TrainConfig) refuses.
RunFolder withTrainSettings(const RunFolder& run, int epochs, int threads, const std::string& device);

}  // namespace dbse
