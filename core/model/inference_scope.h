// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Eval mode (BatchNorm statistics, no dropout) and no autograd for the guard's lifetime;
// restores the module's previous training flag. Not thread-safe: one guard per model at a time.

#include <torch/nn/module.h>
#include <torch/types.h>

namespace dbse {

class InferenceScope {
public:
    explicit InferenceScope(torch::nn::Module& model) : model_(model), was_training_(model.is_training()) {
        model_.eval();
    }
    ~InferenceScope() { model_.train(was_training_); }
    InferenceScope(const InferenceScope&) = delete;
    InferenceScope& operator=(const InferenceScope&) = delete;

private:
    torch::nn::Module& model_;
    bool was_training_;
    torch::NoGradGuard no_grad_;
};

}  // namespace dbse
