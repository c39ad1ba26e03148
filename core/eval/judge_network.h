// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The judge classifier network: a per-element encoder, a one-layer bidirectional LSTM over
// time, and one softmax head per label column (PROTOCOLS 3a).
//   video (uint8 [N, T, C, 64, 64] at rest): the DCGAN frame encoder of the DBSE model.
//     "sprites": base 64 channels, g_dim 128, LSTM 256, heads 512->256->K. With the five
//                Sprites heads (9, 6, 6, 6, 6) this is the published judge, 5,263,073 parameters.
//     "compact": base 16, g_dim 64, LSTM 64, heads 128->64->K (about 16x fewer multiply-adds).
//   float [N, T, F] (audio, series): "series": each feature standardised with the mean and
//     standard deviation of the training split (buffers, saved with the weights; missing
//     values stay 0), then a per-step MLP F->64->64 (ReLU), LSTM 64, heads 128->64->K. When
//     the dataset has a missing mask the mask is appended to every step's features (input
//     width 2F), so the judge sees which values are absent. Data with no negative value in
//     the training split (spectrogram magnitudes, counts) is compressed with log1p first.
// The sequence feature is [forward state at t = T-1, backward state at t = 0] (as 3a).

#include "core/model/codec.h"

#include <nlohmann/json.hpp>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/rnn.h>

#include <string>
#include <vector>

namespace dbse {

struct SequenceDataset;

struct JudgeHead {
    std::string name;                  // the label column, e.g. "skin"
    bool is_static = true;             // a static (true) or dynamic (false) label column
    std::vector<std::string> classes;  // class index -> name
};

// Everything needed to rebuild a judge network before loading its weights.
struct JudgeArchitecture {
    std::string kind;                 // "sprites", "compact" or "series"
    int64_t frames = 0;               // T
    std::vector<int64_t> element;     // [C, H, W] or [F]
    bool missing_input = false;       // series: the missing mask is appended to the features
    bool log_input = false;           // series: log1p of the values before standardising
    int base_channels = 0;            // video only
    int feature_size = 0;             // per-element feature width fed to the LSTM
    int rnn_size = 0;                 // hidden size of each LSTM direction
    int head_size = 0;                // hidden width of each head
    std::vector<JudgeHead> heads;     // static label columns first, then dynamic ones
};
nlohmann::json toJson(const JudgeArchitecture& a);
JudgeArchitecture judgeArchitectureFromJson(const nlohmann::json& j);  // throws std::invalid_argument

// The architecture `kind` for `dataset`'s shape and label columns. kind "" picks "compact"
// for video and "series" otherwise. Throws std::invalid_argument naming the dataset for a
// dataset without labels, a video that is not 64 x 64, or a kind that does not fit the data.
JudgeArchitecture judgeArchitectureFor(const SequenceDataset& dataset, const std::string& kind);

// Empty when `architecture` can judge `dataset` (same T, element shape, heads and classes);
// otherwise one sentence saying the first difference.
std::string judgeMismatch(const JudgeArchitecture& architecture, const SequenceDataset& dataset);

class JudgeNetworkImpl : public torch::nn::Module {
public:
    explicit JudgeNetworkImpl(const JudgeArchitecture& architecture);

    // x float [B, T, ...element] (values as SequenceDataset::batch gives them); missing [B, T,
    // F] (1 = missing) when architecture.missing_input, else undefined.
    // Returns logits [B, K_h] per head, in architecture.heads order.
    std::vector<torch::Tensor> forward(const torch::Tensor& x, const torch::Tensor& missing = {});

    // "series" only: sets the per-feature standardisation from the training split (observed
    // entries only). Other kinds ignore it.
    void fitInputScaling(const SequenceDataset& train);

    const JudgeArchitecture& architecture() const { return architecture_; }
    int64_t parameterCount() const;

private:
    JudgeArchitecture architecture_;
    std::shared_ptr<SequenceEncoder> encoder_;  // [B, T, ...] -> [B, T, feature_size]
    torch::Tensor input_mean_, input_std_;         // series: float [F]
    torch::nn::LSTM rnn_{nullptr};
    torch::nn::ModuleList heads_{nullptr};
};
TORCH_MODULE(JudgeNetwork);

}  // namespace dbse
