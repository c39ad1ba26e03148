// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Recomputing activations in backward gives the gradients and BatchNorm statistics of the plain
// pass, for a stretch of layers and for the whole video model's loss.

#include "core/model/dbse_model.h"
#include "core/model/loss.h"
#include "core/model/recompute.h"
#include "tiny_model_configs.h"
#include "training_step.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

using namespace dbse;

namespace {

using test::relativeError;

torch::nn::Sequential convBlocks() {
    namespace nn = torch::nn;
    return nn::Sequential(nn::Conv2d(nn::Conv2dOptions(3, 4, 3).padding(1)), nn::BatchNorm2d(4),
                          nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.2)),
                          nn::Conv2d(nn::Conv2dOptions(4, 2, 3).stride(2)), nn::BatchNorm2d(2), nn::Tanh());
}

struct StepResult {
    torch::Tensor output, input_grad;
    std::vector<torch::Tensor> parameter_grads, buffers;
};

// One forward/backward of convBlocks on fixed data, the two halves of it recomputed or not.
StepResult stepOfBlocks(bool recompute) {
    torch::manual_seed(7);
    torch::nn::Sequential blocks = convBlocks();
    blocks->train();
    torch::Tensor x = torch::randn({5, 3, 9, 9}).requires_grad_(true);
    const torch::Tensor upstream = torch::randn({5, 2, 4, 4});
    torch::Tensor y;
    if (recompute) {
        auto half = [&](size_t begin) {
            return [impl = blocks.ptr(), begin](const torch::Tensor& in) {
                torch::Tensor out = in;
                for (auto layer = impl->begin() + begin; layer != impl->begin() + begin + 3; ++layer)
                    out = layer->forward(out);
                return out;
            };
        };
        torch::Tensor h = runRecomputingInBackward(half(0), {blocks->ptr(0), blocks->ptr(1), blocks->ptr(2)}, x);
        y = runRecomputingInBackward(half(3), {blocks->ptr(3), blocks->ptr(4), blocks->ptr(5)}, h);
    } else {
        y = blocks->forward(x);
    }
    (y * upstream).sum().backward();
    StepResult r{y.detach(), x.grad(), {}, {}};
    for (const torch::Tensor& p : blocks->parameters())
        r.parameter_grads.push_back(p.grad());
    for (const torch::Tensor& b : blocks->buffers())
        r.buffers.push_back(b.clone());
    return r;
}

TEST(Recompute, StretchOfLayersHasThePlainGradientsAndUpdatesBatchNormOnce) {
    const StepResult plain = stepOfBlocks(false), recomputed = stepOfBlocks(true);
    EXPECT_TRUE(torch::equal(recomputed.output, plain.output));
    EXPECT_LT(relativeError(recomputed.input_grad, plain.input_grad), 1e-5);
    ASSERT_EQ(recomputed.parameter_grads.size(), plain.parameter_grads.size());
    for (size_t i = 0; i < plain.parameter_grads.size(); ++i) {
        ASSERT_TRUE(recomputed.parameter_grads[i].defined()) << "parameter " << i;
        EXPECT_LT(relativeError(recomputed.parameter_grads[i], plain.parameter_grads[i]), 1e-5) << "parameter " << i;
    }
    // Running means, variances and the batch counters (1 after one step, not 2).
    ASSERT_EQ(recomputed.buffers.size(), plain.buffers.size());
    for (size_t i = 0; i < plain.buffers.size(); ++i)
        EXPECT_TRUE(torch::equal(recomputed.buffers[i], plain.buffers[i])) << "buffer " << i;
}

TEST(Recompute, WithoutAutogradItIsAPlainCall) {
    torch::nn::Sequential blocks = convBlocks();
    const torch::Tensor x = torch::randn({2, 3, 9, 9});
    torch::NoGradGuard no_grad;
    int calls = 0;
    torch::Tensor y = runRecomputingInBackward(
        [&](const torch::Tensor& in) {
            ++calls;
            return blocks->forward(in);
        },
        {blocks.ptr()}, x);
    EXPECT_EQ(calls, 1);
    EXPECT_FALSE(y.requires_grad());
    EXPECT_FALSE(y.grad_fn());
}

struct ModelStep {
    torch::Tensor loss;
    std::vector<torch::Tensor> grads, buffers;
};

ModelStep stepOfModel(bool recompute) {
    torch::manual_seed(3);
    DbseModel model = makeModel(test::tinyModelConfig());
    model->train();
    model->setRecomputeActivations(recompute);
    const torch::Tensor x = torch::rand({3, 8, 3, 64, 64});
    torch::Generator generator = at::detail::createCPUGenerator(11);
    LossTerms terms = computeLoss(model->forward(x, 2, &generator), x, LossConfig{});
    terms.total.backward();
    ModelStep r{terms.total.detach(), {}, {}};
    for (const torch::Tensor& p : model->parameters())
        r.grads.push_back(p.grad().defined() ? p.grad() : torch::zeros_like(p));
    for (const torch::Tensor& b : model->buffers())
        r.buffers.push_back(b.clone());
    return r;
}

TEST(Recompute, VideoModelLossGradientsMatchThePlainPass) {
    const ModelStep plain = stepOfModel(false), recomputed = stepOfModel(true);
    EXPECT_LT(relativeError(recomputed.loss, plain.loss), 1e-6);
    ASSERT_EQ(recomputed.grads.size(), plain.grads.size());
    for (size_t i = 0; i < plain.grads.size(); ++i)
        EXPECT_LT(relativeError(recomputed.grads[i], plain.grads[i]), 1e-4) << "parameter " << i;
    for (size_t i = 0; i < plain.buffers.size(); ++i)
        EXPECT_LT(relativeError(recomputed.buffers[i].to(torch::kDouble), plain.buffers[i].to(torch::kDouble)), 1e-6)
            << "buffer " << i;
}

TEST(Recompute, AutoRecomputesOnlyWhenKeptActivationsExceedTheLimit) {
    const ModelConfig sprites;  // the published video sizes (base width 64, 8 frames)
    TrainConfig train;
    train.batch = 32;
    EXPECT_LT(keptActivationBytes(sprites, 32), kRecomputeAboveBytes);
    EXPECT_FALSE(recomputesActivations(sprites, train));
    train.batch = 128;
    EXPECT_GT(keptActivationBytes(sprites, 128), 2.5 * kRecomputeAboveBytes);
    EXPECT_TRUE(recomputesActivations(sprites, train));
    train.activations = ActivationMemory::Keep;
    EXPECT_FALSE(recomputesActivations(sprites, train));
    train.activations = ActivationMemory::Recompute;
    train.batch = 1;
    EXPECT_TRUE(recomputesActivations(sprites, train));
    EXPECT_FALSE(recomputesActivations(test::tinySeriesConfig(), train));
}

TEST(Recompute, SettingTravelsThroughConfigJsonAndBadValuesAreNamed) {
    TrainConfig train;
    train.activations = ActivationMemory::Recompute;
    const nlohmann::json j = train;
    EXPECT_EQ(j.at("activations"), "recompute");
    EXPECT_EQ(j.get<TrainConfig>().activations, ActivationMemory::Recompute);
    nlohmann::json older = j;
    older.erase("activations");  // run folders written before the setting existed
    EXPECT_EQ(older.get<TrainConfig>().activations, ActivationMemory::Auto);
    nlohmann::json bad = j;
    bad["activations"] = "sometimes";
    try {
        (void)bad.get<TrainConfig>();
        FAIL() << "accepted activations 'sometimes'";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("activations"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("recompute"), std::string::npos) << e.what();
    }
}

}  // namespace
