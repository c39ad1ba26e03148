// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Encode, reconstruct, swap and sampling follow PROTOCOLS 3f (means vs samples), for video
// (DbseModel) and series (SeriesModel) models, directly and through InferenceModel.

#include "core/model/inference_model.h"
#include "core/model/operations.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dbse;

namespace {

struct Fixture {
    DbseModel model = makeModel(test::tinyModelConfig(5));
    torch::Tensor a, b;
    Fixture() {
        torch::manual_seed(1);
        a = torch::rand({2, 5, 3, 64, 64});
        b = torch::rand({2, 5, 3, 64, 64});
        // Make the BatchNorm running statistics non-trivial, as after training.
        torch::NoGradGuard no_grad;
        model->train();
        for (int i = 0; i < 3; ++i)
            model->forward(torch::rand({4, 5, 3, 64, 64}), 0);
    }
};

}  // namespace

TEST(Operations, SwapDecodesStaticMeanOfOneWithDynamicMeansOfTheOther) {
    Fixture f;
    torch::Generator g = test::seeded(3);
    const SwapResult s = swap(*f.model, f.a, f.b, &g);

    torch::Generator h = test::seeded(3);  // the same noise, drawn in the same order (a, then b)
    const EncodedCodes ca = encode(*f.model, f.a, &h), cb = encode(*f.model, f.b, &h);
    f.model->eval();
    torch::NoGradGuard no_grad;
    EXPECT_TRUE(torch::allclose(s.static_a_dynamic_b, f.model->decode(cb.z.mean, ca.f.mean)));
    EXPECT_TRUE(torch::allclose(s.static_b_dynamic_a, f.model->decode(ca.z.mean, cb.f.mean)));
    EXPECT_EQ(s.static_a_dynamic_b.sizes(), f.a.sizes());
}

TEST(Operations, RestoreTrainingModeAndRecordNoGradients) {
    Fixture f;
    f.model->train();
    const torch::Tensor r = reconstruct(*f.model, f.a);
    EXPECT_TRUE(f.model->is_training());
    EXPECT_FALSE(r.requires_grad());
    f.model->eval();
    sampleStatic(*f.model, f.a, 2);
    EXPECT_FALSE(f.model->is_training());
}

TEST(Operations, SampleStaticKeepsTheDynamicsAndVariesTheStaticCode) {
    Fixture f;
    torch::Generator g = test::seeded(4);
    const torch::Tensor out = sampleStatic(*f.model, f.a, 3, &g);
    EXPECT_EQ(out.sizes(), torch::IntArrayRef({2, 3, 5, 3, 64, 64}));
    EXPECT_FALSE(torch::allclose(out[0][0], out[0][1]));

    // Same as decoding z_mean with three N(0, I) static codes drawn after the encoding noise.
    torch::Generator h = test::seeded(4);
    const EncodedCodes c = encode(*f.model, f.a, &h);
    const torch::Tensor s = torch::randn({6, c.f.mean.size(1)}, h);
    f.model->eval();
    torch::NoGradGuard no_grad;
    const torch::Tensor expected = f.model->decode(c.z.mean.repeat_interleave(3, 0), s).reshape(out.sizes());
    EXPECT_TRUE(torch::allclose(out, expected));
}

TEST(Operations, SampleDynamicsKeepsTheStaticMeanAndUsesPriorMeans) {
    Fixture f;
    torch::Generator g = test::seeded(5);
    const torch::Tensor out = sampleDynamics(*f.model, f.a, 2, &g);
    EXPECT_EQ(out.sizes(), torch::IntArrayRef({2, 2, 5, 3, 64, 64}));

    torch::Generator h = test::seeded(5);
    const EncodedCodes c = encode(*f.model, f.a, &h);
    f.model->eval();
    torch::NoGradGuard no_grad;
    const PriorSample prior = f.model->prior()->sample(4, 5, torch::TensorOptions(), &h);
    const torch::Tensor expected =
        f.model->decode(prior.mean, c.f.mean.repeat_interleave(2, 0)).reshape(out.sizes());
    EXPECT_TRUE(torch::allclose(out, expected));
}

TEST(Operations, SeededGeneratorsMakeResultsReproducible) {
    Fixture f;
    torch::Generator g1 = test::seeded(9), g2 = test::seeded(9), g3 = test::seeded(10);
    const torch::Tensor a = generate(*f.model, 3, 5, torch::TensorOptions(), &g1);
    const torch::Tensor b = generate(*f.model, 3, 5, torch::TensorOptions(), &g2);
    const torch::Tensor c = generate(*f.model, 3, 5, torch::TensorOptions(), &g3);
    EXPECT_EQ(a.sizes(), torch::IntArrayRef({3, 5, 3, 64, 64}));
    EXPECT_TRUE(torch::equal(a, b));
    EXPECT_FALSE(torch::allclose(a, c));
    EXPECT_THROW(sampleStatic(*f.model, f.a, 0), std::invalid_argument);
    EXPECT_THROW(swap(*f.model, f.a, f.b.narrow(0, 0, 1)), std::invalid_argument);
}

namespace {

struct SeriesFixture {
    SeriesModel model;
    torch::Tensor a, b, a_missing;
    SeriesFixture() : model((torch::manual_seed(2), makeSeriesModel(test::tinySeriesConfig()))) {
        a = torch::randn({2, 12, 5});
        b = torch::randn({2, 12, 5});
        a_missing = (torch::rand({2, 12, 5}) < 0.2).to(torch::kFloat);
    }
};

}  // namespace

TEST(SeriesOperations, SwapDecodesStaticMeanOfOneWithDynamicMeansOfTheOtherPerWindow) {
    SeriesFixture f;
    torch::Generator g = test::seeded(3);
    const SwapResult s = swap(*f.model, f.a, f.a_missing, f.b, {}, &g);
    EXPECT_EQ(s.static_a_dynamic_b.sizes(), f.a.sizes());

    torch::Generator h = test::seeded(3);  // encode a, encode b, then the two decodes
    const EncodedCodes ca = encode(*f.model, f.a, f.a_missing, &h), cb = encode(*f.model, f.b, {}, &h);
    EXPECT_EQ(ca.z.mean.sizes(), torch::IntArrayRef({2, 4, 3}));  // one code per window
    torch::NoGradGuard no_grad;
    const torch::Tensor expected = f.model->decode(cb.z.mean, ca.f.mean, 3, &h).mean;
    EXPECT_TRUE(torch::allclose(s.static_a_dynamic_b, expected));
}

TEST(SeriesOperations, MissingValuesAreMaskedAsInTraining) {
    SeriesFixture f;
    torch::Generator g1 = test::seeded(4), g2 = test::seeded(4);
    // Whatever x holds where it is missing does not change the codes.
    const torch::Tensor scrambled = f.a + 100 * f.a_missing * torch::randn_like(f.a);
    const EncodedCodes c1 = encode(*f.model, f.a, f.a_missing, &g1);
    const EncodedCodes c2 = encode(*f.model, scrambled, f.a_missing, &g2);
    EXPECT_TRUE(torch::allclose(c1.f.mean, c2.f.mean));
    EXPECT_TRUE(torch::allclose(c1.z.mean, c2.z.mean));
}

TEST(SeriesOperations, SamplingKeepsOneFactorThroughTheInferenceInterface) {
    SeriesFixture f;
    std::unique_ptr<InferenceModel> model = makeInferenceModel(f.model);
    f.model->train();
    torch::Generator g = test::seeded(5);
    const torch::Tensor dynamics = model->sampleDynamics(f.a, f.a_missing, 3, &g);
    const torch::Tensor statics = model->sampleStatic(f.a, f.a_missing, 2, &g);
    EXPECT_EQ(dynamics.sizes(), torch::IntArrayRef({2, 3, 12, 5}));
    EXPECT_EQ(statics.sizes(), torch::IntArrayRef({2, 2, 12, 5}));
    EXPECT_FALSE(torch::allclose(dynamics[0][0], dynamics[0][1]));
    EXPECT_TRUE(f.model->is_training());
    EXPECT_FALSE(dynamics.requires_grad());
    EXPECT_EQ(model->config().modality, "series");

    // Reproducible under a seed; the same seed through the interface and directly agree.
    torch::Generator h1 = test::seeded(6), h2 = test::seeded(6);
    EXPECT_TRUE(torch::equal(model->reconstruct(f.a, {}, &h1), reconstruct(*f.model, f.a, {}, &h2)));
}

TEST(VideoInference, TheInterfaceIgnoresMasksAndMatchesTheOperations) {
    Fixture f;
    std::unique_ptr<InferenceModel> model = makeInferenceModel(f.model);
    torch::Generator g1 = test::seeded(7), g2 = test::seeded(7);
    const SwapResult via = model->swap(f.a, torch::ones_like(f.a), f.b, {}, &g1);
    const SwapResult direct = swap(*f.model, f.a, f.b, &g2);
    EXPECT_TRUE(torch::equal(via.static_b_dynamic_a, direct.static_b_dynamic_a));
    EXPECT_EQ(model->device(), torch::Device(torch::kCPU));
}
