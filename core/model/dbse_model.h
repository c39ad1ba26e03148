// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DBSE: Sequential Disentanglement by Extracting Static Information From A Single Sequence
// Element. x_1:T -> encoder -> g_1:T; s ~ q(s | g_anchor); the dynamic path sees
// [g_t - g_anchor] with the anchor slot replaced by fresh N(0, I) noise; d_t ~ q(d | ...);
// learned prior p(d_t | d_<t); decoder(d_t, s) -> x_t.

#include "core/model/codec.h"
#include "core/model/config.h"
#include "core/model/dynamic_posterior.h"
#include "core/model/learned_prior.h"
#include "core/model/static_posterior.h"

#include <memory>

namespace dbse {

struct DbseOutputs {
    int anchor = 0;              // the element that fed the static path
    GaussianParams f_post;       // [B, f_dim]
    torch::Tensor f;             // [B, f_dim] sample
    torch::Tensor dynamic_input; // [B, T, g_dim] what the dynamic posterior saw
    GaussianParams z_post;       // [B, T, z_dim]
    torch::Tensor z;             // [B, T, z_dim] samples
    GaussianParams z_prior;      // [B, T, z_dim] teacher-forced learned prior
    torch::Tensor recon_seq;     // [B, T, ...element]  decoder(z_t, f) for every t
    torch::Tensor recon_frame;   // [B, ...element]     decoder(z_anchor, f), decoded on its own
    // [B, T, ...element] decoder(0, f) at every step (LossConfig::static_recon WholeSequence);
    // only computed for audio, whose recurrent decoder makes it cheap; undefined otherwise.
    torch::Tensor recon_static;
};

// `outputs` with every floating tensor in float32 (after a bfloat16 autocast forward, so the
// losses sum in float32).
DbseOutputs inFloat32(DbseOutputs outputs);

class DbseModelImpl : public torch::nn::Module {
public:
    explicit DbseModelImpl(const ModelConfig& config);

    // Training forward pass with reparameterised samples. `anchor` in [0, T).
    DbseOutputs forward(const torch::Tensor& x, int anchor, torch::Generator* generator = nullptr);

    // Parts, for the operations of PROTOCOLS 3f.
    torch::Tensor encodeElements(const torch::Tensor& x);  // [B, T, g_dim]
    GaussianParams staticPosterior(const torch::Tensor& g, int anchor);
    // [B, T, g_dim]: g - g_anchor with the anchor slot replaced by noise, or g itself when the
    // subtraction ablation is on.
    torch::Tensor dynamicInput(const torch::Tensor& g, int anchor, torch::Generator* generator = nullptr);
    GaussianParams dynamicPosterior(const torch::Tensor& dynamic_input);
    torch::Tensor decode(const torch::Tensor& z, const torch::Tensor& f);  // [B,T,z],[B,f] -> x
    LearnedPrior& prior() { return prior_; }
    // Training: recompute the encoder's and decoder's activations in backward instead of
    // keeping them (TrainConfig::activations). No effect without autograd or in eval mode.
    void setRecomputeActivations(bool recompute);

    const ModelConfig& config() const { return config_; }
    int64_t parameterCount() const;

private:
    ModelConfig config_;
    std::shared_ptr<SequenceEncoder> encoder_;
    StaticPosterior static_{nullptr};
    DynamicPosterior dynamic_{nullptr};
    LearnedPrior prior_{nullptr};
    std::shared_ptr<SequenceDecoder> decoder_;
};
TORCH_MODULE(DbseModel);

// Builds the model for config.modality, initialised as config.init says.
DbseModel makeModel(const ModelConfig& config);

}  // namespace dbse
