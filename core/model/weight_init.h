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

}  // namespace dbse
