// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/schedule.h"

#include <algorithm>
#include <cmath>

namespace dbse {

double learningRate(const TrainConfig& c, int epoch) {
    switch (c.schedule) {
    case ScheduleKind::Constant:
        return c.lr;
    case ScheduleKind::StepHalving:
        return epoch >= c.epochs / 2 ? c.lr * 0.5 : c.lr;
    case ScheduleKind::CosineWarmRestarts: {
        const int period = std::max(1, (c.epochs + 1) / 2);
        const double position = static_cast<double>(epoch % period) / period;
        return c.eta_min + (c.lr - c.eta_min) * 0.5 * (1.0 + std::cos(M_PI * position));
    }
    }
    return c.lr;
}

KlScale klScale(const TrainConfig& c, int epoch) {
    if (c.kl_annealing == KlAnnealing::None)
        return {};
    const int period = std::max(1, c.epochs / c.kl_cycles);
    const int ramp = std::max(1, period / 2);
    const int position = epoch % period;
    const double beta = position < ramp ? 0.5 - 0.5 * std::cos(M_PI * position / ramp) : 1.0;
    return {beta, beta};
}

}  // namespace dbse
