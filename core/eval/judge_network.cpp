// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/judge_network.h"

#include "core/data/sequence_dataset.h"
#include "core/model/video_codec.h"
#include "core/util/json_io.h"

#include <torch/torch.h>

#include <stdexcept>

namespace dbse {
namespace nn = torch::nn;
namespace {

// [B, T, F] -> [B, T, width]: Linear(F->width) ReLU Linear(width->width) ReLU on every step.
class StepMlpEncoder : public SequenceEncoder {
public:
    StepMlpEncoder(int64_t in, int64_t width) {
        layers_ = register_module("layers", nn::Sequential(nn::Linear(in, width), nn::ReLU(), nn::Linear(width, width),
                                                           nn::ReLU()));
    }
    torch::Tensor forward(const torch::Tensor& x) override { return layers_->forward(x); }

private:
    nn::Sequential layers_{nullptr};
};

std::vector<JudgeHead> headsOf(const SequenceDataset& d) {
    std::vector<JudgeHead> heads;
    for (const auto& c : d.static_labels) heads.push_back({c.name, true, c.classes});
    for (const auto& c : d.dynamic_labels) heads.push_back({c.name, false, c.classes});
    return heads;
}

std::string listText(const std::vector<int64_t>& v) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
    return out + "]";
}

}  // namespace

nlohmann::json toJson(const JudgeArchitecture& a) {
    nlohmann::json heads = nlohmann::json::array();
    for (const auto& h : a.heads) heads.push_back({{"name", h.name}, {"static", h.is_static}, {"classes", h.classes}});
    return {{"kind", a.kind},
            {"frames", a.frames},
            {"element", a.element},
            {"missing_input", a.missing_input},
            {"log_input", a.log_input},
            {"base_channels", a.base_channels},
            {"feature_size", a.feature_size},
            {"rnn_size", a.rnn_size},
            {"head_size", a.head_size},
            {"heads", heads}};
}

JudgeArchitecture judgeArchitectureFromJson(const nlohmann::json& j) {
    try {
        JudgeArchitecture a;
        a.kind = j.at("kind").get<std::string>();
        a.frames = jsonIntegerAt<int64_t>(j, "frames");
        a.element = jsonIntegers<int64_t>(j.at("element"), "element");
        a.missing_input = j.at("missing_input").get<bool>();
        a.log_input = j.value("log_input", false);
        a.base_channels = jsonIntegerAt<int>(j, "base_channels");
        a.feature_size = jsonIntegerAt<int>(j, "feature_size");
        a.rnn_size = jsonIntegerAt<int>(j, "rnn_size");
        a.head_size = jsonIntegerAt<int>(j, "head_size");
        for (const auto& h : j.at("heads"))
            a.heads.push_back({h.at("name").get<std::string>(), h.at("static").get<bool>(),
                               h.at("classes").get<std::vector<std::string>>()});
        // Bounds keep a hostile file from making the loader allocate without limit.
        auto within = [](int64_t v, int64_t lo, int64_t hi) { return v >= lo && v <= hi; };
        const bool video = a.kind == "sprites" || a.kind == "compact";
        bool ok = (video || a.kind == "series") && within(a.frames, 1, 100000) &&
                  a.element.size() == (video ? 3u : 1u) && within(a.feature_size, 1, 4096) &&
                  within(a.rnn_size, 1, 4096) && within(a.head_size, 1, 4096) && within(a.heads.size(), 1, 256) &&
                  (!video || (within(a.base_channels, 1, 512) && a.element[1] == 64 && a.element[2] == 64));
        for (int64_t e : a.element) ok = ok && within(e, 1, 100000);
        if (!ok) throw std::invalid_argument("judge architecture: sizes out of range or inconsistent");
        for (const auto& h : a.heads)
            if (!within(static_cast<int64_t>(h.classes.size()), 2, 100000))
                throw std::invalid_argument("judge architecture: head " + h.name + " needs 2 to 100000 classes");
        return a;
    } catch (const nlohmann::json::exception& e) {
        throw std::invalid_argument(std::string("judge architecture: ") + e.what());
    }
}

JudgeArchitecture judgeArchitectureFor(const SequenceDataset& d, const std::string& kind) {
    JudgeArchitecture a;
    a.heads = headsOf(d);
    if (a.heads.empty()) throw std::invalid_argument(d.name + ": has no label columns, so there is nothing to judge");
    for (const auto& h : a.heads)
        if (h.classes.size() < 2)
            throw std::invalid_argument(d.name + ": label " + h.name + " has fewer than 2 classes");
    a.frames = d.length();
    a.element = d.elementShape();
    if (d.isVideo()) {
        if (d.height() != 64 || d.width() != 64)
            throw std::invalid_argument(d.name + ": the video judge needs 64 x 64 frames, the dataset has " +
                                        std::to_string(d.height()) + " x " + std::to_string(d.width()));
        a.kind = kind.empty() ? "compact" : kind;
        if (a.kind == "sprites") {
            a.base_channels = 64, a.feature_size = 128, a.rnn_size = 256, a.head_size = 256;
        } else if (a.kind == "compact") {
            a.base_channels = 16, a.feature_size = 64, a.rnn_size = 64, a.head_size = 64;
        } else {
            throw std::invalid_argument("judge architecture \"" + a.kind + "\" does not fit video; use sprites or compact");
        }
    } else {
        if (a.element.size() != 1)
            throw std::invalid_argument(d.name + ": the judge needs frames [N, T, F] or [N, T, C, H, W], got element " +
                                        listText(a.element));
        a.kind = kind.empty() ? "series" : kind;
        if (a.kind != "series")
            throw std::invalid_argument("judge architecture \"" + a.kind + "\" does not fit [N, T, F] data; use series");
        a.missing_input = d.missing.defined();
        a.log_input = d.size() > 0 && d.frames.min().item<float>() >= 0;
        a.feature_size = 64, a.rnn_size = 64, a.head_size = 64;
    }
    return a;
}

std::string judgeMismatch(const JudgeArchitecture& a, const SequenceDataset& d) {
    if (d.length() != a.frames || d.elementShape() != a.element)
        return "the judge takes sequences of " + std::to_string(a.frames) + " x " + listText(a.element) +
               " but the dataset has " + std::to_string(d.length()) + " x " + listText(d.elementShape());
    if (a.missing_input && !d.missing.defined()) return "the judge needs a missing mask but the dataset has none";
    const std::vector<JudgeHead> heads = headsOf(d);
    if (heads.size() != a.heads.size())
        return "the judge has " + std::to_string(a.heads.size()) + " heads but the dataset has " +
               std::to_string(heads.size()) + " label columns";
    for (size_t i = 0; i < heads.size(); ++i) {
        const JudgeHead &have = a.heads[i], &want = heads[i];
        if (have.name != want.name || have.is_static != want.is_static || have.classes != want.classes)
            return "head " + std::to_string(i) + " is \"" + have.name + "\" with " + std::to_string(have.classes.size()) +
                   " classes but the dataset's label is \"" + want.name + "\" with " +
                   std::to_string(want.classes.size()) + " classes";
    }
    return {};
}

JudgeNetworkImpl::JudgeNetworkImpl(const JudgeArchitecture& a) : architecture_(a) {
    if (a.kind == "series") {
        const int64_t F = a.element.at(0);
        input_mean_ = register_buffer("input_mean", torch::zeros({F}));
        input_std_ = register_buffer("input_std", torch::ones({F}));
        encoder_ = register_module("encoder", std::make_shared<StepMlpEncoder>(F * (a.missing_input ? 2 : 1), a.feature_size));
    } else {
        ModelConfig c;
        c.channels = static_cast<int>(a.element.at(0));
        c.base_channels = a.base_channels;
        c.g_dim = a.feature_size;
        encoder_ = register_module("encoder", std::make_shared<DcganFrameEncoder>(c));
    }
    rnn_ = register_module(
        "rnn", nn::LSTM(nn::LSTMOptions(a.feature_size, a.rnn_size).batch_first(true).bidirectional(true)));
    heads_ = register_module("heads", nn::ModuleList());
    for (const auto& h : a.heads)
        heads_->push_back(nn::Sequential(nn::Linear(2 * a.rnn_size, a.head_size), nn::ReLU(),
                                         nn::Linear(a.head_size, static_cast<int64_t>(h.classes.size()))));
}

std::vector<torch::Tensor> JudgeNetworkImpl::forward(const torch::Tensor& x, const torch::Tensor& missing) {
    torch::Tensor input = architecture_.log_input ? x.clamp_min(0).log1p() : x;
    if (input_mean_.defined()) input = (input - input_mean_) / input_std_;
    if (architecture_.missing_input) {
        if (!missing.defined()) throw std::invalid_argument("judge: this judge needs the missing mask of the batch");
        input = torch::cat({input * (1 - missing), missing}, -1);
    }
    const torch::Tensor g = encoder_->forward(input);  // [B, T, feature_size]
    const torch::Tensor out = std::get<0>(rnn_->forward(g));  // [B, T, 2 * rnn_size]
    const int64_t H = architecture_.rnn_size, T = out.size(1);
    const torch::Tensor feature = torch::cat({out.select(1, T - 1).narrow(1, 0, H), out.select(1, 0).narrow(1, H, H)}, 1);
    std::vector<torch::Tensor> logits;
    for (const auto& head : *heads_) logits.push_back(head->as<nn::Sequential>()->forward(feature));
    return logits;
}

void JudgeNetworkImpl::fitInputScaling(const SequenceDataset& train) {
    if (!input_mean_.defined()) return;
    torch::NoGradGuard no_grad;
    const int64_t F = input_mean_.size(0);
    torch::Tensor sum = torch::zeros({F}, torch::kDouble), sum_sq = torch::zeros({F}, torch::kDouble);
    torch::Tensor count = torch::zeros({F}, torch::kDouble);
    // In chunks of sequences, so no float64 copy of the whole split is made.
    for (int64_t begin = 0; begin < train.size(); begin += 1024) {
        const int64_t n = std::min<int64_t>(1024, train.size() - begin);
        torch::Tensor x = train.frames.narrow(0, begin, n).reshape({-1, F}).to(torch::kDouble);
        if (architecture_.log_input) x = x.clamp_min(0).log1p();
        const torch::Tensor observed = train.missing.defined()
                                           ? 1 - train.missing.narrow(0, begin, n).reshape({-1, F}).to(torch::kDouble)
                                           : torch::ones_like(x);
        sum += (x * observed).sum(0);
        sum_sq += (x * x * observed).sum(0);
        count += observed.sum(0);
    }
    const torch::Tensor mean = sum / count.clamp_min(1);
    const torch::Tensor std = (sum_sq / count.clamp_min(1) - mean * mean).clamp_min(0).sqrt().clamp_min(1e-6);
    input_mean_.copy_(mean.to(torch::kFloat));
    input_std_.copy_(std.to(torch::kFloat));
}

int64_t JudgeNetworkImpl::parameterCount() const {
    int64_t n = 0;
    for (const auto& p : parameters()) n += p.numel();
    return n;
}

}  // namespace dbse
