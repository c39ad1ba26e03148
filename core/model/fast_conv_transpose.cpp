// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/fast_conv_transpose.h"

#include <torch/torch.h>

namespace dbse {
namespace {

// Output pixel 2m + r of a k4 s2 p1 transposed convolution reads input rows m - 1, m, m + 1
// with kernel taps (3, 1, -) for r = 0 and (-, 2, 0) for r = 1; "-" is a zero tap. All four
// phases run as one 3x3 convolution with 4 Cout outputs, ordered (o, r, q) so that
// pixel_shuffle interleaves them into the 2H x 2W output.
constexpr int64_t kNoTap = -1;
const int64_t kTaps[2][3] = {{3, 1, kNoTap}, {kNoTap, 2, 0}};

// [16, 36] of 0/1: column (phase r*2+q, i, j) picks the 4x4 tap (kTaps[r][i], kTaps[q][j]), or
// nothing. Each tap is picked exactly once, so the product below copies weights exactly (also
// their gradients), as one matrix product instead of many small gathers.
torch::Tensor tapSelection(const torch::TensorOptions& options) {
    torch::Tensor s = torch::zeros({16, 36});
    auto a = s.accessor<float, 2>();
    for (int r = 0; r < 2; ++r)
        for (int q = 0; q < 2; ++q)
            for (int i = 0; i < 3; ++i)
                for (int j = 0; j < 3; ++j)
                    if (kTaps[r][i] != kNoTap && kTaps[q][j] != kNoTap)
                        a[kTaps[r][i] * 4 + kTaps[q][j]][(r * 2 + q) * 9 + i * 3 + j] = 1.0f;
    return s.to(options);
}

torch::Tensor subPixelKernel(const torch::Tensor& weight) {
    const int64_t Cin = weight.size(0), Cout = weight.size(1);
    const torch::Tensor picked = torch::matmul(weight.reshape({Cin * Cout, 16}), tapSelection(weight.options()));
    // [Cin, Cout, 4 phases, 3, 3] -> [Cout, 4, Cin, 3, 3] -> [4 Cout, Cin, 3, 3], contiguous
    // (conv2d would otherwise copy a strided kernel on every call)
    return picked.view({Cin, Cout, 4, 3, 3}).permute({1, 2, 0, 3, 4}).contiguous().view({4 * Cout, Cin, 3, 3});
}

torch::Tensor convTransposeWithSubPixelKernel(const torch::Tensor& x, const torch::Tensor& kernel,
                                              const torch::Tensor& bias) {
    torch::Tensor out = torch::pixel_shuffle(torch::conv2d(x, kernel, {}, 1, 1), 2);
    return bias.defined() ? out + bias.view({1, -1, 1, 1}) : out;
}

bool takesSubPixelPath(const torch::Tensor& x, const torch::Tensor& weight, int64_t stride, int64_t padding) {
    return x.device().is_cpu() && weight.size(2) == 4 && weight.size(3) == 4 && stride == 2 && padding == 1;
}

torch::Tensor fromSinglePixel(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
    const int64_t B = x.size(0), Cin = weight.size(0), Cout = weight.size(1), k = weight.size(2);
    torch::Tensor out = torch::matmul(x.reshape({B, Cin}), weight.reshape({Cin, Cout * k * k})).view({B, Cout, k, k});
    return bias.defined() ? out + bias.view({1, Cout, 1, 1}) : out;
}

}  // namespace

torch::Tensor convTranspose2d(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                              int64_t stride, int64_t padding) {
    const bool cpu = x.device().is_cpu();
    const bool square = weight.size(2) == weight.size(3);
    if (cpu && square && stride == 1 && padding == 0 && x.size(2) == 1 && x.size(3) == 1)
        return fromSinglePixel(x, weight, bias);
    if (takesSubPixelPath(x, weight, stride, padding))
        return convTransposeWithSubPixelKernel(x, subPixelKernel(weight), bias);
    return torch::conv_transpose2d(x, weight, bias, stride, padding);
}

FastConvTranspose2dImpl::FastConvTranspose2dImpl(const torch::nn::ConvTranspose2dOptions& options)
    : conv_(register_module("conv", torch::nn::ConvTranspose2d(options))),
      stride_(options.stride()->at(0)), padding_(options.padding()->at(0)) {}

torch::Tensor FastConvTranspose2dImpl::forward(const torch::Tensor& x) {
    const torch::Tensor& weight = conv_->weight;
    if (torch::GradMode::is_enabled() || !takesSubPixelPath(x, weight, stride_, padding_))
        return convTranspose2d(x, weight, conv_->bias, stride_, padding_);
    return convTransposeWithSubPixelKernel(x, inferenceKernel(), conv_->bias);
}

torch::Tensor FastConvTranspose2dImpl::inferenceKernel() {
    const torch::Tensor& weight = conv_->weight;
    const KernelKey key{weight.unsafeGetTensorImpl(), weight.data_ptr(), weight._version()};
    std::lock_guard<std::mutex> lock(kernel_mutex_);
    if (!kernel_.defined() || !(kernel_key_ == key)) {
        kernel_ = subPixelKernel(weight);
        kernel_key_ = key;
    }
    return kernel_;
}

}  // namespace dbse
