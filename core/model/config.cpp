// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/config.h"

#include "core/util/json_io.h"

#include <array>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace dbse {
namespace {

template <typename Enum, size_t N>
using EnumNames = std::array<std::pair<Enum, const char*>, N>;

constexpr EnumNames<PosteriorKind, 2> kPosteriorNames{{
    {PosteriorKind::Bidirectional, "bidirectional"}, {PosteriorKind::Causal, "causal"}}};
constexpr EnumNames<InitScheme, 3> kInitNames{{
    {InitScheme::Published, "published"}, {InitScheme::LibraryDefault, "library-default"},
    {InitScheme::FastStart, "fast-start"}}};
constexpr EnumNames<StaticRecon, 2> kStaticReconNames{{
    {StaticRecon::AnchorFrame, "anchor-frame"}, {StaticRecon::WholeSequence, "whole-sequence"}}};
constexpr EnumNames<ReconFrames, 2> kReconNames{{
    {ReconFrames::All, "all"}, {ReconFrames::SkipAnchor, "skip-anchor"}}};
constexpr EnumNames<ScheduleKind, 3> kScheduleNames{{
    {ScheduleKind::Constant, "constant"}, {ScheduleKind::StepHalving, "step"},
    {ScheduleKind::CosineWarmRestarts, "cosine"}}};
constexpr EnumNames<KlAnnealing, 2> kAnnealingNames{{
    {KlAnnealing::None, "none"}, {KlAnnealing::CyclicCosine, "cyclic-cosine"}}};
constexpr EnumNames<ActivationMemory, 3> kActivationNames{{
    {ActivationMemory::Auto, "auto"}, {ActivationMemory::Keep, "keep"}, {ActivationMemory::Recompute, "recompute"}}};
constexpr EnumNames<Precision, 2> kPrecisionNames{{{Precision::Float32, "fp32"}, {Precision::BFloat16, "bf16"}}};
constexpr EnumNames<Ablation, 4> kAblationNames{{
    {Ablation::None, "none"}, {Ablation::NoSubtraction, "no-subtraction"},
    {Ablation::NoStaticLoss, "no-static-loss"}, {Ablation::Both, "both"}}};

template <typename Enum, size_t N>
const char* nameOf(const EnumNames<Enum, N>& names, Enum value) {
    for (const auto& [v, n] : names)
        if (v == value)
            return n;
    throw std::logic_error("unnamed enum value");
}

template <typename Enum, size_t N>
Enum parseName(const EnumNames<Enum, N>& names, const std::string& text, const std::string& field) {
    std::string allowed;
    for (const auto& [v, n] : names) {
        if (text == n)
            return v;
        allowed += allowed.empty() ? n : std::string(", ") + n;
    }
    throw std::invalid_argument(field + ": '" + text + "' is not one of " + allowed);
}

template <typename Enum, size_t N>
void readEnum(JsonObjectReader& reader, const char* key, const EnumNames<Enum, N>& names, Enum& out) {
    std::string text = nameOf(names, out);
    reader.read(key, text);
    out = parseName(names, text, reader.path(key));
}

void requireRange(const std::string& field, double value, double lo, double hi) {
    if (!std::isfinite(value) || value < lo || value > hi)
        throw std::invalid_argument(field + ": " + std::to_string(value) + " is outside [" +
                                    std::to_string(lo) + ", " + std::to_string(hi) + "]");
}

void requirePositive(const std::string& field, double value) {
    if (!std::isfinite(value) || value <= 0)
        throw std::invalid_argument(field + ": must be a positive number, got " + std::to_string(value));
}

}  // namespace

int AnchorChoice::resolve(int T, uint64_t random_draw) const {
    switch (mode) {
    case AnchorMode::First: return 0;
    case AnchorMode::Middle: return T / 2;
    case AnchorMode::Last: return T - 1;
    case AnchorMode::Fixed: return index;
    case AnchorMode::RandomPerBatch: return static_cast<int>(random_draw % static_cast<uint64_t>(T));
    }
    return 0;
}

int AnchorChoice::inferenceIndex(int T) const {
    return mode == AnchorMode::RandomPerBatch ? 0 : resolve(T, 0);
}

AnchorChoice parseAnchor(const std::string& text) {
    AnchorChoice a;
    if (text == "first") a.mode = AnchorMode::First;
    else if (text == "middle") a.mode = AnchorMode::Middle;
    else if (text == "last") a.mode = AnchorMode::Last;
    else if (text == "random") a.mode = AnchorMode::RandomPerBatch;
    else {
        size_t used = 0;
        int index = -1;
        try {
            index = std::stoi(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != text.size() || text.empty() || index < 0)
            throw std::invalid_argument("anchor: '" + text +
                                        "' is not one of first, middle, last, random or a 0-based frame index");
        a.mode = AnchorMode::Fixed;
        a.index = index;
    }
    return a;
}

std::string toString(const AnchorChoice& a) {
    switch (a.mode) {
    case AnchorMode::First: return "first";
    case AnchorMode::Middle: return "middle";
    case AnchorMode::Last: return "last";
    case AnchorMode::RandomPerBatch: return "random";
    case AnchorMode::Fixed: return std::to_string(a.index);
    }
    return "first";
}

void applyAblation(Ablation ablation, ModelConfig& model, LossConfig& loss) {
    if (ablation == Ablation::NoSubtraction || ablation == Ablation::Both)
        model.subtract_anchor = false;
    if (ablation == Ablation::NoStaticLoss || ablation == Ablation::Both)
        loss.static_frame_loss = false;
}

Ablation parseAblation(const std::string& text) { return parseName(kAblationNames, text, "ablation"); }
std::string toString(Ablation ablation) { return nameOf(kAblationNames, ablation); }

ActivationMemory parseActivationMemory(const std::string& text) {
    return parseName(kActivationNames, text, "activations");
}
std::string toString(ActivationMemory activations) { return nameOf(kActivationNames, activations); }
Precision parsePrecision(const std::string& text) { return parseName(kPrecisionNames, text, "precision"); }
std::string toString(Precision precision) { return nameOf(kPrecisionNames, precision); }

double keptActivationBytes(const ModelConfig& m, int batch) {
    if (m.modality != "video")
        return 0;
    const double w = m.base_channels;
    // Per frame, three tensors (conv, BatchNorm, LeakyReLU) per block: the encoder's blocks
    // output w x 32^2, 2w x 16^2, 4w x 8^2, 8w x 4^2; the decoder's 8w x 4^2 ... w x 32^2
    // and C x 64^2 twice (transposed conv, sigmoid).
    const double encoder = 3 * w * (1024 + 512 + 256 + 128);
    const double decoder = 3 * w * (128 + 256 + 512 + 1024) + 2.0 * m.channels * 64 * 64;
    const double frames = static_cast<double>(batch) * m.frames;
    const double decoded = frames + batch;  // every frame and the anchor frame again
    return 4 * (encoder * frames + decoder * decoded);
}

bool recomputesActivations(const ModelConfig& model, const TrainConfig& train) {
    switch (train.activations) {
        case ActivationMemory::Keep: return false;
        case ActivationMemory::Recompute: return model.modality == "video";
        case ActivationMemory::Auto: return keptActivationBytes(model, train.batch) > kRecomputeAboveBytes;
    }
    return false;
}

void validateSeries(const ModelConfig& c) {
    requireRange("model.features", c.features, 1, 65536);
    requireRange("model.window", c.window, 1, c.frames);
    if (c.frames % c.window != 0)
        throw std::invalid_argument("model.window: frames (" + std::to_string(c.frames) +
                                    ") must be a multiple of the window (" + std::to_string(c.window) + ")");
    for (const auto* sizes : {&c.encoder_sizes, &c.decoder_sizes}) {
        const char* field = sizes == &c.encoder_sizes ? "model.encoder_sizes" : "model.decoder_sizes";
        if (sizes->empty())
            throw std::invalid_argument(std::string(field) + ": needs at least one width");
        for (int width : *sizes)
            requireRange(field, width, 1, 65536);
    }
    const int windows = c.frames / c.window;
    if (c.anchor.mode == AnchorMode::Fixed && c.anchor.index >= windows)
        throw std::invalid_argument("model.anchor: window " + std::to_string(c.anchor.index) + " is outside [0, " +
                                    std::to_string(windows - 1) + "]");
}

void validate(const ModelConfig& c) {
    if (c.modality != "video" && c.modality != "audio" && c.modality != "series")
        throw std::invalid_argument("model.modality: '" + c.modality + "' is not supported (video, audio, series)");
    requireRange("model.frames", c.frames, 2, 4096);
    requireRange("model.rnn_size", c.rnn_size, 1, 65536);
    requireRange("model.f_dim", c.f_dim, 1, 65536);
    requireRange("model.z_dim", c.z_dim, 1, 65536);
    if (c.modality == "series")
        return validateSeries(c);
    if (c.modality == "video") {
        requireRange("model.channels", c.channels, 1, 16);
        if (c.image_size != 64)
            throw std::invalid_argument("model.image_size: the DCGAN encoder/decoder need 64, got " +
                                        std::to_string(c.image_size));
        requireRange("model.base_channels", c.base_channels, 1, 1024);
    } else {
        requireRange("model.features", c.features, 1, 65536);
    }
    requireRange("model.g_dim", c.g_dim, 1, 65536);
    if (c.anchor.mode == AnchorMode::Fixed && (c.anchor.index < 0 || c.anchor.index >= c.frames))
        throw std::invalid_argument("model.anchor: index " + std::to_string(c.anchor.index) +
                                    " is outside [0, " + std::to_string(c.frames - 1) + "]");
}

void validate(const LossConfig& c) {
    requireRange("loss.w_seq", c.w_seq, 0, 1e6);
    requireRange("loss.w_frame", c.w_frame, 0, 1e6);
    requireRange("loss.w_f", c.w_f, 0, 1e6);
    requireRange("loss.w_z", c.w_z, 0, 1e6);
    requireRange("loss.mc_samples", c.mc_samples, 1, 1024);
}

void validate(const TrainConfig& c) {
    requirePositive("train.lr", c.lr);
    requireRange("train.beta1", c.beta1, 0, 0.999999);
    requireRange("train.beta2", c.beta2, 0, 0.999999999);
    requireRange("train.batch", c.batch, 1, 1 << 20);
    requireRange("train.epochs", c.epochs, 1, 1e7);
    requireRange("train.eta_min", c.eta_min, 0, 1e3);
    requireRange("train.kl_cycles", c.kl_cycles, 1, 1e6);
    requireRange("train.threads", c.threads, 0, 1024);
    requireRange("train.eval_every", c.eval_every, 1, 1e7);
    requireRange("train.checkpoint_every", c.checkpoint_every, 1, 1e7);
    if (c.device != "cpu" && c.device.rfind("cuda", 0) != 0)
        throw std::invalid_argument("train.device: '" + c.device + "' is not one of cpu, cuda, cuda:N");
}

void to_json(nlohmann::json& j, const ModelConfig& c) {
    j = {{"modality", c.modality}, {"frames", c.frames}, {"channels", c.channels},
         {"image_size", c.image_size}, {"base_channels", c.base_channels}, {"g_dim", c.g_dim},
         {"rnn_size", c.rnn_size}, {"f_dim", c.f_dim}, {"z_dim", c.z_dim},
         {"posterior", nameOf(kPosteriorNames, c.posterior)},
         {"subtract_anchor", c.subtract_anchor}, {"anchor", toString(c.anchor)},
         {"init", nameOf(kInitNames, c.init)}, {"features", c.features},
         {"static_head_leaky_relu", c.static_head_leaky_relu}};
    if (c.modality == "series") {
        j["window"] = c.window;
        j["encoder_sizes"] = c.encoder_sizes;
        j["decoder_sizes"] = c.decoder_sizes;
        j["mask_missing_steps"] = c.mask_missing_steps;
    }
}

void from_json(const nlohmann::json& j, ModelConfig& c) {
    JsonObjectReader r(j, "model");
    r.read("modality", c.modality);
    r.read("frames", c.frames);
    r.read("channels", c.channels);
    r.read("image_size", c.image_size);
    r.read("base_channels", c.base_channels);
    r.read("g_dim", c.g_dim);
    r.read("rnn_size", c.rnn_size);
    r.read("f_dim", c.f_dim);
    r.read("z_dim", c.z_dim);
    readEnum(r, "posterior", kPosteriorNames, c.posterior);
    r.read("subtract_anchor", c.subtract_anchor);
    std::string anchor = toString(c.anchor);
    r.read("anchor", anchor);
    c.anchor = parseAnchor(anchor);
    readEnum(r, "init", kInitNames, c.init);
    r.read("features", c.features);
    r.read("window", c.window);
    r.read("encoder_sizes", c.encoder_sizes);
    r.read("decoder_sizes", c.decoder_sizes);
    r.read("mask_missing_steps", c.mask_missing_steps);
    r.read("static_head_leaky_relu", c.static_head_leaky_relu);
    r.finish();
}

void to_json(nlohmann::json& j, const LossConfig& c) {
    j = {{"w_seq", c.w_seq}, {"w_frame", c.w_frame}, {"w_f", c.w_f}, {"w_z", c.w_z},
         {"recon_frames", nameOf(kReconNames, c.recon_frames)}, {"static_frame_loss", c.static_frame_loss},
         {"mc_samples", c.mc_samples}, {"static_recon", nameOf(kStaticReconNames, c.static_recon)}};
}

void from_json(const nlohmann::json& j, LossConfig& c) {
    JsonObjectReader r(j, "loss");
    r.read("w_seq", c.w_seq);
    r.read("w_frame", c.w_frame);
    r.read("w_f", c.w_f);
    r.read("w_z", c.w_z);
    readEnum(r, "recon_frames", kReconNames, c.recon_frames);
    r.read("static_frame_loss", c.static_frame_loss);
    r.read("mc_samples", c.mc_samples);
    readEnum(r, "static_recon", kStaticReconNames, c.static_recon);
    r.finish();
}

void to_json(nlohmann::json& j, const TrainConfig& c) {
    j = {{"lr", c.lr}, {"beta1", c.beta1}, {"beta2", c.beta2}, {"batch", c.batch},
         {"epochs", c.epochs}, {"drop_last", c.drop_last},
         {"schedule", nameOf(kScheduleNames, c.schedule)}, {"eta_min", c.eta_min},
         {"kl_annealing", nameOf(kAnnealingNames, c.kl_annealing)}, {"kl_cycles", c.kl_cycles},
         {"seed", c.seed}, {"threads", c.threads}, {"device", c.device},
         {"eval_every", c.eval_every}, {"checkpoint_every", c.checkpoint_every},
         {"activations", nameOf(kActivationNames, c.activations)}, {"precision", nameOf(kPrecisionNames, c.precision)}};
}

void from_json(const nlohmann::json& j, TrainConfig& c) {
    JsonObjectReader r(j, "train");
    r.read("lr", c.lr);
    r.read("beta1", c.beta1);
    r.read("beta2", c.beta2);
    r.read("batch", c.batch);
    r.read("epochs", c.epochs);
    r.read("drop_last", c.drop_last);
    readEnum(r, "schedule", kScheduleNames, c.schedule);
    r.read("eta_min", c.eta_min);
    readEnum(r, "kl_annealing", kAnnealingNames, c.kl_annealing);
    r.read("kl_cycles", c.kl_cycles);
    r.read("seed", c.seed);
    r.read("threads", c.threads);
    r.read("device", c.device);
    r.read("eval_every", c.eval_every);
    r.read("checkpoint_every", c.checkpoint_every);
    readEnum(r, "activations", kActivationNames, c.activations);
    readEnum(r, "precision", kPrecisionNames, c.precision);
    r.finish();
}

void to_json(nlohmann::json& j, const Preset& p) {
    j = {{"name", p.name}, {"description", p.description}, {"model", p.model}, {"loss", p.loss},
         {"train", p.train}};
}

void from_json(const nlohmann::json& j, Preset& p) {
    JsonObjectReader r(j, "preset");
    r.read("name", p.name);
    r.read("description", p.description);
    if (r.has("model")) p.model = r.at("model").get<ModelConfig>();
    if (r.has("loss")) p.loss = r.at("loss").get<LossConfig>();
    if (r.has("train")) p.train = r.at("train").get<TrainConfig>();
    r.finish();
    validate(p.model);
    validate(p.loss);
    validate(p.train);
    if (p.loss.static_recon == StaticRecon::WholeSequence && p.model.modality != "audio")
        throw std::invalid_argument("loss.static_recon: whole-sequence needs model.modality audio, got '" +
                                    p.model.modality + "'");
}

}  // namespace dbse
