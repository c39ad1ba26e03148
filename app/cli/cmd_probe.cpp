// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse probe --run DIR`: linear probes of every label on s and on the time-averaged d.

#include "app/cli/commands.h"
#include "app/cli/opened_run.h"
#include "core/eval/latent_probe.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace dbse::cli {
namespace {

struct ProbeOptions {
    std::string run_dir, split = "test", device = "cpu";
    uint64_t seed = 1;
    bool json = false;
};

nlohmann::json toJson(const ProbeResult& r) {
    return {{"test_accuracy", r.test_accuracy}, {"train_accuracy", r.train_accuracy},
            {"majority_rate", r.majority_rate}, {"classes", r.classes}};
}

int runProbe(const ProbeOptions& o) {
    OpenedRun run = openRun(o.run_dir, o.split, o.device);
    const SequenceDataset& data = run.data;
    const LatentCodes codes = encodeDataset(*run.model, data, 128, o.seed);
    const std::vector<ProbeRow> rows = probeAllLabels(codes, data, o.seed);
    if (o.json) {
        nlohmann::json out = {{"run", o.run_dir}, {"split", o.split}, {"sequences", data.size()}};
        for (const auto& row : rows)
            out["labels"].push_back({{"label", row.label}, {"kind", row.static_label ? "static" : "dynamic"},
                                     {"from_s", toJson(row.from_s)}, {"from_d", toJson(row.from_d)}});
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    std::printf("linear probe accuracy on %s (%lld sequences, 80/20 split)\n", data.name.c_str(),
                static_cast<long long>(data.size()));
    std::printf("%-12s %-8s %8s %8s %8s\n", "label", "kind", "from s", "from d", "majority");
    for (const auto& row : rows)
        std::printf("%-12s %-8s %7.1f%% %7.1f%% %7.1f%%\n", row.label.c_str(), row.static_label ? "static" : "dynamic",
                    100 * row.from_s.test_accuracy, 100 * row.from_d.test_accuracy, 100 * row.from_s.majority_rate);
    return 0;
}

}  // namespace

void addProbeCommand(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<ProbeOptions>();
    CLI::App* cmd = app.add_subcommand("probe", "Linear probes: how well s and the time-averaged d predict each label");
    cmd->add_option("--run", o->run_dir, "Run folder")->required();
    cmd->add_option("--split", o->split, "Dataset split: test or train")->capture_default_str();
    cmd->add_option("--device", o->device, "cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed of the split and the encoding noise")->capture_default_str();
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([o, &exit_code] { exit_code = runProbe(*o); });
}

}  // namespace dbse::cli
