// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One training step of the tiny video model in a chosen precision and activation mode, and the
// comparisons the precision, recomputation and device tests make of tensors.

#include "core/train/trainable_model.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <memory>
#include <vector>

namespace dbse::test {

// max |a - b| / max |b|.
inline double relativeError(const torch::Tensor& a, const torch::Tensor& b) {
    return ((a - b).abs().max() / b.abs().max().clamp_min(1e-12)).item<double>();
}

inline double cosine(const torch::Tensor& a, const torch::Tensor& b) {
    return (a.dot(b) / (a.norm() * b.norm())).item<double>();
}

struct TrainingStep {
    double loss = 0;
    torch::Tensor gradient;  // every defined parameter gradient, flattened, float64 on the CPU
};

// Loss and gradients of one step on 8 sequences of tinySplits(), model seeded with 5, on
// `device`; sampling noise from `generator` (nullptr: the device's default generator). Checks
// that the loss, the parameters and their gradients stay float32 whatever the precision.
inline TrainingStep trainingStep(const torch::Device& device, Precision precision, ActivationMemory activations,
                                 torch::Generator* generator) {
    Preset preset = tinyPreset();
    preset.train.precision = precision;
    preset.train.activations = activations;
    torch::manual_seed(5);
    std::unique_ptr<TrainableModel> model = makeTrainableModel(preset);
    model->network()->to(device);
    model->network()->train();
    const torch::Tensor x = tinySplits().train.frames.slice(0, 0, 8).to(device).to(torch::kFloat).div(255.0);
    LossTerms terms = model->loss(x, {}, 1, {}, generator);
    EXPECT_EQ(terms.total.scalar_type(), torch::kFloat);
    terms.total.backward();
    std::vector<torch::Tensor> grads;
    for (const torch::Tensor& p : model->network()->parameters()) {
        EXPECT_EQ(p.scalar_type(), torch::kFloat);
        if (p.grad().defined()) {
            EXPECT_EQ(p.grad().scalar_type(), torch::kFloat);
            grads.push_back(p.grad().flatten().to(torch::kCPU, torch::kDouble));
        }
    }
    return {terms.total.item<double>(), torch::cat(grads)};
}

}  // namespace dbse::test
