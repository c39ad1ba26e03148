// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fast transposed convolution equals LibTorch's reference one, values and gradients.

#include "core/model/fast_conv_transpose.h"

#include "training_step.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dbse;

namespace {

using test::relativeError;

void compareWithReference(int64_t B, int64_t Cin, int64_t Cout, int64_t H, int64_t stride, int64_t padding) {
    torch::manual_seed(B * 100 + Cin);
    const torch::Tensor x0 = torch::randn({B, Cin, H, H});
    const torch::Tensor w0 = torch::randn({Cin, Cout, 4, 4});
    const torch::Tensor b0 = torch::randn({Cout});
    const torch::Tensor upstream = torch::randn_like(torch::conv_transpose2d(x0, w0, b0, stride, padding));

    auto run = [&](bool fast) {
        torch::Tensor x = x0.clone().requires_grad_(true), w = w0.clone().requires_grad_(true),
                      b = b0.clone().requires_grad_(true);
        torch::Tensor y = fast ? convTranspose2d(x, w, b, stride, padding)
                               : torch::conv_transpose2d(x, w, b, stride, padding);
        (y * upstream).sum().backward();
        return std::vector<torch::Tensor>{y.detach(), x.grad(), w.grad(), b.grad()};
    };
    const auto fast = run(true), reference = run(false);
    const char* names[] = {"output", "grad input", "grad weight", "grad bias"};
    for (size_t i = 0; i < fast.size(); ++i) {
        ASSERT_EQ(fast[i].sizes(), reference[i].sizes()) << names[i];
        EXPECT_LT(relativeError(fast[i], reference[i]), 1e-4) << names[i] << " B" << B << " Cin" << Cin << " H" << H;
    }
}

}  // namespace

TEST(FastConvTranspose, StrideTwoKernelFourMatchesTheReference) {
    compareWithReference(3, 5, 7, 4, 2, 1);
    compareWithReference(2, 16, 3, 32, 2, 1);
    compareWithReference(1, 1, 1, 1, 2, 1);
}

TEST(FastConvTranspose, SinglePixelInputMatchesTheReference) {
    compareWithReference(4, 12, 9, 1, 1, 0);
}

TEST(FastConvTranspose, OtherShapesFallBackToTheReference) {
    compareWithReference(2, 3, 4, 5, 1, 1);  // neither fast case
}

TEST(FastConvTranspose, ModuleKeepsTheParametersOfConvTranspose2d) {
    torch::manual_seed(0);
    FastConvTranspose2d fast(torch::nn::ConvTranspose2dOptions(6, 4, 4).stride(2).padding(1));
    torch::manual_seed(0);
    torch::nn::ConvTranspose2d plain(torch::nn::ConvTranspose2dOptions(6, 4, 4).stride(2).padding(1));
    const auto params = fast->named_parameters();
    ASSERT_EQ(params.size(), 2u);
    EXPECT_TRUE(torch::equal(params["conv.weight"], plain->weight));
    EXPECT_TRUE(torch::equal(params["conv.bias"], plain->bias));
    const torch::Tensor x = torch::randn({2, 6, 8, 8});
    EXPECT_LT(relativeError(fast->forward(x), plain->forward(x)), 1e-5);
}

TEST(FastConvTranspose, KernelKeptWithoutAutogradFollowsWeightChanges) {
    torch::manual_seed(3);
    FastConvTranspose2d fast(torch::nn::ConvTranspose2dOptions(5, 3, 4).stride(2).padding(1));
    const torch::Tensor x = torch::randn({2, 5, 6, 6});
    auto reference = [&] {
        torch::NoGradGuard no_grad;
        return torch::conv_transpose2d(x, fast->named_parameters()["conv.weight"], fast->named_parameters()["conv.bias"], 2, 1);
    };
    torch::NoGradGuard no_grad;
    EXPECT_LT(relativeError(fast->forward(x), reference()), 1e-5);
    EXPECT_LT(relativeError(fast->forward(x), reference()), 1e-5);  // from the kept kernel
    fast->named_parameters()["conv.weight"].mul_(-2).add_(0.5);   // as an optimizer step would
    EXPECT_LT(relativeError(fast->forward(x), reference()), 1e-5);
    FastConvTranspose2d other(torch::nn::ConvTranspose2dOptions(5, 3, 4).stride(2).padding(1));
    fast->named_parameters()["conv.weight"].copy_(other->named_parameters()["conv.weight"]);  // as a load would
    EXPECT_LT(relativeError(fast->forward(x), reference()), 1e-5);
    torch::GradMode::set_enabled(true);
    const torch::Tensor with_grad = fast->forward(x);
    torch::GradMode::set_enabled(false);
    EXPECT_TRUE(torch::equal(with_grad.detach(), fast->forward(x)));
}
