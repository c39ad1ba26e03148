// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The DBSE objective as published (PROTOCOLS 1.2). Every term is a sum over elements divided
// by the batch size B:
//   recon_seq   = sum_t,pixels (x_hat_t - x_t)^2 / B   (all t, or all but the anchor)
//   recon_frame = sum_pixels (decoder(z_anchor, s) - x_anchor)^2 / B
//                 (StaticRecon::WholeSequence, audio: sum_t,bins (decoder(0, s)_t - x_t)^2 / B)
//   kl_f        = KL(q(s|x_anchor) || N(0, I)) / B
//   kl_z        = sum_t KL(q(d_t|.) || p(d_t|d_<t)) / B
//   total       = w_seq recon_seq + w_frame recon_frame + w_f kl_f + w_z kl_z

#include "core/model/config.h"
#include "core/model/dbse_model.h"

namespace dbse {

struct LossTerms {
    torch::Tensor total;  // scalar, differentiable
    torch::Tensor recon_seq, recon_frame, kl_f, kl_z;  // scalars, unweighted
};

// Multipliers on the KL weights of a given epoch (1 unless annealing is on).
struct KlScale {
    double f = 1.0;
    double z = 1.0;
};

LossTerms computeLoss(const DbseOutputs& outputs, const torch::Tensor& x, const LossConfig& config,
                      KlScale kl_scale = {});

}  // namespace dbse
