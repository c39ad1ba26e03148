// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain configuration structs of the DBSE model, its loss and its training. No torch here:
// the api facade and the CLI parse and print these. JSON (de)serialisation validates every
// field and names the one that is wrong.

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace dbse {

// Which sequence element feeds the static path (the paper's "single element").
enum class AnchorMode { First, Middle, Last, Fixed, RandomPerBatch };

struct AnchorChoice {
    AnchorMode mode = AnchorMode::First;
    int index = 0;  // used by AnchorMode::Fixed; 0-based, must be < frames

    // The element used for a batch of sequences of length T. `random_draw` is a uniform
    // integer the caller drew from its seeded generator (only used by RandomPerBatch).
    int resolve(int T, uint64_t random_draw) const;
    // The element used at inference (encode/swap/sample). RandomPerBatch uses the first.
    int inferenceIndex(int T) const;
};

enum class PosteriorKind {
    Bidirectional,  // published code: 2-layer bidirectional LSTM
    Causal          // the paper's reading: 2-layer unidirectional LSTM
};

enum class InitScheme {
    Published,      // Conv2d/Linear weights N(0, 0.01^2), biases 0, BatchNorm 1/0 (published code)
    LibraryDefault,  // LibTorch's defaults everywhere
    FastStart        // LibTorch's defaults, and the posterior log-variance heads start at -4
                     // (std 0.14): latent means start at O(1) above little noise, so a small
                     // model leaves the "ignore the noisy latents" plateau in hundreds of
                     // steps instead of thousands (used by the `quick` preset)
};

struct ModelConfig {
    std::string modality = "video";  // "video", "audio" (PROTOCOLS 1.4) or "series" (1.3 / 2)
    int frames = 8;          // T
    int channels = 3;        // C of a video frame
    int image_size = 64;     // H = W; the DCGAN encoder/decoder need 64
    int features = 201;      // F: spectrogram bins of an audio element, or values per series step
    int base_channels = 64;  // width of the first conv layer (64 in the published model)
    int g_dim = 256;         // frame feature size
    int rnn_size = 64;       // hidden size of the static head and the learned prior
    int f_dim = 256;         // static code size
    int z_dim = 256;         // dynamic code size per step
    PosteriorKind posterior = PosteriorKind::Bidirectional;
    bool subtract_anchor = true;  // ablation switch: false feeds raw features to the dynamic path
    AnchorChoice anchor;  // series: the anchor WINDOW (index < frames / window)
    InitScheme init = InitScheme::Published;
    // Published audio code [AS-CODED, kept as a modelling choice]: the static mean and
    // log-variance heads end in LeakyReLU(0.2) (its LinearUnit helper). Off for video.
    bool static_head_leaky_relu = false;

    // Time series only (modality "series"). There the feature width is encoder_sizes.back()
    // (g_dim, channels, image_size, base_channels and posterior are not used); rnn_size is the
    // learned prior's width. `features` above is D, the values per time step.
    int window = 4;                          // W: steps per window; frames must be a multiple
    std::vector<int> encoder_sizes{32, 64, 32};  // per-step MLP widths (ReLU after each)
    std::vector<int> decoder_sizes{32, 64, 32};  // decoder LSTM width, then the MLP widths
    // Zero the encoder features of a step with at least 70% of its features missing (the
    // published training behaviour), at training and at inference.
    bool mask_missing_steps = true;
};

// What the alpha (static) reconstruction term compares.
enum class StaticRecon {
    AnchorFrame,   // video: decoder(d_anchor, s) against the anchor element
    WholeSequence  // audio (PROTOCOLS 1.4): decoder(0, s) at every step against the whole sequence
};

enum class ReconFrames {
    All,        // Sprites: the sequence term covers every frame
    SkipAnchor  // MUG: the sequence term excludes the anchor frame (covered by the frame term)
};

struct LossConfig {
    double w_seq = 5.0;    // weight of the sequence reconstruction
    double w_frame = 1.0;  // alpha: weight of the static-frame reconstruction
    double w_f = 1.0;      // beta for KL(q(s) || N(0, I))
    double w_z = 1.0;      // beta for KL(q(d) || learned prior)
    ReconFrames recon_frames = ReconFrames::All;
    bool static_frame_loss = true;  // ablation switch: false drops the alpha term
    // Time series: copies of each batch, each with its own latent samples (published M). The
    // series loss reads w_seq as w_rec and w_frame as w_rec_stat.
    int mc_samples = 1;
    StaticRecon static_recon = StaticRecon::AnchorFrame;  // WholeSequence needs modality audio
};

enum class ScheduleKind { Constant, StepHalving, CosineWarmRestarts };
// Whether training keeps the activations of the video frame encoder and decoder for the
// backward pass or recomputes them there, block by block (core/model/recompute.h): same
// gradients, a fraction of the memory, about a third more arithmetic per step. Auto recomputes
// when the kept activations would exceed kRecomputeAboveBytes (sprites: batch 40 and up).
enum class ActivationMemory { Auto, Keep, Recompute };
// Arithmetic of the training forward pass: float32 throughout, or bfloat16 autocast (matrix
// products and convolutions in bfloat16, float32 parameters, losses and optimizer; fast on
// GPUs with bfloat16 units, usually slower on CPUs without them).
enum class Precision { Float32, BFloat16 };
enum class KlAnnealing { None, CyclicCosine };

struct TrainConfig {
    double lr = 2e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    int batch = 128;
    int epochs = 2000;
    bool drop_last = true;
    ScheduleKind schedule = ScheduleKind::Constant;
    double eta_min = 2e-4;             // cosine schedule floor
    KlAnnealing kl_annealing = KlAnnealing::None;
    int kl_cycles = 20;                // cyclic cosine annealing: number of cycles over the run
    uint64_t seed = 1;
    int threads = 0;                   // 0: all cores
    std::string device = "cpu";        // "cpu", "cuda" or "cuda:N"
    int eval_every = 1;                // epochs between validation passes (and the last epoch)
    int checkpoint_every = 1;          // epochs between checkpoints (and the last epoch)
    ActivationMemory activations = ActivationMemory::Auto;
    Precision precision = Precision::Float32;
};

constexpr double kRecomputeAboveBytes = 1024.0 * 1024.0 * 1024.0;
// Bytes of encoder/decoder activations one training step of `batch` sequences keeps for
// backward (video: convolution, BatchNorm and activation outputs of every block, float32;
// 0 for other modalities, whose activations are small).
double keptActivationBytes(const ModelConfig& model, int batch);
// What `train.activations` means for this model and batch.
bool recomputesActivations(const ModelConfig& model, const TrainConfig& train);
ActivationMemory parseActivationMemory(const std::string& text);  // "auto", "keep", "recompute"
std::string toString(ActivationMemory activations);
Precision parsePrecision(const std::string& text);  // "fp32", "bf16"
std::string toString(Precision precision);

// A named bundle of the three, as stored in resources/presets/<name>.json.
struct Preset {
    std::string name;
    std::string description;
    ModelConfig model;
    LossConfig loss;
    TrainConfig train;
};

// Ablation variants of the paper (Tab. 5): applied on top of a preset.
enum class Ablation { None, NoSubtraction, NoStaticLoss, Both };
void applyAblation(Ablation ablation, ModelConfig& model, LossConfig& loss);
Ablation parseAblation(const std::string& text);  // "none", "no-subtraction", ...
std::string toString(Ablation ablation);

AnchorChoice parseAnchor(const std::string& text);  // "first", "middle", "last", "random", "3"
std::string toString(const AnchorChoice& anchor);

// Throw std::invalid_argument naming the field and what is allowed.
void validate(const ModelConfig& config);
void validate(const LossConfig& config);
void validate(const TrainConfig& config);

void to_json(nlohmann::json& j, const ModelConfig& c);
void from_json(const nlohmann::json& j, ModelConfig& c);
void to_json(nlohmann::json& j, const LossConfig& c);
void from_json(const nlohmann::json& j, LossConfig& c);
void to_json(nlohmann::json& j, const TrainConfig& c);
void from_json(const nlohmann::json& j, TrainConfig& c);
void to_json(nlohmann::json& j, const Preset& p);
void from_json(const nlohmann::json& j, Preset& p);

}  // namespace dbse
