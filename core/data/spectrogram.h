// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Waveform <-> magnitude spectrogram with torch::stft / torch::istft, as the published audio
// features (PROTOCOLS 1.4, torchaudio Spectrogram defaults): the defaults below give 3200-sample
// chunks of 20 frames x 201 bins. Griffin-Lim goes back to a waveform with the same STFT.

#include <torch/types.h>

#include <cstdint>

namespace dbse {

struct SpectrogramOptions {
    int n_fft = 400;          // FFT size; bins = n_fft / 2 + 1
    int win_length = 320;     // periodic Hann window, zero-padded (centred) to n_fft
    int hop_length = 165;
    int chunk_samples = 3200; // one sequence = one chunk; the last chunk of a file is zero-padded
    bool center = true;       // reflect-pad n_fft/2 on both sides, as torch.stft(center=True)
    double power = 1.0;       // |STFT|^power (1: magnitude, 2: power)

    int bins() const { return n_fft / 2 + 1; }
    // STFT frames of a signal of `samples` samples.
    int64_t frames(int64_t samples) const;
};

// Throws std::invalid_argument naming the field when sizes are inconsistent (win_length >
// n_fft, hop_length < 1, chunk shorter than n_fft/2 + 1 with reflect padding, ...).
void validate(const SpectrogramOptions& options);

// waveform float [S] or [B, S] -> spectrogram float [F, bins] or [B, F, bins] (time first).
torch::Tensor magnitudeSpectrogram(const torch::Tensor& waveform, const SpectrogramOptions& options);

// waveform float [S] (S >= 1) -> [ceil(S / chunk), chunk], the last chunk zero-padded.
torch::Tensor chunkWaveform(const torch::Tensor& waveform, int chunk_samples);

// waveform float [S] -> float [chunks, frames(chunk), bins]: the sequences of one file.
torch::Tensor chunkSpectrograms(const torch::Tensor& waveform, const SpectrogramOptions& options);

struct GriffinLimOptions {
    int iterations = 32;     // torchaudio's default
    double momentum = 0.99;  // fast Griffin-Lim (Perraudin et al.), torchaudio's default
    uint64_t seed = 0;       // initial random phases
};

// spectrogram float [F, bins] or [B, F, bins] (made by magnitudeSpectrogram with `options`)
// -> waveform float [length] or [B, length]. Deterministic for a given seed.
torch::Tensor griffinLim(const torch::Tensor& spectrogram, const SpectrogramOptions& options, int64_t length,
                         const GriffinLimOptions& gl = {});

// ||S(x) - S||_F / ||S||_F: how well a waveform x reproduces the magnitude spectrogram S.
double spectralConvergence(const torch::Tensor& spectrogram, const torch::Tensor& waveform,
                           const SpectrogramOptions& options);

}  // namespace dbse
