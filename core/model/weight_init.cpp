// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/weight_init.h"

#include <torch/torch.h>

namespace dbse {

void applyPublishedInit(torch::nn::Module& root) {
    torch::NoGradGuard no_grad;
    constexpr double kStd = 0.01;
    for (const auto& module : root.modules(/*include_self=*/true)) {
        if (auto* conv = module->as<torch::nn::Conv2d>()) {
            conv->weight.normal_(0.0, kStd);
            if (conv->bias.defined())
                conv->bias.zero_();
        } else if (auto* linear = module->as<torch::nn::Linear>()) {
            linear->weight.normal_(0.0, kStd);
            if (linear->bias.defined())
                linear->bias.zero_();
        } else if (auto* bn = module->as<torch::nn::BatchNorm2d>()) {
            bn->weight.fill_(1.0);
            bn->bias.zero_();
        }
    }
}

void applyFastStartInit(torch::nn::Module& root) {
    torch::NoGradGuard no_grad;
    constexpr double kLogVariance = -4.0;
    const std::string suffix = "posterior.logvar.bias";
    for (auto& p : root.named_parameters()) {
        const std::string& name = p.key();
        if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            p.value().fill_(kLogVariance);
    }
}

}  // namespace dbse
