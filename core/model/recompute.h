// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Activation recomputation ("checkpointing"): a stretch of layers whose intermediate
// activations are not kept for the backward pass. Backward runs the stretch a second time with
// autograd and back-propagates through that run. Costs one extra forward of the stretch and
// saves all its activations but its input. Same math: gradients equal those of the plain pass.

#include <torch/nn/module.h>
#include <torch/types.h>

#include <functional>
#include <memory>
#include <vector>

namespace dbse {

// Returns run(input); when autograd records (grad mode on and `input` or a parameter of
// `modules` requires grad), only `input` is kept and `run` is called again in backward.
// `modules` are the layers `run` uses: their parameters receive gradients, and their buffers
// (BatchNorm running statistics) are put back after the second run, so a training step updates
// them once, as without recomputation. `run` must compute the same function on every call (no
// sampling) and the modules must stay in the same train/eval mode until backward; `run` and
// `modules` are kept alive by the graph until backward has run.
torch::Tensor runRecomputingInBackward(std::function<torch::Tensor(const torch::Tensor&)> run,
                                       std::vector<std::shared_ptr<torch::nn::Module>> modules,
                                       const torch::Tensor& input);

}  // namespace dbse
