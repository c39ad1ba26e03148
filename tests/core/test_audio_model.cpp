// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audio DBSE model (PROTOCOLS 1.4): spectrogram codec shapes, the timit preset, the
// whole-sequence static reconstruction, the LeakyReLU static heads, training steps and JSON.

#include "core/model/dbse_model.h"
#include "core/model/loss.h"
#include "core/util/presets.h"
#include "audio_model_support.h"
#include "test_support.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

using namespace dbse;

using test::audioLoss;
using test::tinyAudioConfig;

TEST(AudioModel, TimitPresetHasThePublishedSizes) {
    const Preset p = loadPreset("timit");
    EXPECT_EQ(p.model.modality, "audio");
    EXPECT_EQ(p.model.frames, 20);
    EXPECT_EQ(p.model.features, 201);
    EXPECT_EQ(p.model.g_dim, 201);
    EXPECT_EQ(p.model.rnn_size, 256);
    EXPECT_EQ(p.model.f_dim, 128);
    EXPECT_EQ(p.model.z_dim, 128);
    EXPECT_TRUE(p.model.static_head_leaky_relu);
    EXPECT_DOUBLE_EQ(p.loss.w_seq, 20);
    EXPECT_DOUBLE_EQ(p.loss.w_frame, 100);
    EXPECT_DOUBLE_EQ(p.loss.w_f, 1);
    EXPECT_DOUBLE_EQ(p.loss.w_z, 1);
    EXPECT_EQ(p.loss.static_recon, StaticRecon::WholeSequence);
    EXPECT_DOUBLE_EQ(p.train.lr, 1e-3);
    EXPECT_EQ(p.train.epochs, 500);
    // Counted by hand from the layers of PROTOCOLS 1.4 (the unused mlp_encoder and z_rnn of the
    // published code excluded): dynamic posterior 800000, encoder 730635, static head 117504,
    // prior 987392, decoder 409638.
    EXPECT_EQ(makeModel(p.model)->parameterCount(), 3045169);
}

TEST(AudioModel, ForwardShapes) {
    torch::manual_seed(0);
    const ModelConfig c = tinyAudioConfig();
    DbseModel model = makeModel(c);
    torch::Tensor x = torch::rand({5, c.frames, c.features});
    DbseOutputs out = model->forward(x, 0);
    EXPECT_EQ(out.recon_seq.sizes(), x.sizes());
    EXPECT_EQ(out.recon_static.sizes(), x.sizes());
    EXPECT_EQ(out.recon_frame.sizes(), (std::vector<int64_t>{5, c.features}));
    EXPECT_EQ(out.f_post.mean.sizes(), (std::vector<int64_t>{5, c.f_dim}));
    EXPECT_EQ(out.z_post.mean.sizes(), (std::vector<int64_t>{5, c.frames, c.z_dim}));
    EXPECT_EQ(out.dynamic_input.sizes(), (std::vector<int64_t>{5, c.frames, c.g_dim}));
    // The static reconstruction is decoder(0, f) at every step.
    torch::NoGradGuard no_grad;
    EXPECT_TRUE(torch::allclose(out.recon_static, model->decode(torch::zeros_like(out.z), out.f)));
}

TEST(AudioModel, StaticHeadsPassThroughLeakyRelu) {
    torch::manual_seed(1);
    ModelConfig c = tinyAudioConfig();
    DbseModel leaky = makeModel(c);
    c.static_head_leaky_relu = false;
    DbseModel plain = makeModel(c);
    torch::NoGradGuard no_grad;
    // Same weights in both, so the outputs differ exactly by the LeakyReLU.
    auto leaky_params = leaky->named_parameters();
    for (auto& p : plain->named_parameters())
        p.value().copy_(leaky_params[p.key()]);
    torch::Tensor g = torch::randn({64, c.g_dim});
    GaussianParams a = leaky->staticPosterior(g.unsqueeze(1), 0);
    GaussianParams b = plain->staticPosterior(g.unsqueeze(1), 0);
    EXPECT_TRUE(torch::allclose(a.mean, torch::leaky_relu(b.mean, 0.2)));
    EXPECT_TRUE(torch::allclose(a.logvar, torch::leaky_relu(b.logvar, 0.2)));
    EXPECT_LT(b.mean.min().item<float>(), 0.0f);  // the test saw negative values
}

TEST(AudioModel, WholeSequenceStaticLossComparesDecoderOfZerosWithTheChunk) {
    torch::manual_seed(2);
    DbseModel model = makeModel(tinyAudioConfig());
    torch::Tensor x = torch::rand({4, 6, 9});
    DbseOutputs out = model->forward(x, 0);
    LossTerms terms = computeLoss(out, x, audioLoss());
    const double expected = (out.recon_static - x).pow(2).sum().item<double>() / 4.0;
    EXPECT_NEAR(terms.recon_frame.item<double>(), expected, 1e-4 * expected);
    // The anchor-frame variant compares one frame only.
    LossConfig anchor = audioLoss();
    anchor.static_recon = StaticRecon::AnchorFrame;
    const double frame = (out.recon_frame - x.select(1, 0)).pow(2).sum().item<double>() / 4.0;
    EXPECT_NEAR(computeLoss(out, x, anchor).recon_frame.item<double>(), frame, 1e-4 * frame);
}

TEST(AudioModel, WholeSequenceNeedsAnAudioModel) {
    Preset p = loadPreset("sprites");
    p.loss.static_recon = StaticRecon::WholeSequence;
    const std::string message = test::invalidArgumentOf([&] { nlohmann::json(p).get<Preset>(); });
    EXPECT_NE(message.find("loss.static_recon"), std::string::npos) << message;
}

TEST(AudioModel, GradientStepsLowerTheLossOnATinyBatch) {
    torch::manual_seed(3);
    DbseModel model = makeModel(tinyAudioConfig());
    torch::Tensor x = torch::rand({8, 6, 9});
    torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(1e-2));
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(5);
    auto lossAt = [&] {
        torch::Generator fixed = at::make_generator<at::CPUGeneratorImpl>(11);
        torch::NoGradGuard no_grad;
        return computeLoss(model->forward(x, 0, &fixed), x, audioLoss()).total.item<double>();
    };
    const double before = lossAt();
    for (int step = 0; step < 30; ++step) {
        optimizer.zero_grad();
        LossTerms terms = computeLoss(model->forward(x, 0, &generator), x, audioLoss());
        terms.total.backward();
        optimizer.step();
    }
    const double after = lossAt();
    EXPECT_LT(after, 0.7 * before) << before << " -> " << after;
}

TEST(AudioModel, ConfigJsonRoundTrip) {
    Preset p = loadPreset("timit");
    p.model.features = 129;
    p.model.g_dim = 129;
    p.model.static_head_leaky_relu = false;
    const nlohmann::json j = p;
    EXPECT_EQ(j["model"]["features"], 129);
    EXPECT_EQ(j["loss"]["static_recon"], "whole-sequence");
    const Preset back = j.get<Preset>();
    EXPECT_EQ(nlohmann::json(back), j);
    EXPECT_EQ(back.model.features, 129);
    EXPECT_FALSE(back.model.static_head_leaky_relu);
    nlohmann::json bad = j;
    bad["model"]["features"] = 0;
    EXPECT_NE(test::invalidArgumentOf([&] { bad.get<Preset>(); }).find("model.features"), std::string::npos);
    bad = j;
    bad["loss"]["static_recon"] = "middle";
    EXPECT_NE(test::invalidArgumentOf([&] { bad.get<Preset>(); }).find("static_recon"), std::string::npos);
}
