// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two modality-specific ends of DBSE. Everything between them (static path, subtraction,
// dynamic posterior, learned prior, loss) is shared by video, audio and time series.

#include <torch/nn/module.h>
#include <torch/types.h>

namespace dbse {

// Maps each element of a sequence to a feature vector, without recurrence across elements.
// forward: x [B, T, ...element shape] -> g [B, T, g_dim].
class SequenceEncoder : public torch::nn::Module {
public:
    virtual torch::Tensor forward(const torch::Tensor& x) = 0;
    // Training with autograd: recompute activations in backward instead of keeping them
    // (core/model/recompute.h). Encoders without a use for it ignore the request.
    virtual void setRecomputeInBackward(bool /*recompute*/) {}
};

// Maps per-step dynamic codes and one static code back to elements.
// forward: z [B, T, z_dim], f [B, f_dim] -> x_hat [B, T, ...element shape].
class SequenceDecoder : public torch::nn::Module {
public:
    virtual torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& f) = 0;
    // As SequenceEncoder::setRecomputeInBackward.
    virtual void setRecomputeInBackward(bool /*recompute*/) {}
};

}  // namespace dbse
