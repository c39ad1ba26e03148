// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/run_folder.h"

#include "core/data/dataset_spec.h"
#include "core/util/atomic_file.h"
#include "core/util/json_io.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace dbse {
namespace fs = std::filesystem;

void to_json(nlohmann::json& j, const RunConfig& c) {
    j = {{"kind", "dbse-run"}, {"version", 1}, {"dataset", c.dataset}, {"ablation", c.ablation},
         {"on_error", c.on_error}, {"preset", c.preset}};
}

void from_json(const nlohmann::json& j, RunConfig& c) {
    JsonObjectReader r(j, "run");
    std::string kind;
    int version = 0;
    r.read("kind", kind);
    r.read("version", version);
    if (kind != "dbse-run")
        throw std::invalid_argument("run.kind: expected 'dbse-run'");
    if (version != 1)
        throw std::invalid_argument("run.version: " + std::to_string(version) + " is not supported (1)");
    r.read("dataset", c.dataset);
    r.read("ablation", c.ablation);
    r.read("on_error", c.on_error);  // absent in runs made before it existed: "stop"
    parseOnError(c.on_error);
    c.preset = r.at("preset").get<Preset>();
    r.finish();
}

RunFolder RunFolder::create(const std::string& dir, const RunConfig& config) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw std::runtime_error(dir + ": cannot create the run folder (" + ec.message() + ")");
    RunFolder run(dir, config);
    if (fs::exists(run.configPath()))
        throw std::runtime_error(dir + ": already holds a run; use --resume to continue it or choose another folder");
    writeJsonFileAtomically(run.configPath(), nlohmann::json(config));
    return run;
}

RunFolder RunFolder::open(const std::string& dir) {
    const std::string path = (fs::path(dir) / "config.json").string();
    if (!fs::exists(path))
        throw std::runtime_error(dir + ": not a run folder (no config.json)");
    try {
        return RunFolder(dir, readJsonFile(path).get<RunConfig>());
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

std::string RunFolder::configPath() const { return (fs::path(dir_) / "config.json").string(); }
std::string RunFolder::metricsPath() const { return (fs::path(dir_) / "metrics.jsonl").string(); }
std::string RunFolder::checkpointPath() const { return (fs::path(dir_) / "checkpoint.dbse").string(); }
bool RunFolder::hasCheckpoint() const { return fs::exists(checkpointPath()); }

void RunFolder::appendMetrics(const nlohmann::json& line) const {
    const std::string text = line.dump() + "\n";
    const int fd = ::open(metricsPath().c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        throw std::runtime_error(metricsPath() + ": cannot open for appending (" + std::strerror(errno) + ")");
    const ssize_t written = ::write(fd, text.data(), text.size());
    const int error = errno;
    ::fsync(fd);
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size()))
        throw std::runtime_error(metricsPath() + ": write failed (" + std::strerror(error) + ")");
}

std::vector<nlohmann::json> RunFolder::readMetrics() const {
    std::vector<nlohmann::json> lines;
    std::ifstream in(metricsPath());
    std::string line;
    while (std::getline(in, line)) {
        if (in.eof())  // no trailing newline: the write was cut short
            break;
        try {
            nlohmann::json parsed = nlohmann::json::parse(line);
            jsonIntegerAt<int>(parsed, "epoch");
            lines.push_back(std::move(parsed));
        } catch (const std::exception&) {
        }
    }
    return lines;
}

void RunFolder::truncateMetrics(int epochs) const {
    std::string kept;
    for (const auto& line : readMetrics())
        if (line.at("epoch").get<int>() <= epochs)
            kept += line.dump() + "\n";
    writeFileAtomically(metricsPath(), kept);
}

RunFolder withTrainSettings(const RunFolder& run, int epochs, int threads, const std::string& device) {
    RunConfig config = run.config();
    TrainConfig& t = config.preset.train;
    if (t.epochs == epochs && t.threads == threads && t.device == device)
        return run;
    t.epochs = epochs;
    t.threads = threads;
    t.device = device;
    validate(t);
    writeJsonFileAtomically(run.configPath(), nlohmann::json(config));
    return RunFolder::open(run.dir());
}

}  // namespace dbse
