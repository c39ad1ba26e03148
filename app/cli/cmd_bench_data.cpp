// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse bench data`: building a dataset from its sources (into an empty cache folder), then
// reloading it from that cache, with the memory the build took (peak resident set before the
// reload; the reload's own peak is not reported, as memory freed by the build stays in the
// process — measure a cold reload with `/usr/bin/time -v dbse data info`). Prints one JSON line.

#include "app/cli/commands.h"
#include "core/data/dataset_spec.h"
#include "core/util/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <random>

namespace dbse::cli {
namespace {

struct BenchDataOptions {
    std::string dataset, on_error = "stop";
    int threads = 0;
};

int64_t framesBytes(const DatasetSplits& s) {
    return static_cast<int64_t>(s.train.frames.nbytes() + s.test.frames.nbytes()) +
           (s.train.missing.defined() ? static_cast<int64_t>(s.train.missing.nbytes() + s.test.missing.nbytes()) : 0);
}

int benchData(const BenchDataOptions& o) {
    configureRuntime(o.threads);
    namespace fs = std::filesystem;
    const fs::path cache = fs::temp_directory_path() / ("dbse-bench-data-" + std::to_string(std::random_device{}()));
    DatasetOptions options;
    options.on_error = parseOnError(o.on_error);
    options.cache_dir = cache.string();
    const DatasetSpec spec = parseDatasetSpec(o.dataset);
    const double rss_before = residentMiB();
    using Clock = std::chrono::steady_clock;
    nlohmann::json report = {{"bench", "data"}, {"dataset", o.dataset}};
    try {
        auto start = Clock::now();
        DatasetSplits built = loadDataset(spec, options);
        report["build_s"] = std::chrono::duration<double>(Clock::now() - start).count();
        report["peak_rss_build_mb"] = peakResidentMiB();
        report["frames_mb"] = static_cast<double>(framesBytes(built)) / (1024.0 * 1024.0);
        report["sequences"] = {{"train", built.train.size()}, {"test", built.test.size()}};
        report["skipped"] = built.skipped.size();
        report["cached"] = !built.cache_file.empty();
        built = {};
        start = Clock::now();
        DatasetSplits reloaded = loadDataset(spec, options);
        report["reload_s"] = std::chrono::duration<double>(Clock::now() - start).count();
    } catch (...) {
        fs::remove_all(cache);
        throw;
    }
    fs::remove_all(cache);
    report["rss_before_mb"] = rss_before;
    report["threads"] = runtimeInfo().threads;
    std::cout << report.dump() << std::endl;
    return 0;
}

}  // namespace

void addBenchDataCommand(CLI::App& bench, int& exit_code) {
    auto o = std::make_shared<BenchDataOptions>();
    CLI::App* data = bench.add_subcommand("data", "Build a dataset into an empty cache, then reload it (seconds, memory)");
    data->add_option("--dataset", o->dataset, "Dataset as KIND:PATH[?option=value&...]")->required();
    data->add_option("--on-error", o->on_error, "A bad source file: stop, or skip it")->capture_default_str();
    data->add_option("--threads", o->threads, "CPU threads (0: all cores)")->capture_default_str();
    data->callback([o, &exit_code] { exit_code = benchData(*o); });
}

}  // namespace dbse::cli
