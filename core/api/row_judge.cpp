// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/row_judge.h"

#include "core/api/opened_dataset_data.h"
#include "core/eval/judge.h"

#include <torch/torch.h>

#include "core/util/json_io.h"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace dbse::api {
namespace {

namespace fs = std::filesystem;

class TrustedJudge : public RowJudge {
public:
    explicit TrustedJudge(Judge judge) : judge_(std::move(judge)) {}

    void label(RowSet& set) override {
        const RowTensors& t = *set.tensors;
        const torch::Tensor missing =
            judge_.architecture().missing_input
                ? (t.missing.defined() ? t.missing : torch::zeros_like(t.values)).to(judge_.device())
                : torch::Tensor();
        const std::vector<torch::Tensor> probabilities = judge_.predict(t.values.to(judge_.device()), missing);
        const std::vector<JudgeHead>& heads = judge_.architecture().heads;
        for (size_t h = 0; h < heads.size(); ++h) {
            const torch::Tensor best = probabilities[h].argmax(1).cpu();
            for (size_t r = 0; r < set.rows.size(); ++r) {
                const int64_t k = best[static_cast<int64_t>(r)].item<int64_t>();
                set.rows[r].judged.emplace_back(heads[h].name, heads[h].classes.at(static_cast<size_t>(k)));
            }
        }
    }

private:
    Judge judge_;
};

// A trusted judge of `splits` described by the .json beside `weights`, or nullopt.
std::optional<Judge> trustedJudgeAt(const std::string& weights, const DatasetSplits& splits, const std::string& spec) {
    try {
        const JudgeReport report = judgeReportFromJson(readJsonFile(judgeDescriptionFile(weights)));
        if (!report.trusted() || report.dataset != spec || report.train_sequences != splits.train.size() ||
            report.test_sequences != splits.test.size())
            return std::nullopt;
        Judge judge = Judge::load(weights, torch::kCPU);
        judge.requireFits(splits.train, weights);
        return judge;
    } catch (const std::exception&) {
        return std::nullopt;  // damaged, foreign or from an older layout: not this dataset's judge
    }
}

}  // namespace

std::unique_ptr<RowJudge> RowJudge::find(const OpenedDataset& dataset) {
    const DatasetSplits& splits = allSplits(dataset);
    if (splits.train.static_labels.empty() && splits.train.dynamic_labels.empty())
        return nullptr;
    // Judges trained with any options (dbse judge, dbse eval, the benchmark) live in one folder,
    // named <kind>-<key>; the description beside each says what it was trained on.
    const JudgeTrainOptions defaults;
    const fs::path usual = judgeFile(DatasetOptions{}, dataset.spec(), splits,
                                     judgeArchitectureFor(splits.train, defaults.architecture), defaults);
    std::vector<fs::path> candidates = {usual};
    const std::string prefix = usual.filename().string().substr(0, usual.filename().string().find('-') + 1);
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(usual.parent_path(), error))
        if (entry.path().extension() == ".pt" && entry.path().filename().string().rfind(prefix, 0) == 0 &&
            entry.path() != usual)
            candidates.push_back(entry.path());
    std::sort(candidates.begin() + 1, candidates.end());  // a stable choice
    for (const fs::path& weights : candidates)
        if (fs::exists(weights, error))
            if (std::optional<Judge> judge = trustedJudgeAt(weights.string(), splits, dataset.spec()))
                return std::make_unique<TrustedJudge>(std::move(*judge));
    return nullptr;
}

}  // namespace dbse::api
