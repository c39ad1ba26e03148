// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse tsne --input X.npy --out Y.csv|Y.npy`: t-SNE of the rows of a float [N, D] .npy file.

#include "app/cli/commands.h"
#include "app/cli/latent_map.h"
#include "core/data/npy.h"
#include "core/embed/embedding_file.h"
#include "core/embed/tsne.h"
#include "core/util/runtime.h"
#include "core/util/tensor_text.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

namespace dbse::cli {
namespace {

struct TsneCommandOptions {
    std::string input, out, method = "auto", init = "pca";
    std::string run, codes = "static", label, split = "test";  // --run: a map of a run's codes
    double perplexity = 30.0;
    uint64_t seed = 0;
    int iterations = 1000, threads = 0, dims = 2;
    bool json = false;
};

int runTsneCommand(const TsneCommandOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    if (o.input.empty() == o.run.empty())
        throw std::invalid_argument("dbse tsne: give either --input X.npy or --run DIR");
    configureRuntime(o.threads);
    TsneOptions options;
    options.method = parseTsneMethod(o.method);
    if (o.init != "pca" && o.init != "random")
        throw std::invalid_argument("--init '" + o.init + "': expected pca or random");
    options.init = o.init == "pca" ? TsneInit::Pca : TsneInit::Random;
    options.perplexity = o.perplexity;
    options.seed = o.seed;
    options.iterations = o.iterations;
    options.dims = o.dims;

    LatentPoints latent;
    if (!o.run.empty())
        latent = latentPoints(o.run, o.split, o.codes, o.label, o.seed);
    const std::string source = o.run.empty() ? o.input : o.run;
    const torch::Tensor points = o.run.empty() ? readNpy(o.input) : latent.points;
    if (points.dim() != 2 || (points.scalar_type() != torch::kFloat && points.scalar_type() != torch::kDouble))
        throw std::invalid_argument(o.input + ": expected a float32 or float64 array [N, D], got " +
                                    std::string(c10::toString(points.scalar_type())) + " " + shapeText(points));
    TsneResult result;
    try {
        result = runTsne(points, options);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(source + ": " + e.what());
    }
    if (o.run.empty())
        writeEmbedding(o.out, result.embedding);
    else
        writeLatentMap(o.out, result.embedding, latent);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (o.json) {
        const nlohmann::json report = {
            {"input", source}, {"out", o.out}, {"n", points.size(0)}, {"d", points.size(1)}, {"dims", o.dims},
            {"method", tsneMethodName(result.method)}, {"perplexity", o.perplexity}, {"seed", o.seed},
            {"iterations", result.iterations}, {"learning_rate", result.learning_rate},
            {"seconds", result.seconds}, {"wall_seconds", wall}, {"kl", result.kl},
            {"kl_exact_z", result.kl_exact}, {"threads", runtimeInfo().threads}};
        std::cout << report.dump() << std::endl;
    } else {
        std::printf("t-SNE of %lld x %lld points (%s, %d iterations): KL %.4f (%s) in %.2f s, written to %s\n",
                    static_cast<long long>(points.size(0)), static_cast<long long>(points.size(1)),
                    tsneMethodName(result.method).c_str(), result.iterations, result.kl,
                    result.kl_exact ? "exact Z" : "Barnes-Hut Z", result.seconds, o.out.c_str());
    }
    return 0;
}

}  // namespace

void addTsneCommand(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<TsneCommandOptions>();
    CLI::App* cmd = app.add_subcommand("tsne", "t-SNE map of the rows of a .npy matrix or of a run's latent codes");
    cmd->add_option("--input", o->input, "Points: float32/float64 .npy of shape [N, D]");
    cmd->add_option("--run", o->run, "Or: a run folder, to map the codes of its dataset's sequences");
    cmd->add_option("--codes", o->codes, "With --run: static (s) or dynamic (d averaged over time)")
        ->capture_default_str();
    cmd->add_option("--label", o->label, "With --run: label to colour by (default: the first static label for "
                                         "static codes, the first dynamic one for dynamic codes)");
    cmd->add_option("--split", o->split, "With --run: test or train")->capture_default_str();
    cmd->add_option("--out", o->out, "Output: .csv (x,y per row; with --run index,x,y,label), .npy (float32 [N, dims]), or with --run .png")->required();
    cmd->add_option("--perplexity", o->perplexity, "Perplexity (1 <= p < N - 1)")->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed (random init)")->capture_default_str();
    cmd->add_option("--iterations", o->iterations, "Iterations, including 250 of early exaggeration")
        ->capture_default_str();
    cmd->add_option("--method", o->method, "auto, exact or barnes-hut (auto: exact up to 250 points)")
        ->capture_default_str();
    cmd->add_option("--init", o->init, "pca or random")->capture_default_str();
    cmd->add_option("--dims", o->dims, "Output dimensions: 2 or 3")->capture_default_str();
    cmd->add_option("--threads", o->threads, "CPU threads (0: all cores)")->capture_default_str();
    cmd->add_flag("--json", o->json, "Print one JSON line (seconds, KL, N, D, method)");
    cmd->callback([o, &exit_code] { exit_code = runTsneCommand(*o); });
}

}  // namespace dbse::cli
