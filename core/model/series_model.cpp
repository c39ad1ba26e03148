// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/series_model.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse {
namespace {

// Linear + ReLU for every width; without the last ReLU when `last_relu` is false.
torch::nn::Sequential mlp(int64_t input, const std::vector<int>& widths, bool last_relu) {
    torch::nn::Sequential net;
    for (size_t i = 0; i < widths.size(); ++i) {
        net->push_back(torch::nn::Linear(input, widths[i]));
        if (last_relu || i + 1 < widths.size())
            net->push_back(torch::nn::ReLU());
        input = widths[i];
    }
    return net;
}

// A step is dropped from the encoder when at least 70% of its features are missing (the
// published rule: keep when the count is below int(0.7 * D)).
torch::Tensor keptSteps(const torch::Tensor& missing, int64_t features) {
    const double limit = static_cast<double>(static_cast<int64_t>(0.7 * static_cast<double>(features)));
    return (missing.sum(-1) < limit).to(missing.scalar_type()).unsqueeze(-1);  // [B, T, 1]
}

}  // namespace

SeriesModelImpl::SeriesModelImpl(const ModelConfig& c) : config_(c) {
    validate(config_);
    if (config_.modality != "series")
        throw std::invalid_argument("SeriesModel: model.modality is '" + config_.modality + "', not 'series'");
    feature_width_ = config_.encoder_sizes.back();
    const int64_t G = feature_width_;
    const int64_t H = config_.decoder_sizes.front();
    encoder_ = register_module("encoder", mlp(config_.features, config_.encoder_sizes, /*last_relu=*/true));
    static_gru_ = register_module("static_gru", torch::nn::GRU(torch::nn::GRUOptions(G, G).batch_first(true)));
    static_hidden_ = register_module("static_hidden", torch::nn::Linear(G, G));
    f_mean_ = register_module("f_mean", torch::nn::Linear(G, config_.f_dim));
    f_logvar_ = register_module("f_logvar", torch::nn::Linear(G, config_.f_dim));
    window_lstm_ = register_module("window_lstm", torch::nn::LSTM(torch::nn::LSTMOptions(G, G).batch_first(true)));
    z_mean_ = register_module("z_mean", torch::nn::Linear(G, config_.z_dim));
    z_logvar_ = register_module("z_logvar", torch::nn::Linear(G, config_.z_dim));
    prior_ = register_module("prior", LearnedPrior(config_));
    seed_ = register_module("decoder_seed", torch::nn::Linear(config_.z_dim + config_.f_dim, H));
    decoder_lstm_ = register_module("decoder_lstm", torch::nn::LSTM(torch::nn::LSTMOptions(H, H).batch_first(true)));
    const std::vector<int> rest(config_.decoder_sizes.begin() + 1, config_.decoder_sizes.end());
    decoder_mlp_ = register_module("decoder_mlp", mlp(H, rest, /*last_relu=*/false));
    const int64_t last = rest.empty() ? H : rest.back();
    out_mean_ = register_module("out_mean", torch::nn::Linear(last, config_.features));
    out_scale_ = register_module("out_scale", torch::nn::Linear(last, config_.features));
}

torch::Tensor SeriesModelImpl::encodeSteps(const torch::Tensor& x, const torch::Tensor& missing) {
    if (x.dim() != 3 || x.size(1) != config_.frames || x.size(2) != config_.features)
        throw std::invalid_argument("SeriesModel: expected x [B, " + std::to_string(config_.frames) + ", " +
                                    std::to_string(config_.features) + "]");
    if (!missing.defined())
        return encoder_->forward(x);
    torch::Tensor g = encoder_->forward(x * (1 - missing));
    if (config_.mask_missing_steps)
        g = g * keptSteps(missing, config_.features);
    return g;
}

GaussianParams SeriesModelImpl::staticPosterior(const torch::Tensor& g, int anchor_window) {
    const torch::Tensor window = g.narrow(1, int64_t{anchor_window} * config_.window, config_.window);
    const torch::Tensor h_last = std::get<1>(static_gru_->forward(window)).select(0, 0);  // [B, G]
    const torch::Tensor hidden = torch::tanh(static_hidden_->forward(h_last));
    return {f_mean_->forward(hidden), f_logvar_->forward(hidden)};
}

torch::Tensor SeriesModelImpl::dynamicInput(const torch::Tensor& g, int anchor_window, torch::Generator* generator) {
    const int64_t B = g.size(0), W = config_.window, n = windows();
    torch::Tensor windows_of_g = g.reshape({B, n, W, feature_width_});
    if (config_.subtract_anchor)
        windows_of_g = windows_of_g - windows_of_g.narrow(1, anchor_window, 1);
    const torch::Tensor noise =
        standardNormal({B, 1, 1, feature_width_}, g.options(), generator).expand({B, 1, W, feature_width_});
    std::vector<torch::Tensor> parts;
    if (anchor_window > 0)
        parts.push_back(windows_of_g.narrow(1, 0, anchor_window));
    parts.push_back(noise);
    if (anchor_window + 1 < n)
        parts.push_back(windows_of_g.narrow(1, anchor_window + 1, n - anchor_window - 1));
    return torch::cat(parts, 1).reshape({B, n * W, feature_width_});
}

GaussianParams SeriesModelImpl::dynamicPosterior(const torch::Tensor& dynamic_input) {
    const int64_t B = dynamic_input.size(0), W = config_.window, n = dynamic_input.size(1) / W;
    // Every window is an independent sequence of the LSTM batch, starting from zeros.
    const torch::Tensor per_window = dynamic_input.reshape({B * n, W, feature_width_});
    const torch::Tensor last = std::get<0>(window_lstm_->forward(per_window)).select(1, W - 1);
    const torch::Tensor summary = last.reshape({B, n, feature_width_});
    return {z_mean_->forward(summary), z_logvar_->forward(summary)};
}

SeriesReconstruction SeriesModelImpl::decode(const torch::Tensor& z, const torch::Tensor& f, int64_t steps,
                                             torch::Generator* generator) {
    const int64_t B = z.size(0), k = z.size(1);
    const int64_t H = config_.decoder_sizes.front();
    const torch::Tensor zf = torch::cat({z, f.unsqueeze(1).expand({B, k, f.size(1)})}, 2);  // z first, then f
    const torch::Tensor state = torch::tanh(seed_->forward(zf)).reshape({1, B * k, H});
    const torch::Tensor noise = standardNormal({B * k, steps, H}, z.options(), generator);
    torch::Tensor h = std::get<0>(decoder_lstm_->forward(noise, std::make_tuple(state, state)));
    h = decoder_mlp_->forward(h.reshape({B, k * steps, H}));
    return {out_mean_->forward(h), 0.5 * torch::sigmoid(out_scale_->forward(h))};
}

SeriesOutputs SeriesModelImpl::forward(const torch::Tensor& x, const torch::Tensor& missing, int anchor_window,
                                       torch::Generator* generator) {
    if (anchor_window < 0 || anchor_window >= windows())
        throw std::invalid_argument("SeriesModel::forward: anchor window " + std::to_string(anchor_window) +
                                    " is outside [0, " + std::to_string(windows() - 1) + "]");
    SeriesOutputs out;
    out.anchor = anchor_window;
    const torch::Tensor g = encodeSteps(x, missing);
    out.f_post = staticPosterior(g, anchor_window);
    out.f = reparameterise(out.f_post.mean, out.f_post.logvar, generator);
    out.z_post = dynamicPosterior(dynamicInput(g, anchor_window, generator));
    out.z = reparameterise(out.z_post.mean, out.z_post.logvar, generator);
    out.z_prior = prior_->teacherForced(out.z);
    out.recon_seq = decode(out.z, out.f, config_.window, generator);
    out.recon_frame = decode(out.z.narrow(1, anchor_window, 1), out.f, 1, generator);
    return out;
}

int64_t SeriesModelImpl::parameterCount() const {
    int64_t n = 0;
    for (const auto& p : parameters())
        n += p.numel();
    return n;
}

SeriesModel makeSeriesModel(const ModelConfig& config) {
    return SeriesModel(config);
}

}  // namespace dbse
