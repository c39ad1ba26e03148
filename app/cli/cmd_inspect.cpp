// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse swap` and `dbse sample`: use a trained run (any modality) on sequences of its dataset.

#include "app/cli/commands.h"
#include "core/data/sequence_output.h"
#include "app/cli/opened_run.h"

#include <ATen/CPUGeneratorImpl.h>
#include <CLI/CLI.hpp>
#include <torch/torch.h>

#include <iostream>
#include <memory>

namespace dbse::cli {
namespace {

struct InspectOptions {
    std::string run_dir, out, split = "test", device = "cpu", fix;
    int64_t a = 0, b = 1, index = 0;
    int count = 8;
    uint64_t seed = 1;
};

// Zeros where a row has no mask, so that original and generated rows stack.
torch::Tensor maskOrZeros(const torch::Tensor& missing, const torch::Tensor& like) {
    return missing.defined() ? missing : torch::zeros_like(like);
}

int runSwap(const InspectOptions& o) {
    OpenedRun r = openRun(o.run_dir, o.split, o.device);
    const OpenedSequence a = sequenceAt(r, o.a, "--a"), b = sequenceAt(r, o.b, "--b");
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    const SwapResult s = r.model->swap(a.x, a.missing, b.x, b.missing, &generator);
    SequenceRows rows;
    rows.names = {"a", "b", "static-a+dynamic-b", "static-b+dynamic-a"};
    rows.values = torch::cat({a.x, b.x, s.static_a_dynamic_b, s.static_b_dynamic_a}, 0);
    const torch::Tensor none = torch::zeros_like(s.static_a_dynamic_b);
    rows.missing = torch::cat({maskOrZeros(a.missing, a.x), maskOrZeros(b.missing, b.x), none, none}, 0);
    std::cout << writeSequenceRows(o.out, rows, r.data, r.config.preset.model.modality) << "\n";
    return 0;
}

int runSample(const InspectOptions& o) {
    if (o.fix != "static" && o.fix != "dynamic")
        throw std::invalid_argument("--fix: '" + o.fix + "' is not one of static, dynamic");
    OpenedRun r = openRun(o.run_dir, o.split, o.device);
    const OpenedSequence x = sequenceAt(r, o.index, "--index");
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    const torch::Tensor samples = (o.fix == "static" ? r.model->sampleDynamics(x.x, x.missing, o.count, &generator)
                                                     : r.model->sampleStatic(x.x, x.missing, o.count, &generator))
                                      .select(0, 0);
    SequenceRows rows;
    rows.names = {"original"};
    for (int k = 0; k < o.count; ++k)
        rows.names.push_back("sample-" + std::to_string(k + 1));
    rows.values = torch::cat({x.x, samples}, 0);
    rows.missing = torch::cat({maskOrZeros(x.missing, x.x), torch::zeros_like(samples)}, 0);
    std::cout << writeSequenceRows(o.out, rows, r.data, r.config.preset.model.modality) << "\n";
    return 0;
}

void addCommonOptions(CLI::App* cmd, InspectOptions& o) {
    cmd->add_option("--run", o.run_dir, "Run folder")->required();
    cmd->add_option("--out", o.out, "Output: video .png (grid), .gif/.mp4 (rows side by side), .npy; audio .wav, .png, .npy; series .csv, .npy")->required();
    cmd->add_option("--split", o.split, "Dataset split: test or train")->capture_default_str();
    cmd->add_option("--device", o.device, "cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--seed", o.seed, "Seed of the sampling noise")->capture_default_str();
}

}  // namespace

void addSwapCommand(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<InspectOptions>();
    CLI::App* cmd = app.add_subcommand("swap", "Swap static and dynamic codes of two sequences; write a strip "
                                               "of A, B, static A + dynamics B, static B + dynamics A");
    addCommonOptions(cmd, *o);
    cmd->add_option("--a", o->a, "Index of sequence A")->required();
    cmd->add_option("--b", o->b, "Index of sequence B")->required();
    cmd->callback([o, &exit_code] { exit_code = runSwap(*o); });
}

void addSampleCommand(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<InspectOptions>();
    CLI::App* cmd = app.add_subcommand("sample", "Keep one factor of a sequence and sample the other; write the "
                                                 "sequence and K samples as rows");
    addCommonOptions(cmd, *o);
    cmd->add_option("--fix", o->fix, "Factor to keep: static or dynamic")->required();
    cmd->add_option("--index", o->index, "Index of the sequence")->required();
    cmd->add_option("--count", o->count, "Number of samples K")->check(CLI::Range(1, 256))->capture_default_str();
    cmd->callback([o, &exit_code] { exit_code = runSample(*o); });
}

}  // namespace dbse::cli
