// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse bench train`: training throughput of a preset on synthetic uint8 data, with the SGEMM
// peak of the same machine measured in the same run. Prints one JSON line.

#include "app/cli/commands.h"
#include "core/model/loss.h"
#include "core/train/trainable_model.h"
#include "core/train/trainer.h"
#include "core/util/presets.h"
#include "core/util/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>

namespace dbse::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchOptions {
    std::string preset = "sprites", device = "cpu", activations = "auto", precision = "fp32";
    int batch = 32, steps = 5, threads = 0, warmup = 2, repeats = 3;
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

void synchronize(const torch::Device& device) {
    if (device.is_cuda())
        torch::cuda::synchronize(device.index() < 0 ? 0 : device.index());
}

// Median GFLOP/s of a 1024x1024 float matrix product on `device`.
double sgemmGflops(const torch::Device& device) {
    torch::NoGradGuard no_grad;
    const int64_t n = 1024;
    torch::Tensor a = torch::randn({n, n}, torch::TensorOptions().device(device));
    torch::Tensor b = torch::randn({n, n}, torch::TensorOptions().device(device));
    std::vector<double> rates;
    for (int i = 0; i < 7; ++i) {
        synchronize(device);
        const auto start = Clock::now();
        torch::Tensor c = torch::mm(a, b);
        synchronize(device);
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (i >= 2)
            rates.push_back(2.0 * n * n * n / seconds / 1e9);
    }
    return median(rates);
}

int benchTrain(const BenchOptions& o) {
    configureRuntime(o.threads);
    const torch::Device device = resolveDevice(o.device);
    Preset preset = loadPreset(o.preset);
    const ModelConfig& m = preset.model;
    if (m.modality == "series")
        throw std::invalid_argument("dbse bench: not yet for series presets ('" + preset.name + "')");
    preset.train.batch = o.batch;
    preset.train.activations = parseActivationMemory(o.activations);
    preset.train.precision = parsePrecision(o.precision);
    const bool recompute = recomputesActivations(m, preset.train);
    torch::manual_seed(1);
    std::unique_ptr<TrainableModel> model = makeTrainableModel(preset);
    torch::nn::Module& network = *model->network();
    network.to(device);
    network.train();
    torch::optim::Adam optimizer(network.parameters(), torch::optim::AdamOptions(preset.train.lr));
    const torch::Tensor bytes =
        torch::randint(0, 256, {o.batch, m.frames, m.channels, m.image_size, m.image_size}, torch::kByte);

    auto step = [&] {
        torch::Tensor x = bytes.to(device).to(torch::kFloat).div_(255.0);
        optimizer.zero_grad();
        model->loss(x, {}, 0, {}, nullptr).total.backward();
        optimizer.step();
        synchronize(device);
    };
    for (int i = 0; i < o.warmup; ++i)
        step();
    std::vector<double> rates;
    for (int r = 0; r < o.repeats; ++r) {
        const auto start = Clock::now();
        for (int i = 0; i < o.steps; ++i)
            step();
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        rates.push_back(static_cast<double>(o.batch) * o.steps / seconds);
    }
    const auto [lo, hi] = std::minmax_element(rates.begin(), rates.end());
    const RuntimeInfo info = runtimeInfo();
    nlohmann::json report = {{"bench", "train"}, {"preset", preset.name}, {"parameters", dynamic_cast<DbseModelImpl&>(network).parameterCount()},
                             {"batch", o.batch}, {"steps", o.steps}, {"repeats", o.repeats},
                             {"threads", info.threads}, {"device", device.str()},
                             {"recompute_activations", recompute}, {"precision", toString(preset.train.precision)},
                             {"seq_per_s", median(rates)}, {"seq_per_s_runs", rates},
                             {"max_over_min", *hi / *lo}, {"sgemm_gflops", sgemmGflops(device)},
                             {"peak_rss_mb", peakResidentMiB()}, {"blas", info.blas}, {"blas_kernels", info.blas_kernels}, {"malloc", info.malloc},
                             {"torch_version", info.torch_version}};
    std::cout << report.dump() << std::endl;
    return 0;
}

}  // namespace

void addBenchCommand(CLI::App& app, int& exit_code) {
    CLI::App* bench = app.add_subcommand("bench", "Benchmarks that print one JSON line");
    bench->require_subcommand(1);
    auto o = std::make_shared<BenchOptions>();
    CLI::App* train = bench->add_subcommand("train", "Training throughput of a preset (sequences per second)");
    train->add_option("--preset", o->preset, "Preset name or file")->capture_default_str();
    train->add_option("--batch", o->batch, "Batch size")->check(CLI::PositiveNumber)->capture_default_str();
    train->add_option("--steps", o->steps, "Timed steps per repeat")->check(CLI::PositiveNumber)->capture_default_str();
    train->add_option("--threads", o->threads, "CPU threads (0: all cores)")->capture_default_str();
    train->add_option("--device", o->device, "cpu, cuda or cuda:N")->capture_default_str();
    train->add_option("--activations", o->activations, "keep, recompute or auto (as dbse train)")->capture_default_str();
    train->add_option("--precision", o->precision, "fp32 or bf16 (autocast, as dbse train)")->capture_default_str();
    train->add_option("--warmup", o->warmup, "Untimed steps first")->check(CLI::NonNegativeNumber)->capture_default_str();
    train->add_option("--repeats", o->repeats, "Timed repeats (median reported)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    train->callback([o, &exit_code] { exit_code = benchTrain(*o); });
    addBenchDataCommand(*bench, exit_code);
}

}  // namespace dbse::cli
