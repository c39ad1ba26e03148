// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/operations.h"

#include "core/model/gaussian.h"
#include "core/model/inference_scope.h"
#include "core/model/series_model.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse {
namespace {

EncodedCodes encodeNoGuard(DbseModelImpl& model, const torch::Tensor& x, torch::Generator* generator) {
    EncodedCodes codes;
    codes.anchor = model.config().anchor.inferenceIndex(static_cast<int>(x.size(1)));
    torch::Tensor g = model.encodeElements(x);
    codes.f = model.staticPosterior(g, codes.anchor);
    codes.z = model.dynamicPosterior(model.dynamicInput(g, codes.anchor, generator));
    return codes;
}

// [B*K, T, ...] -> [B, K, T, ...]
torch::Tensor splitFirst(const torch::Tensor& t, int64_t B, int64_t K) {
    std::vector<int64_t> shape{B, K};
    for (int64_t d = 1; d < t.dim(); ++d)
        shape.push_back(t.size(d));
    return t.reshape(shape);
}

void requireCount(int count) {
    if (count < 1)
        throw std::invalid_argument("sample count must be at least 1, got " + std::to_string(count));
}

}  // namespace

EncodedCodes encode(DbseModelImpl& model, const torch::Tensor& x, torch::Generator* generator) {
    InferenceScope scope(model);
    return encodeNoGuard(model, x, generator);
}

torch::Tensor reconstruct(DbseModelImpl& model, const torch::Tensor& x, torch::Generator* generator) {
    InferenceScope scope(model);
    EncodedCodes c = encodeNoGuard(model, x, generator);
    return model.decode(c.z.mean, c.f.mean);
}

torch::Tensor decode(DbseModelImpl& model, const torch::Tensor& z, const torch::Tensor& f) {
    InferenceScope scope(model);
    return model.decode(z, f);
}

SwapResult swap(DbseModelImpl& model, const torch::Tensor& a, const torch::Tensor& b, torch::Generator* generator) {
    if (a.sizes() != b.sizes())
        throw std::invalid_argument("swap: both batches must have the same shape");
    InferenceScope scope(model);
    EncodedCodes ca = encodeNoGuard(model, a, generator);
    EncodedCodes cb = encodeNoGuard(model, b, generator);
    return {model.decode(cb.z.mean, ca.f.mean), model.decode(ca.z.mean, cb.f.mean)};
}

torch::Tensor sampleStatic(DbseModelImpl& model, const torch::Tensor& x, int count, torch::Generator* generator) {
    requireCount(count);
    InferenceScope scope(model);
    EncodedCodes c = encodeNoGuard(model, x, generator);
    const int64_t B = x.size(0), K = count;
    torch::Tensor z = c.z.mean.repeat_interleave(K, 0);
    torch::Tensor f = standardNormal({B * K, c.f.mean.size(1)}, c.f.mean.options(), generator);
    return splitFirst(model.decode(z, f), B, K);
}

torch::Tensor sampleDynamics(DbseModelImpl& model, const torch::Tensor& x, int count, torch::Generator* generator) {
    requireCount(count);
    InferenceScope scope(model);
    EncodedCodes c = encodeNoGuard(model, x, generator);
    const int64_t B = x.size(0), K = count, T = x.size(1);
    torch::Tensor f = c.f.mean.repeat_interleave(K, 0);
    PriorSample prior = model.prior()->sample(B * K, T, f.options(), generator);
    return splitFirst(model.decode(prior.mean, f), B, K);
}

torch::Tensor generate(DbseModelImpl& model, int count, int steps, const torch::TensorOptions& options,
                       torch::Generator* generator) {
    requireCount(count);
    InferenceScope scope(model);
    torch::Tensor f = standardNormal({count, model.config().f_dim}, options, generator);
    PriorSample prior = model.prior()->sample(count, steps, options, generator);
    return model.decode(prior.mean, f);
}

// --- Time series (SeriesModel): the same operations over windows -----------------------------

namespace {

EncodedCodes encodeSeriesNoGuard(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing,
                                 torch::Generator* generator) {
    EncodedCodes codes;
    codes.anchor = model.config().anchor.inferenceIndex(model.windows());
    torch::Tensor g = model.encodeSteps(x, missing);
    codes.f = model.staticPosterior(g, codes.anchor);
    codes.z = model.dynamicPosterior(model.dynamicInput(g, codes.anchor, generator));
    return codes;
}

torch::Tensor decodeSeries(SeriesModelImpl& model, const torch::Tensor& z, const torch::Tensor& f,
                           torch::Generator* generator) {
    return model.decode(z, f, model.config().window, generator).mean;
}

}  // namespace

EncodedCodes encode(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing,
                    torch::Generator* generator) {
    InferenceScope scope(model);
    return encodeSeriesNoGuard(model, x, missing, generator);
}

torch::Tensor reconstruct(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing,
                          torch::Generator* generator) {
    InferenceScope scope(model);
    EncodedCodes c = encodeSeriesNoGuard(model, x, missing, generator);
    return decodeSeries(model, c.z.mean, c.f.mean, generator);
}

torch::Tensor decode(SeriesModelImpl& model, const torch::Tensor& z, const torch::Tensor& f,
                     torch::Generator* generator) {
    InferenceScope scope(model);
    return decodeSeries(model, z, f, generator);
}

SwapResult swap(SeriesModelImpl& model, const torch::Tensor& a, const torch::Tensor& a_missing, const torch::Tensor& b,
                const torch::Tensor& b_missing, torch::Generator* generator) {
    if (a.sizes() != b.sizes())
        throw std::invalid_argument("swap: both batches must have the same shape");
    InferenceScope scope(model);
    EncodedCodes ca = encodeSeriesNoGuard(model, a, a_missing, generator);
    EncodedCodes cb = encodeSeriesNoGuard(model, b, b_missing, generator);
    return {decodeSeries(model, cb.z.mean, ca.f.mean, generator), decodeSeries(model, ca.z.mean, cb.f.mean, generator)};
}

torch::Tensor sampleStatic(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing, int count,
                           torch::Generator* generator) {
    requireCount(count);
    InferenceScope scope(model);
    EncodedCodes c = encodeSeriesNoGuard(model, x, missing, generator);
    const int64_t B = x.size(0), K = count;
    torch::Tensor z = c.z.mean.repeat_interleave(K, 0);
    torch::Tensor f = standardNormal({B * K, c.f.mean.size(1)}, c.f.mean.options(), generator);
    return splitFirst(decodeSeries(model, z, f, generator), B, K);
}

torch::Tensor sampleDynamics(SeriesModelImpl& model, const torch::Tensor& x, const torch::Tensor& missing, int count,
                             torch::Generator* generator) {
    requireCount(count);
    InferenceScope scope(model);
    EncodedCodes c = encodeSeriesNoGuard(model, x, missing, generator);
    const int64_t B = x.size(0), K = count;
    torch::Tensor f = c.f.mean.repeat_interleave(K, 0);
    PriorSample prior = model.prior()->sample(B * K, model.windows(), f.options(), generator);
    return splitFirst(decodeSeries(model, prior.mean, f, generator), B, K);
}

}  // namespace dbse
