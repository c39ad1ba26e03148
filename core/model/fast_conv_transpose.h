// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Transposed convolution computed with ordinary convolutions and matrix products, because
// LibTorch's CPU conv_transpose2d runs a slow reference kernel (slow_conv_transpose2d), which
// made it ~90% of a DBSE training step. Same math, same parameters.

#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <cstdint>
#include <mutex>

namespace dbse {

// conv_transpose2d(x, weight, bias, stride, padding) for x [B, Cin, H, W] and weight
// [Cin, Cout, k, k]. On the CPU two cases take fast paths:
//  - a 1x1 input with stride 1 and padding 0 is one matrix product;
//  - k = 4, stride 2, padding 1 is four 2x2 convolutions, one per output pixel phase,
//    interleaved (sub-pixel decomposition; no multiplications by inserted zeros).
// Everything else, and every CUDA tensor, goes to torch::conv_transpose2d.
torch::Tensor convTranspose2d(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                              int64_t stride, int64_t padding);

// A ConvTranspose2d layer (parameters, names and initialisation of torch::nn::ConvTranspose2d,
// held as child "conv") whose forward uses convTranspose2d above. Without autograd (evaluation,
// swaps, sampling) the rearranged sub-pixel kernel is kept between calls and remade only when
// the weight changes (another tensor, storage or version: an optimizer step or a load).
class FastConvTranspose2dImpl : public torch::nn::Module {
public:
    explicit FastConvTranspose2dImpl(const torch::nn::ConvTranspose2dOptions& options);
    torch::Tensor forward(const torch::Tensor& x);

private:
    struct KernelKey {
        const void* tensor = nullptr;
        const void* data = nullptr;
        int64_t version = 0;
        bool operator==(const KernelKey& o) const { return tensor == o.tensor && data == o.data && version == o.version; }
    };
    torch::Tensor inferenceKernel();

    torch::nn::ConvTranspose2d conv_{nullptr};
    int64_t stride_, padding_;
    std::mutex kernel_mutex_;  // guards the cache below (forward may run on any thread)
    torch::Tensor kernel_;     // [4 Cout, Cin, 3, 3] or undefined
    KernelKey kernel_key_;
};
TORCH_MODULE(FastConvTranspose2d);

}  // namespace dbse
