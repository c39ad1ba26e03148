// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/audio_codec.h"

#include <torch/torch.h>

namespace dbse {

SpectrogramEncoder::SpectrogramEncoder(const ModelConfig& c) {
    lstm_ = register_module(
        "lstm", torch::nn::LSTM(torch::nn::LSTMOptions(c.features, c.g_dim).bidirectional(true).batch_first(true)));
    project_ = register_module("fc", torch::nn::Linear(2 * c.g_dim, c.g_dim));
}

torch::Tensor SpectrogramEncoder::forward(const torch::Tensor& x) {
    return project_->forward(std::get<0>(lstm_->forward(x)));
}

SpectrogramDecoder::SpectrogramDecoder(const ModelConfig& c) {
    lstm_ = register_module(
        "lstm", torch::nn::LSTM(torch::nn::LSTMOptions(c.z_dim + c.f_dim, c.features).batch_first(true)));
    project_ = register_module("fc", torch::nn::Linear(c.features, c.features));
}

torch::Tensor SpectrogramDecoder::forward(const torch::Tensor& z, const torch::Tensor& f) {
    torch::Tensor input = torch::cat({z, f.unsqueeze(1).expand({z.size(0), z.size(1), f.size(1)})}, 2);
    return project_->forward(std::get<0>(lstm_->forward(input)));
}

}  // namespace dbse
