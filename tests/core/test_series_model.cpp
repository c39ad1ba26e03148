// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The time-series DBSE (PROTOCOLS 1.3 / 2): shapes, the anchor window, the noise block, the
// subtraction option, the missing-step mask, the masked Gaussian NLL, Monte-Carlo copies,
// config validation and the published presets.

#include "core/model/series_loss.h"
#include "core/model/series_model.h"
#include "core/util/presets.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cmath>

using namespace dbse;

namespace {

LossConfig weights(double w_seq, double w_frame, double w_f, double w_z, int mc_samples) {
    LossConfig c;
    c.w_seq = w_seq;
    c.w_frame = w_frame;
    c.w_f = w_f;
    c.w_z = w_z;
    c.mc_samples = mc_samples;
    return c;
}

}  // namespace

TEST(SeriesModel, OutputShapesFollowTheWindows) {
    torch::manual_seed(0);
    SeriesModel model = makeSeriesModel(test::tinySeriesConfig());
    const torch::Tensor x = torch::randn({2, 12, 5});
    const SeriesOutputs o = model->forward(x, {}, 1);
    EXPECT_EQ(model->windows(), 4);
    EXPECT_EQ(o.f_post.mean.sizes(), (std::vector<int64_t>{2, 4}));
    EXPECT_EQ(o.z_post.mean.sizes(), (std::vector<int64_t>{2, 4, 3}));
    EXPECT_EQ(o.z_prior.logvar.sizes(), (std::vector<int64_t>{2, 4, 3}));
    EXPECT_EQ(o.recon_seq.mean.sizes(), (std::vector<int64_t>{2, 12, 5}));
    EXPECT_EQ(o.recon_frame.scale.sizes(), (std::vector<int64_t>{2, 1, 5}));
    EXPECT_GT(o.recon_seq.scale.min().item<double>(), 0.0);
    EXPECT_LT(o.recon_seq.scale.max().item<double>(), 0.5);
    EXPECT_THROW(model->forward(x, {}, 4), std::invalid_argument);
    EXPECT_THROW(model->forward(torch::randn({2, 12, 4}), {}, 0), std::invalid_argument);
}

TEST(SeriesModel, StaticCodeReadsOnlyTheAnchorWindow) {
    torch::manual_seed(1);
    SeriesModel model = makeSeriesModel(test::tinySeriesConfig());
    torch::NoGradGuard no_grad;
    torch::Tensor x = torch::randn({3, 12, 5});
    const torch::Tensor g = model->encodeSteps(x, {});
    const GaussianParams before = model->staticPosterior(g, 2);
    torch::Tensor changed = x.clone();
    changed.narrow(1, 0, 6).add_(3.0);   // windows 0 and 1
    changed.narrow(1, 9, 3).add_(-2.0);  // window 3
    const GaussianParams after = model->staticPosterior(model->encodeSteps(changed, {}), 2);
    EXPECT_TRUE(torch::allclose(before.mean, after.mean));
    changed.select(1, 7).add_(1.0);      // window 2
    EXPECT_FALSE(torch::allclose(before.mean, model->staticPosterior(model->encodeSteps(changed, {}), 2).mean));
}

TEST(SeriesModel, AnchorWindowOfTheDynamicPathIsOneNoiseVectorTiled) {
    torch::manual_seed(2);
    SeriesModel model = makeSeriesModel(test::tinySeriesConfig());
    torch::NoGradGuard no_grad;
    const torch::Tensor g = model->encodeSteps(torch::randn({2, 12, 5}), {});
    torch::Generator gen = test::seeded(5);
    const torch::Tensor input = model->dynamicInput(g, 1, &gen);
    const torch::Tensor block = input.narrow(1, 3, 3);
    EXPECT_TRUE(torch::equal(block.select(1, 0), block.select(1, 1)));
    EXPECT_TRUE(torch::equal(block.select(1, 0), block.select(1, 2)));
    EXPECT_FALSE(torch::equal(block.select(0, 0), block.select(0, 1)));  // one draw per series
    // Without subtraction (published) the other windows are g itself.
    EXPECT_TRUE(torch::equal(input.narrow(1, 6, 6), g.narrow(1, 6, 6)));
}

TEST(SeriesModel, SubtractAnchorOptionRemovesTheAnchorWindow) {
    ModelConfig c = test::tinySeriesConfig();
    c.subtract_anchor = true;
    torch::manual_seed(3);
    SeriesModel model = makeSeriesModel(c);
    torch::NoGradGuard no_grad;
    const torch::Tensor g = model->encodeSteps(torch::randn({2, 12, 5}), {});
    torch::Generator gen = test::seeded(6);
    const torch::Tensor input = model->dynamicInput(g, 0, &gen);
    EXPECT_TRUE(torch::allclose(input.narrow(1, 6, 3), g.narrow(1, 6, 3) - g.narrow(1, 0, 3)));
}

TEST(SeriesModel, StepsWithSeventyPercentMissingAreZeroedInTheEncoder) {
    torch::manual_seed(4);
    SeriesModel model = makeSeriesModel(test::tinySeriesConfig());  // D = 5: a step is dropped from 3 missing
    torch::NoGradGuard no_grad;
    const torch::Tensor x = torch::randn({1, 12, 5});
    torch::Tensor missing = torch::zeros({1, 12, 5});
    missing[0][4].narrow(0, 0, 2).fill_(1);  // 2 of 5: kept
    missing[0][5].narrow(0, 0, 3).fill_(1);  // 3 of 5 = int(0.7 * 5) -> dropped
    const torch::Tensor g = model->encodeSteps(x, missing);
    EXPECT_GT(g[0][4].abs().sum().item<double>(), 0.0);
    EXPECT_EQ(g[0][5].abs().sum().item<double>(), 0.0);
    // A kept step is encoded from its observed values, the missing ones read as 0.
    const torch::Tensor plain = model->encodeSteps(x * (1 - missing), {});
    EXPECT_TRUE(torch::equal(plain[0][4], g[0][4]));
    ModelConfig off = test::tinySeriesConfig();
    off.mask_missing_steps = false;
    torch::manual_seed(4);
    SeriesModel unmasked = makeSeriesModel(off);
    EXPECT_GT(unmasked->encodeSteps(x, missing)[0][5].abs().sum().item<double>(), 0.0);
}

TEST(SeriesLoss, MaskedGaussianNllMatchesTheFormula) {
    const torch::Tensor x = torch::tensor({1.0f, 2.0f, -1.0f}).reshape({1, 1, 3});
    SeriesReconstruction r{torch::tensor({0.5f, 2.0f, 0.0f}).reshape({1, 1, 3}),
                           torch::tensor({0.25f, 0.1f, 0.4f}).reshape({1, 1, 3})};
    const torch::Tensor missing = torch::tensor({0.0f, 0.0f, 1.0f}).reshape({1, 1, 3});
    const torch::Tensor nll = maskedGaussianNll(x, r, missing);
    const double expected0 = std::log(0.25) + 0.5 * std::log(2 * M_PI) + 0.5 * std::pow(0.5 / 0.25, 2);
    const double expected1 = std::log(0.1) + 0.5 * std::log(2 * M_PI);
    EXPECT_NEAR(nll[0][0][0].item<double>(), expected0, 1e-5);
    EXPECT_NEAR(nll[0][0][1].item<double>(), expected1, 1e-5);
    EXPECT_EQ(nll[0][0][2].item<double>(), 0.0);
}

TEST(SeriesLoss, MissingEntriesDoNotChangeTheLoss) {
    torch::manual_seed(7);
    SeriesModel model = makeSeriesModel(test::tinySeriesConfig());
    const LossConfig lc = weights(90, 9, 0.2, 0.01, 3);
    const torch::Tensor x = torch::randn({2, 12, 5});
    torch::Tensor missing = torch::zeros({2, 12, 5});
    missing[1][7][2] = 1;
    missing[0][3][0] = 1;  // the first step of anchor window 1: the static term too
    torch::Tensor other = x.clone();
    other[1][7][2] = 100;
    other[0][3][0] = -50;
    torch::Generator g1 = test::seeded(9), g2 = test::seeded(9);
    const LossTerms a = seriesTrainingLoss(*model, x, missing, 1, lc, {}, &g1);
    const LossTerms b = seriesTrainingLoss(*model, other, missing, 1, lc, {}, &g2);
    EXPECT_DOUBLE_EQ(a.total.item<double>(), b.total.item<double>());
    // Unmasked, the same change does matter.
    torch::Generator g3 = test::seeded(9), g4 = test::seeded(9);
    const LossTerms c = seriesTrainingLoss(*model, x, {}, 1, lc, {}, &g3);
    const LossTerms d = seriesTrainingLoss(*model, other, {}, 1, lc, {}, &g4);
    EXPECT_NE(c.recon_seq.item<double>(), d.recon_seq.item<double>());
}

TEST(SeriesLoss, TotalIsTheWeightedSumOverMonteCarloCopies) {
    torch::manual_seed(8);
    SeriesModel model = makeSeriesModel(test::tinySeriesConfig());
    LossConfig lc = weights(3, 2, 0.5, 0.25, 4);
    const torch::Tensor x = torch::randn({2, 12, 5});
    torch::Generator gen = test::seeded(10);
    const LossTerms t = seriesTrainingLoss(*model, x, {}, 0, lc, {}, &gen);
    const double expected = 3 * t.recon_seq.item<double>() + 2 * t.recon_frame.item<double>() +
                            0.5 * t.kl_f.item<double>() + 0.25 * t.kl_z.item<double>();
    EXPECT_NEAR(t.total.item<double>(), expected, 1e-4 * std::abs(expected));
    // Recomputed by hand on the same tiled forward pass.
    torch::Generator again = test::seeded(10);
    const torch::Tensor tiled = x.repeat({4, 1, 1});
    const SeriesOutputs o = model->forward(tiled, {}, 0, &again);
    EXPECT_EQ(o.f_post.mean.size(0), 8);
    EXPECT_NEAR(t.kl_f.item<double>(), klToStandardNormal(o.f_post.mean, o.f_post.logvar).item<double>() / 8, 1e-5);
    EXPECT_NEAR(t.recon_frame.item<double>(),
                maskedGaussianNll(tiled.narrow(1, 0, 1), o.recon_frame, {}).mean().item<double>(), 1e-5);
    lc.static_frame_loss = false;
    torch::Generator third = test::seeded(10);
    const LossTerms no_static = seriesTrainingLoss(*model, x, {}, 0, lc, {}, &third);
    EXPECT_NEAR(no_static.total.item<double>(), expected - 2 * t.recon_frame.item<double>(), 1e-4 * std::abs(expected));
}

TEST(SeriesLoss, GradientsReachEveryTrainedModule) {
    torch::manual_seed(11);
    SeriesModel model = makeSeriesModel(test::tinySeriesConfig());
    LossConfig lc;
    lc.mc_samples = 2;
    seriesTrainingLoss(*model, torch::randn({3, 12, 5}), torch::zeros({3, 12, 5}), 2, lc).total.backward();
    for (const auto& p : model->named_parameters()) {
        ASSERT_TRUE(p.value().grad().defined()) << p.key();
        EXPECT_GT(p.value().grad().abs().sum().item<double>(), 0.0) << p.key();
    }
}

TEST(SeriesConfig, ValidatesWindowsAndRoundTripsThroughJson) {
    ModelConfig c = test::tinySeriesConfig();
    c.anchor = parseAnchor("3");
    LossConfig lc;
    lc.mc_samples = 7;
    const ModelConfig back = nlohmann::json(c).get<ModelConfig>();
    EXPECT_EQ(back.features, 5);
    EXPECT_EQ(back.window, 3);
    EXPECT_EQ(back.encoder_sizes, c.encoder_sizes);
    EXPECT_EQ(back.decoder_sizes, c.decoder_sizes);
    EXPECT_EQ(back.anchor.index, 3);
    EXPECT_EQ(nlohmann::json(lc).get<LossConfig>().mc_samples, 7);
    ModelConfig ragged = c;
    ragged.window = 5;
    EXPECT_NE(test::invalidArgumentOf([&] { validate(ragged); }).find("model.window"), std::string::npos);
    ModelConfig far = c;
    far.anchor = parseAnchor("4");  // 4 windows: 0..3
    EXPECT_NE(test::invalidArgumentOf([&] { validate(far); }).find("model.anchor"), std::string::npos);
    ModelConfig no_layers = c;
    no_layers.encoder_sizes.clear();
    EXPECT_THROW(validate(no_layers), std::invalid_argument);
    lc.mc_samples = 0;
    EXPECT_THROW(validate(lc), std::invalid_argument);
}

TEST(SeriesPresets, CarryThePublishedSettings) {
    struct Expected {
        const char* name;
        int frames, features, window, anchor, batch, mc;
        double w_rec, w_rec_stat, w_f, w_z;
    };
    // PROTOCOLS 1.3 table and 4 (batch sizes).
    const Expected table[] = {{"physionet", 80, 10, 4, 0, 30, 10, 90, 9, 0.2, 0.01},
                              {"air-quality", 672, 10, 24, 27, 10, 15, 90, 20, 0.001, 0.3},
                              {"etth1", 672, 6, 24, 14, 10, 15, 85, 11, 0.01, 0.001}};
    for (const auto& e : table) {
        const Preset p = loadPreset(e.name);
        EXPECT_EQ(p.model.modality, "series") << e.name;
        EXPECT_EQ(p.model.frames, e.frames) << e.name;
        EXPECT_EQ(p.model.features, e.features) << e.name;
        EXPECT_EQ(p.model.window, e.window) << e.name;
        EXPECT_EQ(p.model.anchor.resolve(p.model.frames / p.model.window, 0), e.anchor) << e.name;
        EXPECT_EQ(p.model.f_dim, 8);
        EXPECT_EQ(p.model.z_dim, 8);
        EXPECT_EQ(p.train.batch, e.batch) << e.name;
        EXPECT_EQ(p.loss.mc_samples, e.mc) << e.name;
        EXPECT_DOUBLE_EQ(p.loss.w_seq, e.w_rec) << e.name;
        EXPECT_DOUBLE_EQ(p.loss.w_frame, e.w_rec_stat) << e.name;
        EXPECT_DOUBLE_EQ(p.loss.w_f, e.w_f) << e.name;
        EXPECT_DOUBLE_EQ(p.loss.w_z, e.w_z) << e.name;
        EXPECT_DOUBLE_EQ(p.train.lr, 1e-3) << e.name;
        EXPECT_FALSE(p.model.subtract_anchor) << e.name;
        EXPECT_NO_THROW(makeSeriesModel(p.model)) << e.name;
    }
}
