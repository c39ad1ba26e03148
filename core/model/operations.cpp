// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/operations.h"

#include "core/model/gaussian.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse {
namespace {

// Eval mode + inference mode for the guard's lifetime; restores the training flag.
class InferenceScope {
public:
    explicit InferenceScope(DbseModelImpl& model) : model_(model), was_training_(model.is_training()) {
        model_.eval();
    }
    ~InferenceScope() { model_.train(was_training_); }

private:
    DbseModelImpl& model_;
    bool was_training_;
    torch::NoGradGuard no_grad_;
};

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

}  // namespace dbse
