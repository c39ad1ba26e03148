// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The loss against values computed by hand on tiny tensors, and the KL terms against their
// closed forms.

#include "core/model/gaussian.h"
#include "core/model/loss.h"
#include "core/train/schedule.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

using namespace dbse;

namespace {

// B = 2 sequences of T = 2 "frames" of 1 value each; codes of size 1.
DbseOutputs handMadeOutputs() {
    DbseOutputs o;
    o.anchor = 0;
    o.recon_seq = torch::tensor({0.5f, 0.0f, 1.0f, 0.25f}).reshape({2, 2, 1});
    o.recon_frame = torch::tensor({0.0f, 1.0f}).reshape({2, 1});
    o.f_post = {torch::tensor({1.0f, 0.0f}).reshape({2, 1}), torch::tensor({0.0f, std::log(4.0f)}).reshape({2, 1})};
    o.z_post = {torch::tensor({0.0f, 1.0f, 2.0f, 0.0f}).reshape({2, 2, 1}), torch::zeros({2, 2, 1})};
    o.z_prior = {torch::tensor({0.0f, 0.0f, 0.0f, 0.0f}).reshape({2, 2, 1}),
                 torch::tensor({0.0f, std::log(2.0f), 0.0f, 0.0f}).reshape({2, 2, 1})};
    return o;
}

const torch::Tensor kTarget = torch::tensor({1.0f, 0.0f, 0.0f, 0.75f}).reshape({2, 2, 1});

}  // namespace

TEST(Loss, MatchesHandComputedTerms) {
    const DbseOutputs o = handMadeOutputs();
    LossConfig c;  // weights 5, 1, 1, 1
    const LossTerms t = computeLoss(o, kTarget, c);
    // recon_seq: (0.25 + 0 + 1 + 0.25) / 2
    EXPECT_NEAR(t.recon_seq.item<double>(), 0.75, 1e-6);
    // recon_frame vs x[:, 0] = (1, 0): (1 + 1) / 2
    EXPECT_NEAR(t.recon_frame.item<double>(), 1.0, 1e-6);
    // KL_f: seq 0: 0.5 * (1 + 1 - 1 - 0) = 0.5; seq 1: 0.5 * (0 + 4 - 1 - ln 4); / B
    const double kl_f = (0.5 + 0.5 * (3.0 - std::log(4.0))) / 2;
    EXPECT_NEAR(t.kl_f.item<double>(), kl_f, 1e-6);
    // KL_z per element 0.5 * (lp - lq + (vq + (mq - mp)^2) / vp - 1):
    // (0,0|0,0) 0; (1,0|0,ln2) 0.5 (ln2 + 2/2 - 1); (2,0|0,0) 0.5 * 4; (0,0|0,0) 0.
    const double kl_z = (0.5 * std::log(2.0) + 2.0) / 2;
    EXPECT_NEAR(t.kl_z.item<double>(), kl_z, 1e-6);
    EXPECT_NEAR(t.total.item<double>(), 5 * 0.75 + 1.0 + kl_f + kl_z, 1e-5);
}

TEST(Loss, SkipAnchorExcludesTheAnchorFrameFromTheSequenceTerm) {
    DbseOutputs o = handMadeOutputs();
    LossConfig c;
    c.recon_frames = ReconFrames::SkipAnchor;
    EXPECT_NEAR(computeLoss(o, kTarget, c).recon_seq.item<double>(), (0.0 + 0.25) / 2, 1e-6);
    o.anchor = 1;  // now frame 0 stays, frame 1 goes; the frame term compares with x[:, 1]
    const LossTerms t = computeLoss(o, kTarget, c);
    EXPECT_NEAR(t.recon_seq.item<double>(), (0.25 + 1.0) / 2, 1e-6);
    EXPECT_NEAR(t.recon_frame.item<double>(), (0.0 + 0.0625) / 2, 1e-6);
}

TEST(Loss, NoStaticLossAblationDropsOnlyTheFrameTerm) {
    const DbseOutputs o = handMadeOutputs();
    LossConfig with, without;
    without.static_frame_loss = false;
    const LossTerms a = computeLoss(o, kTarget, with), b = computeLoss(o, kTarget, without);
    EXPECT_NEAR(a.total.item<double>() - b.total.item<double>(), with.w_frame * a.recon_frame.item<double>(), 1e-5);
    EXPECT_EQ(a.recon_frame.item<double>(), b.recon_frame.item<double>());  // still reported
}

TEST(Loss, WeightsAndKlScaleMultiplyTheirTerms) {
    const DbseOutputs o = handMadeOutputs();
    LossConfig c;
    c.w_seq = 2, c.w_frame = 3, c.w_f = 4, c.w_z = 5;
    const LossTerms t = computeLoss(o, kTarget, c, KlScale{0.5, 0.25});
    const double expected = 2 * t.recon_seq.item<double>() + 3 * t.recon_frame.item<double>() +
                            4 * 0.5 * t.kl_f.item<double>() + 5 * 0.25 * t.kl_z.item<double>();
    EXPECT_NEAR(t.total.item<double>(), expected, 1e-5);
}

TEST(Gaussian, KlAgainstClosedFormsAndSampling) {
    torch::manual_seed(0);
    const torch::Tensor mq = torch::randn({7}), lq = torch::randn({7}) * 0.3;
    const torch::Tensor mp = torch::randn({7}), lp = torch::randn({7}) * 0.3;
    // KL(q || N(0,1)) equals KL(q || p) with p = N(0, 1).
    EXPECT_NEAR(klToStandardNormal(mq, lq).item<double>(),
                klBetweenGaussians(mq, lq, torch::zeros({7}), torch::zeros({7})).item<double>(), 1e-5);
    // KL of a distribution with itself is 0; KL is non-negative.
    EXPECT_NEAR(klBetweenGaussians(mq, lq, mq, lq).item<double>(), 0.0, 1e-6);
    EXPECT_GT(klBetweenGaussians(mq, lq, mp, lp).item<double>(), 0.0);
    // Monte-Carlo estimate of E_q[log q - log p] agrees with the analytic value.
    const int64_t n = 400000;
    const torch::Tensor samples = reparameterise(mq.expand({n, 7}), lq.expand({n, 7}));
    auto logDensity = [](const torch::Tensor& x, const torch::Tensor& m, const torch::Tensor& lv) {
        return -0.5 * ((x - m).pow(2) / lv.exp() + lv + std::log(2 * M_PI));
    };
    const double mc = (logDensity(samples, mq, lq) - logDensity(samples, mp, lp)).sum(1).mean().item<double>();
    const double analytic = klBetweenGaussians(mq, lq, mp, lp).item<double>();
    EXPECT_NEAR(mc, analytic, 0.02 * std::max(1.0, analytic));
}

TEST(Schedule, LearningRatesAndKlAnnealing) {
    TrainConfig c;
    c.lr = 1e-3;
    c.epochs = 100;
    EXPECT_DOUBLE_EQ(learningRate(c, 99), 1e-3);
    c.schedule = ScheduleKind::StepHalving;
    EXPECT_DOUBLE_EQ(learningRate(c, 49), 1e-3);
    EXPECT_DOUBLE_EQ(learningRate(c, 50), 5e-4);
    c.schedule = ScheduleKind::CosineWarmRestarts;
    c.eta_min = 1e-4;
    EXPECT_DOUBLE_EQ(learningRate(c, 0), 1e-3);
    EXPECT_NEAR(learningRate(c, 25), 1e-4 + 0.9e-3 * 0.5 * (1 + std::cos(M_PI * 25 / 50)), 1e-12);
    EXPECT_DOUBLE_EQ(learningRate(c, 50), 1e-3);  // restart

    c.kl_annealing = KlAnnealing::CyclicCosine;
    c.epochs = 2000;
    c.kl_cycles = 20;  // cycles of 100 epochs: ramp over 50, then 1
    EXPECT_DOUBLE_EQ(klScale(c, 0).z, 0.0);
    EXPECT_NEAR(klScale(c, 25).z, 0.5, 1e-12);
    EXPECT_DOUBLE_EQ(klScale(c, 50).z, 1.0);
    EXPECT_DOUBLE_EQ(klScale(c, 99).f, 1.0);
    EXPECT_DOUBLE_EQ(klScale(c, 100).f, 0.0);
    // The published bug compounded the factor into the static weight; ours does not.
    EXPECT_DOUBLE_EQ(klScale(c, 150).f, klScale(c, 150).z);
}
