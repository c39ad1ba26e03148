// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace torch::nn {
class Module;
}

namespace dbse {

// The published initialisation: Conv2d and Linear weights ~ N(0, 0.01^2), biases 0;
// BatchNorm2d weight 1, bias 0. ConvTranspose2d, LSTM and LSTMCell keep the library
// defaults (as in the published code, where they are not touched). Uses the global generator.
void applyPublishedInit(torch::nn::Module& root);

// Library defaults, except the biases of the posterior log-variance heads (parameters named
// "*posterior.logvar.bias"), which are set to -4. See InitScheme::FastStart.
void applyFastStartInit(torch::nn::Module& root);

}  // namespace dbse
