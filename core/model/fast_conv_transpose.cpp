// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/fast_conv_transpose.h"

#include <torch/torch.h>

namespace dbse {
namespace {

// Output pixel 2m + r of a k4 s2 p1 transposed convolution reads input rows m - 1, m, m + 1
// with kernel taps (3, 1, -) for r = 0 and (-, 2, 0) for r = 1; "-" is a zero tap (index 4
// of the zero-extended kernel). All four phases run as one 3x3 convolution with 4 Cout
// outputs, ordered (o, r, q) so that pixel_shuffle interleaves them into the 2H x 2W output.
const int64_t kTaps[2][3] = {{3, 1, 4}, {4, 2, 0}};

torch::Tensor stride2Kernel4(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
    namespace F = torch::nn::functional;
    const auto options = torch::TensorOptions().dtype(torch::kLong).device(weight.device());
    const torch::Tensor extended = F::pad(weight, F::PadFuncOptions({0, 1, 0, 1}));  // [Cin, Cout, 5, 5]
    std::vector<torch::Tensor> phases;
    for (int r = 0; r < 2; ++r) {
        const torch::Tensor rows = extended.index_select(2, torch::tensor({kTaps[r][0], kTaps[r][1], kTaps[r][2]}, options));
        for (int q = 0; q < 2; ++q)
            phases.push_back(rows.index_select(3, torch::tensor({kTaps[q][0], kTaps[q][1], kTaps[q][2]}, options)));
    }
    const int64_t Cin = weight.size(0), Cout = weight.size(1);
    // [4, Cin, Cout, 3, 3] -> [Cout, 4, Cin, 3, 3] -> [4 Cout, Cin, 3, 3]
    const torch::Tensor kernel = torch::stack(phases).permute({2, 0, 1, 3, 4}).reshape({4 * Cout, Cin, 3, 3});
    torch::Tensor out = torch::pixel_shuffle(torch::conv2d(x, kernel, {}, 1, 1), 2);
    return bias.defined() ? out + bias.view({1, Cout, 1, 1}) : out;
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
    if (cpu && square && weight.size(2) == 4 && stride == 2 && padding == 1)
        return stride2Kernel4(x, weight, bias);
    return torch::conv_transpose2d(x, weight, bias, stride, padding);
}

FastConvTranspose2dImpl::FastConvTranspose2dImpl(const torch::nn::ConvTranspose2dOptions& options)
    : conv_(register_module("conv", torch::nn::ConvTranspose2d(options))),
      stride_(options.stride()->at(0)), padding_(options.padding()->at(0)) {}

torch::Tensor FastConvTranspose2dImpl::forward(const torch::Tensor& x) {
    return convTranspose2d(x, conv_->weight, conv_->bias, stride_, padding_);
}

}  // namespace dbse
