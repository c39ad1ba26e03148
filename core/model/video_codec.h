// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The published video encoder/decoder (PROTOCOLS 1.1): a DCGAN convolutional frame encoder and
// a transposed-convolution frame decoder, both applied to every frame independently.

#include "core/model/codec.h"
#include "core/model/config.h"

#include <torch/nn/modules/container/sequential.h>

namespace dbse {

// x [B, T, C, 64, 64] in [0, 1] -> g [B, T, g_dim] in (-1, 1).
// Conv(C->w) BN LReLU, Conv(w->2w), Conv(2w->4w), Conv(4w->8w) (all k4 s2 p1), then
// Conv(8w->g_dim, k4 s1 p0) BN Tanh, with w = base_channels.
class DcganFrameEncoder : public SequenceEncoder {
public:
    explicit DcganFrameEncoder(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& x) override;
    void setRecomputeInBackward(bool recompute) override { recompute_ = recompute; }

private:
    torch::nn::Sequential layers_{nullptr};
    bool recompute_ = false;
};

// z [B, T, z_dim], f [B, f_dim] -> x_hat [B, T, C, 64, 64] in (0, 1). The decoder input of a
// frame is the concatenation (z_t, f), in that order.
// ConvT(z+f->8w, k4 s1 p0) BN LReLU, ConvT(8w->4w), ConvT(4w->2w), ConvT(2w->w)
// (k4 s2 p1, BN, LReLU), ConvT(w->C, k4 s2 p1) Sigmoid.
class ConvTFrameDecoder : public SequenceDecoder {
public:
    explicit ConvTFrameDecoder(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& f) override;
    void setRecomputeInBackward(bool recompute) override { recompute_ = recompute; }

private:
    torch::nn::Sequential layers_{nullptr};
    bool recompute_ = false;
    int channels_;
    int image_size_;
};

}  // namespace dbse
