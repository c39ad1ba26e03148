// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The published audio encoder/decoder (PROTOCOLS 1.4), over spectrogram frames of
// `features` bins (201 for the timit preset). Both are recurrent over time.

#include "core/model/codec.h"
#include "core/model/config.h"

#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/rnn.h>

namespace dbse {

// x [B, T, features] -> g [B, T, g_dim]: BiLSTM(features -> g_dim per direction), then
// Linear(2 g_dim -> g_dim) per frame (published: BiLSTM(201 -> 201), Linear(402 -> 201)).
class SpectrogramEncoder : public SequenceEncoder {
public:
    explicit SpectrogramEncoder(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& x) override;

private:
    torch::nn::LSTM lstm_{nullptr};
    torch::nn::Linear project_{nullptr};
};

// z [B, T, z_dim], f [B, f_dim] -> x_hat [B, T, features]: LSTM(z_dim + f_dim -> features)
// over the concatenation (z_t, f), in that order, then Linear(features -> features) per frame.
// No output activation (spectrogram magnitudes are used as they are).
class SpectrogramDecoder : public SequenceDecoder {
public:
    explicit SpectrogramDecoder(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& f) override;

private:
    torch::nn::LSTM lstm_{nullptr};
    torch::nn::Linear project_{nullptr};
};

}  // namespace dbse
