// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/judge.h"

#include "core/data/dataset_cache.h"
#include "core/eval/dataset_batches.h"
#include "core/eval/metrics.h"
#include "core/train/checkpoint.h"
#include "core/util/file_error.h"
#include "core/util/json_io.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <stdexcept>

namespace dbse {
namespace {

constexpr int kJudgeFormatVersion = 1;
constexpr const char* kJudgeFormat = "dbse-judge";

}  // namespace

std::vector<torch::Tensor> labelColumns(const SequenceDataset& d) {
    std::vector<torch::Tensor> out;
    for (const auto& c : d.static_labels) out.push_back(c.values);
    for (const auto& c : d.dynamic_labels) out.push_back(c.values);
    return out;
}

bool JudgeReport::trusted() const {
    if (test_accuracy.empty()) return false;
    for (double a : test_accuracy)
        if (a < kTrustedJudgeAccuracy) return false;
    return true;
}

nlohmann::json toJson(const JudgeReport& r) {
    nlohmann::json heads = nlohmann::json::array();
    for (size_t i = 0; i < r.architecture.heads.size(); ++i) {
        const JudgeHead& h = r.architecture.heads[i];
        nlohmann::json head = {{"name", h.name}, {"kind", h.is_static ? "static" : "dynamic"}, {"classes", h.classes.size()}};
        if (i < r.test_accuracy.size()) head["test_accuracy"] = r.test_accuracy[i];
        heads.push_back(head);
    }
    return {{"format", kJudgeFormat},
            {"format_version", kJudgeFormatVersion},
            {"dataset", r.dataset},
            {"dataset_name", r.dataset_name},
            {"dataset_options", r.dataset_options},
            {"architecture", toJson(r.architecture)},
            {"parameters", r.parameters},
            {"epochs", r.epochs},
            {"batch_size", r.batch_size},
            {"learning_rate", r.learning_rate},
            {"seed", r.seed},
            {"train_sequences", r.train_sequences},
            {"test_sequences", r.test_sequences},
            {"final_train_loss", r.final_train_loss},
            {"test_accuracy", r.test_accuracy},
            {"heads", heads},
            {"trusted", r.trusted()},
            {"trusted_threshold", kTrustedJudgeAccuracy},
            {"train_seconds", r.train_seconds},
            {"device", r.device}};
}

JudgeReport judgeReportFromJson(const nlohmann::json& j) {
    try {
        if (j.at("format").get<std::string>() != kJudgeFormat) throw std::invalid_argument("not a judge description");
        if (jsonIntegerAt<int>(j, "format_version") > kJudgeFormatVersion)
            throw std::invalid_argument("judge format version " + j.at("format_version").dump() + " is newer than this program's");
        JudgeReport r;
        r.dataset = j.at("dataset").get<std::string>();
        r.dataset_name = j.at("dataset_name").get<std::string>();
        r.dataset_options = j.at("dataset_options").get<std::string>();
        r.architecture = judgeArchitectureFromJson(j.at("architecture"));
        r.parameters = jsonIntegerAt<int64_t>(j, "parameters");
        r.epochs = jsonIntegerAt<int>(j, "epochs");
        r.batch_size = jsonIntegerAt<int>(j, "batch_size");
        r.learning_rate = j.at("learning_rate").get<double>();
        r.seed = jsonIntegerAt<uint64_t>(j, "seed");
        r.train_sequences = jsonIntegerAt<int64_t>(j, "train_sequences");
        r.test_sequences = jsonIntegerAt<int64_t>(j, "test_sequences");
        r.final_train_loss = j.at("final_train_loss").get<double>();
        r.test_accuracy = j.at("test_accuracy").get<std::vector<double>>();
        r.train_seconds = j.at("train_seconds").get<double>();
        r.device = j.at("device").get<std::string>();
        return r;
    } catch (const nlohmann::json::exception& e) {
        throw std::invalid_argument(std::string("judge description: ") + e.what());
    }
}

Judge::Judge(JudgeNetwork network, JudgeReport report, torch::Device device)
    : network_(std::move(network)), report_(std::move(report)), device_(device) {}

Judge Judge::train(const DatasetSplits& splits, const std::string& dataset_text, const JudgeTrainOptions& o,
                   const torch::Device& device) {
    if (o.epochs < 1 || o.batch_size < 1 || !(o.learning_rate > 0))
        throw std::invalid_argument("judge training: epochs and batch size must be >= 1 and the learning rate > 0");
    const SequenceDataset& train = splits.train;
    if (train.size() < 1) throw std::invalid_argument(train.name + ": the training split is empty");
    const auto start = std::chrono::steady_clock::now();

    JudgeReport report;
    report.architecture = judgeArchitectureFor(train, o.architecture);
    if (splits.test.size() > 0)
        if (const std::string why = judgeMismatch(report.architecture, splits.test); !why.empty())
            throw std::invalid_argument(splits.test.name + ": the test split differs from the training split: " + why);
    torch::manual_seed(o.seed);
    JudgeNetwork network(report.architecture);
    network->fitInputScaling(train);
    network->to(device);
    torch::optim::Adam optimizer(network->parameters(), torch::optim::AdamOptions(o.learning_rate));
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    const std::vector<torch::Tensor> labels = labelColumns(train);

    network->train();
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        const torch::Tensor order = torch::randperm(train.size(), generator, torch::kLong);
        double loss_sum = 0;
        int64_t batches = 0;
        forEachBatch(train, order, o.batch_size, device,
                     [&](const torch::Tensor& idx, const torch::Tensor& x, const torch::Tensor& missing) {
                         const std::vector<torch::Tensor> logits =
                             network->forward(x, report.architecture.missing_input ? missing : torch::Tensor());
                         torch::Tensor loss = torch::zeros({}, torch::TensorOptions().device(device));
                         for (size_t h = 0; h < logits.size(); ++h)
                             loss = loss + torch::nn::functional::cross_entropy(
                                               logits[h], labels[h].index_select(0, idx).to(device));
                         optimizer.zero_grad();
                         loss.backward();
                         optimizer.step();
                         loss_sum += loss.item<double>();
                         ++batches;
                     });
        report.final_train_loss = loss_sum / static_cast<double>(batches);
        if (o.on_epoch) o.on_epoch(epoch + 1, o.epochs, report.final_train_loss);
    }

    report.dataset = dataset_text;
    report.dataset_name = train.name;
    const auto options = train.attributes.find("options");
    report.dataset_options = options == train.attributes.end() ? "" : options->second;
    report.parameters = network->parameterCount();
    report.epochs = o.epochs;
    report.batch_size = o.batch_size;
    report.learning_rate = o.learning_rate;
    report.seed = o.seed;
    report.train_sequences = train.size();
    report.test_sequences = splits.test.size();
    report.device = device.str();
    Judge judge(network, report, device);
    if (splits.test.size() > 0) judge.report_.test_accuracy = judge.accuracy(splits.test);
    judge.report_.train_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return judge;
}

Judge Judge::load(const std::string& path, const torch::Device& device) {
    const CheckpointHeader header = readCheckpointHeader(path);
    JudgeReport report;
    try {
        report = judgeReportFromJson(header.run_config);
    } catch (const std::invalid_argument& e) {
        throwFileError(path, std::string("not a judge file (") + e.what() + ")");
    }
    JudgeNetwork network(report.architecture);
    network->to(device);
    loadCheckpoint(path, *network, nullptr, /*restore_rng=*/false);
    return Judge(network, report, device);
}

void Judge::requireFits(const SequenceDataset& dataset, const std::string& path) const {
    if (const std::string why = judgeMismatch(report_.architecture, dataset); !why.empty())
        throwFileError(path, "judge does not fit " + dataset.name + ": " + why);
}

void Judge::save(const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path parent = fs::path(path).parent_path();
    std::error_code error;
    if (!parent.empty()) fs::create_directories(parent, error);
    if (error) throwFileError(parent.string(), "cannot create the folder (" + error.message() + ")");
    CheckpointHeader header;
    header.run_config = toJson(report_);
    saveCheckpoint(path, header, *network_, nullptr);
    writeJsonFileAtomically(judgeDescriptionFile(path), header.run_config);
}

std::vector<torch::Tensor> Judge::predict(const torch::Tensor& batch, const torch::Tensor& missing) {
    torch::InferenceMode inference;
    network_->eval();
    std::vector<torch::Tensor> probabilities = network_->forward(
        batch.to(device_, torch::kFloat), missing.defined() ? missing.to(device_, torch::kFloat) : missing);
    for (auto& p : probabilities) p = p.softmax(1);
    return probabilities;
}

std::vector<double> Judge::accuracy(const SequenceDataset& dataset, int batch_size) {
    if (const std::string why = judgeMismatch(report_.architecture, dataset); !why.empty())
        throw std::invalid_argument(dataset.name + ": the judge does not fit: " + why);
    const std::vector<torch::Tensor> labels = labelColumns(dataset);
    std::vector<std::vector<torch::Tensor>> predicted(labels.size());
    forEachBatch(dataset, torch::arange(dataset.size(), torch::kLong), batch_size, device_,
                 [&](const torch::Tensor&, const torch::Tensor& x, const torch::Tensor& missing) {
                     const std::vector<torch::Tensor> p =
                         predict(x, report_.architecture.missing_input ? missing : torch::Tensor());
                     for (size_t h = 0; h < p.size(); ++h) predicted[h].push_back(p[h].cpu());
                 });
    std::vector<torch::Tensor> probabilities;
    for (auto& parts : predicted) probabilities.push_back(torch::cat(parts));
    return headAccuracies(probabilities, labels);
}

int Judge::headIndex(const std::string& name) const {
    const std::vector<JudgeHead>& heads = report_.architecture.heads;
    for (size_t i = 0; i < heads.size(); ++i)
        if (heads[i].name == name) return static_cast<int>(i);
    return -1;
}

std::string judgeFile(const DatasetOptions& options, const std::string& dataset_text, const DatasetSplits& splits,
                      const JudgeArchitecture& architecture, const JudgeTrainOptions& o) {
    std::ostringstream key;
    key << kJudgeFormat << kJudgeFormatVersion << "|" << (splits.cache_file.empty() ? dataset_text : splits.cache_file)
        << "|" << splits.train.size() << "|" << splits.test.size() << "|" << toJson(architecture).dump() << "|" << o.epochs
        << "|" << o.batch_size << "|" << o.learning_rate << "|" << o.seed;
    const std::string kind = dataset_text.substr(0, dataset_text.find(':'));
    // datasetCacheFolder gives <cache>/<kind>-<hash of key>; the judges live one folder down.
    return datasetCacheFolder(options, "judges/" + kind, key.str()) + ".pt";
}

std::string judgeDescriptionFile(const std::string& judge_file) {
    return std::filesystem::path(judge_file).replace_extension(".json").string();
}

ObtainedJudge obtainJudge(const DatasetSplits& splits, const std::string& dataset_text, const DatasetOptions& options,
                          const JudgeTrainOptions& train_options, const torch::Device& device, bool retrain) {
    const JudgeArchitecture architecture = judgeArchitectureFor(splits.train, train_options.architecture);
    const std::string path = judgeFile(options, dataset_text, splits, architecture, train_options);
    if (!retrain && std::filesystem::exists(path)) {
        // Like a damaged dataset cache, a judge file that cannot be read (truncated, from an
        // older layout) is rebuilt rather than reported.
        try {
            Judge judge = Judge::load(path, device);
            judge.requireFits(splits.train, path);
            return {std::move(judge), path, true};
        } catch (const std::runtime_error&) {
        }
    }
    Judge judge = Judge::train(splits, dataset_text, train_options, device);
    judge.save(path);
    return {std::move(judge), path, false};
}

}  // namespace dbse
