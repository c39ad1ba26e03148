// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/run_evaluation.h"

#include "core/eval/eval_report.h"
#include "core/train/run_loader.h"
#include "core/train/trainer.h"

#include <chrono>
#include <cstdio>
#include <memory>

namespace dbse {
namespace {

void status(const RunEvaluationOptions& o, const std::string& line) {
    if (o.on_status)
        o.on_status(line);
}

}  // namespace

std::string evaluationProtocols() { return "generation, latent, eer, downstream, all"; }

nlohmann::json evaluateRun(const RunFolder& run, const RunEvaluationOptions& o) {
    const std::string& p = o.protocol;
    if (p != "generation" && p != "latent" && p != "eer" && p != "downstream" && p != "all")
        throw std::invalid_argument("--protocol: '" + p + "' is not one of " + evaluationProtocols());
    const auto start = std::chrono::steady_clock::now();
    const torch::Device device = resolveDevice(o.device);
    std::unique_ptr<InferenceModel> model = loadTrainedModel(run, device);
    const DatasetSplits splits = loadRunDataset(run.config());
    const std::string& modality = run.config().preset.model.modality;
    nlohmann::json report = {{"run", run.dir()}, {"dataset", run.config().dataset}, {"split", splits.test.name},
                             {"seed", o.seed}, {"device", device.str()}};
    if (p == "latent" || p == "all")
        report["latent"] = latentJson(runLatentTests(*model, splits.test, o.repeats, o.seed));
    if (p == "eer" || (p == "all" && modality == "audio"))
        report["eer"] = speakerVerificationJson(runSpeakerVerification(*model, splits.test, o.speaker_label, o.seed));
    if (p == "downstream" || (p == "all" && modality == "series" && hasDownstreamTargets(splits.train))) {
        DownstreamOptions options;
        options.runs = o.downstream_runs;
        options.epochs = o.downstream_epochs;
        options.batch = run.config().preset.train.batch;
        options.seed = o.seed;
        options.classify_label = o.classify_label;
        options.on_progress = [&o](const std::string& task, int r, int runs, int epoch, int epochs) {
            if (epoch == epochs)
                status(o, task + ": run " + std::to_string(r) + "/" + std::to_string(runs) + " done (" +
                              std::to_string(epochs) + " epochs)");
        };
        report["downstream"] = downstreamJson(runDownstreamTasks(*model, splits.train, splits.test, options));
    }
    // Series runs are judged by their downstream tasks and latent probes (the paper has no
    // generation test for them); asking for it explicitly still works with a series judge.
    if (p == "generation" || (p == "all" && modality != "series")) {
        DatasetOptions options;
        options.on_error = parseOnError(run.config().on_error);
        JudgeTrainOptions judge_options;
        judge_options.epochs = o.judge_epochs;
        judge_options.on_epoch = [&o](int epoch, int epochs, double loss) {
            char line[96];
            std::snprintf(line, sizeof line, "judge epoch %d/%d: loss %.4f", epoch, epochs, loss);
            status(o, line);
        };
        ObtainedJudge obtained = obtainJudge(splits, run.config().dataset, options, judge_options, device, false);
        GenerationTestOptions test_options;
        test_options.repeats = o.repeats;
        test_options.batch = o.batch;
        test_options.seed = o.seed;
        test_options.on_progress = [&o](const std::string& test, int repeat, int repeats) {
            status(o, test + ": repeat " + std::to_string(repeat) + "/" + std::to_string(repeats));
        };
        report["generation"] = generationJson(runGenerationTests(*model, obtained.judge, splits.test, test_options));
        const JudgeReport& j = obtained.judge.report();
        nlohmann::json heads = nlohmann::json::array();
        for (const JudgeHead& h : j.architecture.heads) heads.push_back(h.name);
        report["judge"] = {{"path", obtained.path}, {"kind", j.architecture.kind}, {"trusted", j.trusted()},
                           {"heads", heads}, {"test_accuracy", j.test_accuracy}, {"epochs", j.epochs},
                           {"reused", obtained.reused}};
    }
    report["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

}  // namespace dbse
