// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-epoch learning rate and KL weight multipliers. `epoch` is 0-based.

#include "core/model/config.h"
#include "core/model/loss.h"

namespace dbse {

// Constant: lr. Step: lr halved from epoch epochs/2 on. Cosine: warm restarts with
// T0 = (epochs + 1) / 2, floor eta_min (as the published Sprites options).
double learningRate(const TrainConfig& config, int epoch);

// None: {1, 1}. Cyclic cosine (published for MUG): `kl_cycles` cycles over the run; in each
// cycle the first half ramps as 0.5 - 0.5 cos(pi v), v in [0, 1), the second half is 1. The
// same factor multiplies both KL weights (the published code compounded it into the static
// weight, which then stayed 0 for the whole run; that bug is not reproduced).
KlScale klScale(const TrainConfig& config, int epoch);

}  // namespace dbse
