// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/series_loss.h"

#include "core/model/gaussian.h"

#include <torch/torch.h>

#include <cmath>

namespace dbse {

torch::Tensor maskedGaussianNll(const torch::Tensor& x, const SeriesReconstruction& recon, const torch::Tensor& missing) {
    const double half_log_two_pi = 0.5 * std::log(2.0 * M_PI);
    torch::Tensor nll = torch::log(recon.scale) + half_log_two_pi + 0.5 * ((x - recon.mean) / recon.scale).pow(2);
    if (missing.defined())
        nll = nll * (1 - missing);
    return nll;
}

LossTerms computeSeriesLoss(const SeriesOutputs& o, const torch::Tensor& x, const torch::Tensor& missing,
                            const LossConfig& c, KlScale kl_scale) {
    const double copies_times_batch = static_cast<double>(x.size(0));
    const int64_t first_step = int64_t{o.anchor} * (x.size(1) / o.z_post.mean.size(1));
    const torch::Tensor x_frame = x.narrow(1, first_step, 1);
    const torch::Tensor missing_frame = missing.defined() ? missing.narrow(1, first_step, 1) : torch::Tensor();
    LossTerms terms;
    terms.recon_seq = maskedGaussianNll(x, o.recon_seq, missing).mean();
    terms.recon_frame = maskedGaussianNll(x_frame, o.recon_frame, missing_frame).mean();
    terms.kl_f = klToStandardNormal(o.f_post.mean, o.f_post.logvar) / copies_times_batch;
    terms.kl_z = klBetweenGaussians(o.z_post.mean, o.z_post.logvar, o.z_prior.mean, o.z_prior.logvar) /
                 copies_times_batch;
    terms.total = c.w_seq * terms.recon_seq + c.w_f * kl_scale.f * terms.kl_f + c.w_z * kl_scale.z * terms.kl_z;
    if (c.static_frame_loss)
        terms.total = terms.total + c.w_frame * terms.recon_frame;
    return terms;
}

LossTerms seriesTrainingLoss(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing,
                             int anchor_window, const LossConfig& config, KlScale kl_scale,
                             torch::Generator* generator) {
    const int64_t M = config.mc_samples;
    const torch::Tensor x_tiled = M == 1 ? x : x.repeat({M, 1, 1});
    const torch::Tensor missing_tiled = !missing.defined() || M == 1 ? missing : missing.repeat({M, 1, 1});
    const SeriesOutputs outputs = model.forward(x_tiled, missing_tiled, anchor_window, generator);
    return computeSeriesLoss(outputs, x_tiled, missing_tiled, config, kl_scale);
}

}  // namespace dbse
