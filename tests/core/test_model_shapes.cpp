// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shapes, gradients, initialisation and the structural claims of DBSE: one element feeds the
// static path, the dynamic path sees differences with noise in the anchor slot.

#include "core/model/dbse_model.h"
#include "core/model/loss.h"
#include "core/model/video_codec.h"
#include "test_support.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dbse;

namespace {

torch::Tensor randomVideo(int64_t B, int64_t T, uint64_t seed = 3) {
    torch::manual_seed(seed);
    return torch::rand({B, T, 3, 64, 64});
}

}  // namespace

TEST(ModelShapes, ForwardProducesEveryOutputWithItsShape) {
    const ModelConfig c = test::tinyModelConfig(6);
    DbseModel model = makeModel(c);
    const torch::Tensor x = randomVideo(3, 6);
    const DbseOutputs o = model->forward(x, 2);
    EXPECT_EQ(o.anchor, 2);
    EXPECT_EQ(o.f_post.mean.sizes(), torch::IntArrayRef({3, c.f_dim}));
    EXPECT_EQ(o.f_post.logvar.sizes(), torch::IntArrayRef({3, c.f_dim}));
    EXPECT_EQ(o.f.sizes(), torch::IntArrayRef({3, c.f_dim}));
    EXPECT_EQ(o.dynamic_input.sizes(), torch::IntArrayRef({3, 6, c.g_dim}));
    for (const torch::Tensor& t : {o.z_post.mean, o.z_post.logvar, o.z, o.z_prior.mean, o.z_prior.logvar})
        EXPECT_EQ(t.sizes(), torch::IntArrayRef({3, 6, c.z_dim}));
    EXPECT_EQ(o.recon_seq.sizes(), x.sizes());
    EXPECT_EQ(o.recon_frame.sizes(), torch::IntArrayRef({3, 3, 64, 64}));
    EXPECT_GT(o.recon_seq.min().item<float>(), 0.f);  // sigmoid output
    EXPECT_LT(o.recon_seq.max().item<float>(), 1.f);
}

TEST(ModelShapes, EncoderAndDecoderWorkPerFrame) {
    const ModelConfig c = test::tinyModelConfig(4);
    DcganFrameEncoder encoder(c);
    encoder.eval();
    torch::Tensor x = randomVideo(2, 4);
    const torch::Tensor g = encoder.forward(x);
    EXPECT_EQ(g.sizes(), torch::IntArrayRef({2, 4, c.g_dim}));
    EXPECT_LE(g.abs().max().item<float>(), 1.f);  // tanh
    // No recurrence: changing frame 3 changes only g_3.
    torch::Tensor y = x.clone();
    y.select(1, 3).fill_(0.5);
    const torch::Tensor h = encoder.forward(y);
    EXPECT_TRUE(torch::equal(g.narrow(1, 0, 3), h.narrow(1, 0, 3)));
    EXPECT_FALSE(torch::allclose(g.select(1, 3), h.select(1, 3)));

    ConvTFrameDecoder decoder(c);
    const torch::Tensor out = decoder.forward(torch::randn({2, 4, c.z_dim}), torch::randn({2, c.f_dim}));
    EXPECT_EQ(out.sizes(), torch::IntArrayRef({2, 4, 3, 64, 64}));
}

TEST(ModelShapes, EveryParameterReceivesAGradient) {
    for (PosteriorKind kind : {PosteriorKind::Bidirectional, PosteriorKind::Causal}) {
        ModelConfig c = test::tinyModelConfig(5);
        c.posterior = kind;
        DbseModel model = makeModel(c);
        const torch::Tensor x = randomVideo(4, 5);
        const DbseOutputs o = model->forward(x, 0);
        computeLoss(o, x, LossConfig{}).total.backward();
        for (const auto& p : model->named_parameters()) {
            ASSERT_TRUE(p.value().grad().defined()) << p.key();
            EXPECT_TRUE(torch::isfinite(p.value().grad()).all().item<bool>()) << p.key();
            EXPECT_GT(p.value().grad().abs().sum().item<double>(), 0.0) << p.key();
        }
    }
}

TEST(ModelShapes, StaticCodeDependsOnlyOnTheAnchorElement) {
    DbseModel model = makeModel(test::tinyModelConfig(6));
    model->eval();
    torch::NoGradGuard no_grad;
    torch::Tensor x = randomVideo(2, 6);
    for (int anchor : {0, 3, 5}) {
        const GaussianParams a = model->staticPosterior(model->encodeElements(x), anchor);
        torch::Tensor y = x.clone();
        for (int t = 0; t < 6; ++t)
            if (t != anchor)
                y.select(1, t).uniform_();
        const GaussianParams b = model->staticPosterior(model->encodeElements(y), anchor);
        EXPECT_TRUE(torch::equal(a.mean, b.mean)) << "anchor " << anchor;
        y.select(1, anchor).uniform_();
        const GaussianParams c = model->staticPosterior(model->encodeElements(y), anchor);
        // The freshly initialised heads are tiny (weights ~ N(0, 0.01^2)): compare relatively.
        EXPECT_GT((a.mean - c.mean).abs().max().item<double>(), 1e-3 * a.mean.abs().max().item<double>())
            << "anchor " << anchor;
    }
}

TEST(ModelShapes, DynamicInputSubtractsTheAnchorAndPutsNoiseInItsSlot) {
    DbseModel model = makeModel(test::tinyModelConfig(6));
    torch::NoGradGuard no_grad;
    const torch::Tensor g = torch::randn({3, 6, 16});
    for (int anchor : {0, 2, 5}) {
        torch::Generator gen = at::make_generator<at::CPUGeneratorImpl>(11);
        const torch::Tensor in = model->dynamicInput(g, anchor, &gen);
        for (int t = 0; t < 6; ++t) {
            if (t == anchor)
                continue;
            EXPECT_TRUE(torch::allclose(in.select(1, t), g.select(1, t) - g.select(1, anchor))) << t;
        }
        // The anchor slot is N(0, I) noise from the generator, not the (zero) difference.
        torch::Generator same = at::make_generator<at::CPUGeneratorImpl>(11);
        const torch::Tensor noise = torch::randn({3, 1, 16}, same);
        EXPECT_TRUE(torch::equal(in.narrow(1, anchor, 1), noise));
    }
}

TEST(ModelShapes, NoSubtractionAblationFeedsTheRawFeatures) {
    ModelConfig c = test::tinyModelConfig(6);
    c.subtract_anchor = false;
    DbseModel model = makeModel(c);
    const torch::Tensor g = torch::randn({2, 6, 16});
    EXPECT_TRUE(torch::equal(model->dynamicInput(g, 0), g));
    const torch::Tensor x = randomVideo(2, 6);
    model->eval();
    const DbseOutputs o = model->forward(x, 0);
    EXPECT_TRUE(torch::equal(o.dynamic_input, model->encodeElements(x)));
}

TEST(ModelShapes, CausalPosteriorDoesNotSeeTheFuture) {
    ModelConfig c = test::tinyModelConfig(6);
    c.posterior = PosteriorKind::Causal;
    DbseModel model = makeModel(c);
    torch::NoGradGuard no_grad;
    const torch::Tensor in = torch::randn({2, 6, 16});
    torch::Tensor changed = in.clone();
    changed.select(1, 4).add_(1.0);
    const GaussianParams a = model->dynamicPosterior(in), b = model->dynamicPosterior(changed);
    EXPECT_TRUE(torch::allclose(a.mean.narrow(1, 0, 4), b.mean.narrow(1, 0, 4)));
    EXPECT_FALSE(torch::allclose(a.mean.select(1, 4), b.mean.select(1, 4)));

    c.posterior = PosteriorKind::Bidirectional;
    DbseModel bi = makeModel(c);
    const GaussianParams p = bi->dynamicPosterior(in), q = bi->dynamicPosterior(changed);
    EXPECT_FALSE(torch::allclose(p.mean.select(1, 0), q.mean.select(1, 0)));  // sees the future
}

TEST(ModelShapes, TeacherForcedPriorStepTSeesOnlyEarlierCodes) {
    DbseModel model = makeModel(test::tinyModelConfig(6));
    torch::NoGradGuard no_grad;
    const torch::Tensor z = torch::randn({2, 6, 5});
    torch::Tensor changed = z.clone();
    changed.select(1, 3).add_(1.0);
    const GaussianParams a = model->prior()->teacherForced(z), b = model->prior()->teacherForced(changed);
    EXPECT_TRUE(torch::equal(a.mean.narrow(1, 0, 4), b.mean.narrow(1, 0, 4)));  // steps 0..3 see z_<t only
    EXPECT_FALSE(torch::allclose(a.mean.select(1, 4), b.mean.select(1, 4)));
    // Step 0 starts from zero input and zero state: the same for every sequence.
    EXPECT_TRUE(torch::allclose(a.mean.select(1, 0).select(0, 0), a.mean.select(1, 0).select(0, 1)));
}

TEST(ModelShapes, FreeRunningPriorFeedsBackItsSamples) {
    DbseModel model = makeModel(test::tinyModelConfig(6));
    torch::NoGradGuard no_grad;
    torch::Generator g1 = at::make_generator<at::CPUGeneratorImpl>(5), g2 = at::make_generator<at::CPUGeneratorImpl>(5);
    const PriorSample a = model->prior()->sample(3, 7, torch::TensorOptions(), &g1);
    const PriorSample b = model->prior()->sample(3, 7, torch::TensorOptions(), &g2);
    EXPECT_EQ(a.z.sizes(), torch::IntArrayRef({3, 7, 5}));
    EXPECT_TRUE(torch::equal(a.z, b.z));  // reproducible with a seeded generator
    // Feeding the samples back teacher-forced reproduces the same means.
    const GaussianParams replay = model->prior()->teacherForced(a.z);
    EXPECT_TRUE(torch::allclose(replay.mean, a.mean, 1e-5, 1e-6));
}

TEST(ModelShapes, PublishedInitialisation) {
    ModelConfig c = test::tinyModelConfig(4);
    c.base_channels = 16;
    c.g_dim = 64;
    torch::manual_seed(0);
    DbseModel model = makeModel(c);
    int convs = 0, linears = 0, norms = 0, transposed = 0;
    for (const auto& m : model->modules()) {
        torch::Tensor weight, bias;
        if (auto* conv = m->as<torch::nn::Conv2d>()) {
            weight = conv->weight, bias = conv->bias, ++convs;
        } else if (auto* linear = m->as<torch::nn::Linear>()) {
            weight = linear->weight, bias = linear->bias, ++linears;
        } else if (auto* bn = m->as<torch::nn::BatchNorm2d>()) {
            EXPECT_TRUE(torch::all(bn->weight == 1).item<bool>());
            EXPECT_TRUE(torch::all(bn->bias == 0).item<bool>());
            ++norms;
            continue;
        } else if (auto* convt = m->as<torch::nn::ConvTranspose2d>()) {
            // Left at the library default (as published): biases are not zeroed.
            EXPECT_GT(convt->bias.abs().sum().item<double>(), 0.0);
            ++transposed;
            continue;
        } else {
            continue;
        }
        if (weight.numel() >= 500) {
            EXPECT_NEAR(weight.std().item<double>(), 0.01, 0.002);
        }
        EXPECT_TRUE(torch::all(bias == 0).item<bool>());
    }
    EXPECT_EQ(convs, 5);
    EXPECT_EQ(linears, 7);  // static hidden/mean/logvar, dynamic mean/logvar, prior mean/logvar
    EXPECT_EQ(norms, 9);    // 5 in the encoder, 4 in the decoder
    EXPECT_EQ(transposed, 5);
}

TEST(ModelShapes, FastStartInitialisationStartsThePosteriorsWithLittleNoise) {
    ModelConfig c = test::tinyModelConfig(4);
    c.init = InitScheme::FastStart;
    torch::manual_seed(0);
    DbseModel fast = makeModel(c);
    c.init = InitScheme::LibraryDefault;
    torch::manual_seed(0);
    DbseModel plain = makeModel(c);
    const auto a = fast->named_parameters(), b = plain->named_parameters();
    int changed = 0;
    for (const auto& p : a) {
        if (p.key() == "static_posterior.logvar.bias" || p.key() == "dynamic_posterior.logvar.bias") {
            EXPECT_TRUE(torch::all(p.value() == -4.0).item<bool>()) << p.key();
            ++changed;
        } else {
            EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();
        }
    }
    EXPECT_EQ(changed, 2);
    // Library defaults are not the published N(0, 0.01^2): e.g. the static head is wider.
    EXPECT_GT(b["static_posterior.hidden.weight"].std().item<double>(), 0.05);
}
