// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Judge classifiers (PROTOCOLS 3a): one network per labelled dataset with a softmax head per
// label column, trained fully supervised on the training split and scored on the test split.
// The published code ships pre-trained judges without their training code; these are our own.
// A judge is "trusted" when every head reaches kTrustedJudgeAccuracy on the test split; the
// generation protocols use a judge's numbers only then (the paper's Sprites judge bar).
//
// Files: datasetCacheDir(options)/judges/<kind>-<16 hex of the key>.pt (weights, in the
// checkpoint format of core/train/checkpoint.h: checksummed, written atomically, the judge's
// JSON description in its header) and the same name with .json (that description, for people
// and reports). Threads: a Judge is used from one thread at a time.

#include "core/data/dataset_spec.h"
#include "core/eval/judge_network.h"

#include <nlohmann/json.hpp>
#include <torch/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dbse {

inline constexpr double kTrustedJudgeAccuracy = 0.99;

struct JudgeTrainOptions {
    std::string architecture;  // "" = "compact" for video, "series" for [N, T, F]; or "sprites"
    int epochs = 5;
    // Measured on builtin shapes: batch 16 at 1e-3 or 3e-3 stalls at chance for shape and
    // motion; batch 32 at 5e-4 learns every head. With these defaults the compact judge
    // reaches 100% on all 7 Sprites heads in 3 epochs.
    int batch_size = 32;
    double learning_rate = 5e-4;  // Adam
    uint64_t seed = 1;            // weights' initialisation (global torch seed) and batch order
    // Called on the training thread after every epoch with the mean summed cross-entropy.
    std::function<void(int epoch, int epochs, double mean_loss)> on_epoch;
};

// What a judge is and how well it did; saved as its JSON description.
struct JudgeReport {
    std::string dataset;          // "KIND:PATH" as given
    std::string dataset_name;     // the training split's name
    std::string dataset_options;  // the canonical preprocessing options ("" when none)
    JudgeArchitecture architecture;
    int64_t parameters = 0;
    int epochs = 0, batch_size = 0;
    double learning_rate = 0;
    uint64_t seed = 0;
    int64_t train_sequences = 0, test_sequences = 0;
    double final_train_loss = 0;       // mean summed cross-entropy of the last epoch
    std::vector<double> test_accuracy;  // per head, architecture.heads order, in [0, 1]
    double train_seconds = 0;          // training and test scoring, wall clock
    std::string device;                // where it was trained

    bool trusted() const;  // every head >= kTrustedJudgeAccuracy
};
nlohmann::json toJson(const JudgeReport& r);
JudgeReport judgeReportFromJson(const nlohmann::json& j);  // throws std::invalid_argument

// The label columns of `dataset` in judge head order (static first, then dynamic), int64 [N].
std::vector<torch::Tensor> labelColumns(const SequenceDataset& dataset);

class Judge {
public:
    // Trains on splits.train and scores splits.test (which may be empty: accuracies then
    // stay empty). Throws std::invalid_argument for a dataset it cannot judge.
    static Judge train(const DatasetSplits& splits, const std::string& dataset_text, const JudgeTrainOptions& options,
                       const torch::Device& device);
    // Reads a judge file onto `device`. Throws std::runtime_error "<path>: <problem>" for a
    // missing, damaged or foreign file.
    static Judge load(const std::string& path, const torch::Device& device);

    // Throws std::runtime_error "<path>: judge does not fit <dataset>: <difference>" when its
    // heads (names, classes) or sequence shape differ from `dataset`'s.
    void requireFits(const SequenceDataset& dataset, const std::string& path) const;

    // Writes `path` (.pt) and its .json beside it, atomically. Throws std::runtime_error.
    void save(const std::string& path);

    // batch float [B, T, ...element] (any device; SequenceDataset::batch values), and its
    // missing mask when the judge takes one. Inference mode, eval mode. Returns per-head
    // probabilities [B, K_h] on the judge's device, in architecture().heads order.
    std::vector<torch::Tensor> predict(const torch::Tensor& batch, const torch::Tensor& missing = {});
    // Per-head accuracy of predict() over all of `dataset` against its labels.
    std::vector<double> accuracy(const SequenceDataset& dataset, int batch_size = 128);

    // The index of the head for label column `name` in predict()'s output, or -1.
    int headIndex(const std::string& name) const;

    const JudgeReport& report() const { return report_; }
    const JudgeArchitecture& architecture() const { return report_.architecture; }
    torch::Device device() const { return device_; }

private:
    Judge(JudgeNetwork network, JudgeReport report, torch::Device device);
    JudgeNetwork network_;
    JudgeReport report_;
    torch::Device device_;
};

// Where the judge of (dataset, architecture, training options) is kept. The key holds the
// dataset's cache folder (which encodes its source files and options) or, for datasets built
// in memory, the dataset text, plus the architecture and every training option.
std::string judgeFile(const DatasetOptions& options, const std::string& dataset_text, const DatasetSplits& splits,
                      const JudgeArchitecture& architecture, const JudgeTrainOptions& train_options);
// judgeFile with ".pt" replaced by ".json".
std::string judgeDescriptionFile(const std::string& judge_file);

struct ObtainedJudge {
    Judge judge;
    std::string path;
    bool reused = false;  // loaded from `path` instead of trained
};
// Loads the judge at judgeFile(...) when it exists, can be read and fits splits.train, unless
// `retrain`; otherwise trains one and saves it there (replacing an unreadable file).
ObtainedJudge obtainJudge(const DatasetSplits& splits, const std::string& dataset_text, const DatasetOptions& options,
                          const JudgeTrainOptions& train_options, const torch::Device& device, bool retrain);

}  // namespace dbse
