// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/dbse_model.h"

#include "core/model/audio_codec.h"
#include "core/model/gaussian.h"
#include "core/model/video_codec.h"
#include "core/model/weight_init.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse {
namespace {

std::shared_ptr<SequenceEncoder> makeEncoder(const ModelConfig& c) {
    if (c.modality == "video")
        return std::make_shared<DcganFrameEncoder>(c);
    if (c.modality == "audio")
        return std::make_shared<SpectrogramEncoder>(c);
    throw std::invalid_argument("model.modality: no encoder for '" + c.modality + "'");
}

std::shared_ptr<SequenceDecoder> makeDecoder(const ModelConfig& c) {
    if (c.modality == "video")
        return std::make_shared<ConvTFrameDecoder>(c);
    if (c.modality == "audio")
        return std::make_shared<SpectrogramDecoder>(c);
    throw std::invalid_argument("model.modality: no decoder for '" + c.modality + "'");
}

}  // namespace

DbseModelImpl::DbseModelImpl(const ModelConfig& config) : config_(config) {
    validate(config_);
    // Registration order follows the published state dict: dynamic LSTM first.
    dynamic_ = register_module("dynamic_posterior", DynamicPosterior(config_));
    encoder_ = register_module("encoder", makeEncoder(config_));
    static_ = register_module("static_posterior", StaticPosterior(config_));
    prior_ = register_module("prior", LearnedPrior(config_));
    decoder_ = register_module("decoder", makeDecoder(config_));
}

torch::Tensor DbseModelImpl::encodeElements(const torch::Tensor& x) { return encoder_->forward(x); }

GaussianParams DbseModelImpl::staticPosterior(const torch::Tensor& g, int anchor) {
    return static_->forward(g.select(1, anchor));
}

torch::Tensor DbseModelImpl::dynamicInput(const torch::Tensor& g, int anchor, torch::Generator* generator) {
    if (!config_.subtract_anchor)
        return g;
    const int64_t B = g.size(0), T = g.size(1);
    torch::Tensor difference = g - g.narrow(1, anchor, 1);
    torch::Tensor noise = standardNormal({B, 1, g.size(2)}, g.options(), generator);
    std::vector<torch::Tensor> parts;
    if (anchor > 0)
        parts.push_back(difference.narrow(1, 0, anchor));
    parts.push_back(noise);
    if (anchor + 1 < T)
        parts.push_back(difference.narrow(1, anchor + 1, T - anchor - 1));
    return torch::cat(parts, 1);
}

GaussianParams DbseModelImpl::dynamicPosterior(const torch::Tensor& dynamic_input) {
    return dynamic_->forward(dynamic_input);
}

torch::Tensor DbseModelImpl::decode(const torch::Tensor& z, const torch::Tensor& f) {
    return decoder_->forward(z, f);
}

DbseOutputs DbseModelImpl::forward(const torch::Tensor& x, int anchor, torch::Generator* generator) {
    if (x.dim() < 3 || anchor < 0 || anchor >= x.size(1))
        throw std::invalid_argument("DbseModel::forward: anchor " + std::to_string(anchor) +
                                    " is outside the sequence");
    DbseOutputs out;
    out.anchor = anchor;
    torch::Tensor g = encodeElements(x);
    out.f_post = staticPosterior(g, anchor);
    out.f = reparameterise(out.f_post.mean, out.f_post.logvar, generator);
    out.dynamic_input = dynamicInput(g, anchor, generator);
    out.z_post = dynamicPosterior(out.dynamic_input);
    out.z = reparameterise(out.z_post.mean, out.z_post.logvar, generator);
    out.z_prior = prior_->teacherForced(out.z);
    out.recon_seq = decode(out.z, out.f);
    out.recon_frame = decode(out.z.narrow(1, anchor, 1), out.f).select(1, 0);
    if (config_.modality == "audio")
        out.recon_static = decode(torch::zeros_like(out.z), out.f);
    return out;
}

DbseOutputs inFloat32(DbseOutputs o) {
    for (torch::Tensor* t : {&o.f_post.mean, &o.f_post.logvar, &o.f, &o.dynamic_input, &o.z_post.mean,
                             &o.z_post.logvar, &o.z, &o.z_prior.mean, &o.z_prior.logvar, &o.recon_seq,
                             &o.recon_frame, &o.recon_static})
        if (t->defined())
            *t = t->to(torch::kFloat);
    return o;
}

void DbseModelImpl::setRecomputeActivations(bool recompute) {
    encoder_->setRecomputeInBackward(recompute);
    decoder_->setRecomputeInBackward(recompute);
}

int64_t DbseModelImpl::parameterCount() const {
    int64_t n = 0;
    for (const auto& p : parameters())
        n += p.numel();
    return n;
}

DbseModel makeModel(const ModelConfig& config) {
    DbseModel model(config);
    if (config.init == InitScheme::Published)
        applyPublishedInit(*model);
    else if (config.init == InitScheme::FastStart)
        applyFastStartInit(*model);
    return model;
}

}  // namespace dbse
