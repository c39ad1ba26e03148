// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/evaluation_job.h"

#include "core/eval/benchmark_plan.h"
#include "core/eval/series_downstream.h"
#include "core/train/run_loader.h"
#include "core/util/atomic_file.h"

#include <algorithm>
#include <filesystem>

namespace dbse::api {

std::vector<std::string> evaluationProtocolNames() { return {"all", "latent", "generation", "eer", "downstream"}; }

std::string savedEvaluationFile(const std::string& run_dir) {
    return (std::filesystem::path(run_dir) / "evaluation.json").string();
}

std::string evaluateRunToJson(const EvaluationRequest& r) {
    const std::string text = evaluateRun(RunFolder::open(r.run_dir), r.options).dump(2) + "\n";
    if (!r.save_to.empty())
        writeFileAtomically(r.save_to, text);
    return text;
}

int suggestedJudgeEpochs(const std::string& run_dir) {
    const std::string dataset = RunFolder::open(run_dir).config().dataset;
    const std::string kind = dataset.substr(0, dataset.find(':'));
    for (const std::string& name : benchmarkNames())
        if (name == kind)
            return benchmarkSpec(name).judge_epochs;
    return RunEvaluationOptions().judge_epochs;
}

JudgePlan planJudge(const std::string& run_dir, const std::string& protocol, int judge_epochs) {
    const RunFolder run = RunFolder::open(run_dir);
    const DatasetSplits splits = loadRunDataset(run.config());
    JudgePlan plan;
    plan.modality = run.config().preset.model.modality;
    plan.protocols = plannedProtocols(protocol, plan.modality, hasDownstreamTargets(splits.train));
    plan.needs_judge = std::count(plan.protocols.begin(), plan.protocols.end(), "generation") > 0;
    if (!plan.needs_judge)
        return plan;
    plan.path = runJudgeFile(run, splits, judge_epochs);
    plan.cached = std::filesystem::exists(plan.path);
    for (const auto& c : splits.train.static_labels) plan.heads.push_back(c.name);
    for (const auto& c : splits.train.dynamic_labels) plan.heads.push_back(c.name);
    plan.train_sequences = splits.train.size();
    return plan;
}

}  // namespace dbse::api
