// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Training on a CUDA device (run by tests/benchmarks/gpu-check.sh; every test skips when this
// LibTorch has no CUDA or the machine no GPU): the loss and gradients on the GPU follow the
// CPU's, bfloat16 autocast and recomputation work there, and a run trained on the GPU leaves a
// checkpoint the CPU loads.

#include "core/train/checkpoint.h"
#include "core/train/trainer.h"
#include "training_step.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dbse;

namespace {

#define SKIP_WITHOUT_CUDA() \
    if (!torch::cuda::is_available()) GTEST_SKIP() << "no CUDA device (or this LibTorch has no CUDA)"

using Step = test::TrainingStep;
using test::cosine;

// Sampling noise comes from the device's default generator: the same seed draws different
// numbers on the CPU and the GPU.
Step stepOn(const torch::Device& device, Precision precision, ActivationMemory activations) {
    return test::trainingStep(device, precision, activations, nullptr);
}

TEST(CudaDevice, TrainingStepOnTheGpuIsFiniteInEveryMode) {
    SKIP_WITHOUT_CUDA();
    const torch::Device gpu(torch::kCUDA, 0);
    for (Precision precision : {Precision::Float32, Precision::BFloat16})
        for (ActivationMemory activations : {ActivationMemory::Keep, ActivationMemory::Recompute}) {
            const Step s = stepOn(gpu, precision, activations);
            EXPECT_TRUE(std::isfinite(s.loss)) << toString(precision) << " " << toString(activations);
            EXPECT_TRUE(torch::isfinite(s.gradient).all().item<bool>()) << toString(precision);
        }
}

TEST(CudaDevice, GradientsOnTheGpuFollowTheCpu) {
    SKIP_WITHOUT_CUDA();
    // Different sampling noise: the losses differ a little, the gradients point the same way.
    const Step cpu = stepOn(torch::Device(torch::kCPU), Precision::Float32, ActivationMemory::Keep);
    const Step gpu = stepOn(torch::Device(torch::kCUDA, 0), Precision::Float32, ActivationMemory::Keep);
    EXPECT_NEAR(gpu.loss / cpu.loss, 1.0, 0.05);
    EXPECT_GT(cosine(gpu.gradient, cpu.gradient), 0.9);
    const Step recomputed = stepOn(torch::Device(torch::kCUDA, 0), Precision::Float32, ActivationMemory::Recompute);
    EXPECT_GT(cosine(recomputed.gradient, gpu.gradient), 0.999);
}

TEST(CudaDevice, RunTrainedOnTheGpuLoadsOnTheCpu) {
    SKIP_WITHOUT_CUDA();
    test::ScratchDir dir;
    RunConfig config;
    config.dataset = "builtin:shapes";
    config.preset = test::tinyPreset(2, 16);
    config.preset.train.device = "cuda";
    Trainer trainer(RunFolder::create(dir / "run", config), test::tinySplits());
    const TrainResult result = trainer.run();
    ASSERT_EQ(result.outcome, TrainOutcome::Finished) << result.message;
    DbseModel model = makeModel(config.preset.model);
    const CheckpointHeader header = loadCheckpoint(RunFolder::open(dir / "run").checkpointPath(), *model, nullptr, false);
    EXPECT_EQ(header.epoch, 2);
    for (const torch::Tensor& p : model->parameters())
        EXPECT_TRUE(p.device().is_cpu() && torch::isfinite(p).all().item<bool>());
}

}  // namespace
