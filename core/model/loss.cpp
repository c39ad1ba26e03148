// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/loss.h"

#include "core/model/gaussian.h"

#include <torch/torch.h>

namespace dbse {
namespace {

torch::Tensor sumSquaredError(const torch::Tensor& a, const torch::Tensor& b) { return (a - b).pow(2).sum(); }

}  // namespace

LossTerms computeLoss(const DbseOutputs& o, const torch::Tensor& x, const LossConfig& c, KlScale kl_scale) {
    const double B = static_cast<double>(x.size(0));
    const int64_t T = x.size(1);
    LossTerms terms;
    if (c.recon_frames == ReconFrames::All) {
        terms.recon_seq = sumSquaredError(o.recon_seq, x) / B;
    } else {
        // Every element but the anchor.
        torch::Tensor keep = torch::ones({T}, torch::TensorOptions().dtype(torch::kBool));
        keep[o.anchor] = false;
        torch::Tensor index = keep.nonzero().squeeze(1).to(x.device());
        terms.recon_seq = sumSquaredError(o.recon_seq.index_select(1, index), x.index_select(1, index)) / B;
    }
    if (c.static_recon == StaticRecon::WholeSequence) {
        if (!o.recon_static.defined())
            throw std::invalid_argument("loss.static_recon whole-sequence: this model does not decode the static "
                                        "code alone (audio only)");
        terms.recon_frame = sumSquaredError(o.recon_static, x) / B;
    } else {
        terms.recon_frame = sumSquaredError(o.recon_frame, x.select(1, o.anchor)) / B;
    }
    terms.kl_f = klToStandardNormal(o.f_post.mean, o.f_post.logvar) / B;
    terms.kl_z = klBetweenGaussians(o.z_post.mean, o.z_post.logvar, o.z_prior.mean, o.z_prior.logvar) / B;

    terms.total = c.w_seq * terms.recon_seq + c.w_f * kl_scale.f * terms.kl_f + c.w_z * kl_scale.z * terms.kl_z;
    if (c.static_frame_loss)
        terms.total = terms.total + c.w_frame * terms.recon_frame;
    return terms;
}

}  // namespace dbse
