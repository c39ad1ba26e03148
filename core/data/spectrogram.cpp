// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/spectrogram.h"

#include "core/util/tensor_text.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace dbse {
namespace {

void require(bool ok, const std::string& problem) {
    if (!ok)
        throw std::invalid_argument("spectrogram: " + problem);
}

torch::Tensor hannWindow(const SpectrogramOptions& o, const torch::TensorOptions& like) {
    return torch::hann_window(o.win_length, /*periodic=*/true, like.dtype(torch::kFloat));
}

// Complex STFT [.., bins, frames] of a float waveform [.., S].
torch::Tensor complexStft(const torch::Tensor& waveform, const SpectrogramOptions& o) {
    return torch::stft(waveform, o.n_fft, o.hop_length, o.win_length, hannWindow(o, waveform.options()), o.center,
                       "reflect", /*normalized=*/false, /*onesided=*/true, /*return_complex=*/true);
}

// Waveform [.., length] from a complex STFT [.., bins, frames].
torch::Tensor inverseStft(const torch::Tensor& stft, const SpectrogramOptions& o, int64_t length) {
    return torch::istft(stft, o.n_fft, o.hop_length, o.win_length, hannWindow(o, torch::TensorOptions()), o.center,
                        /*normalized=*/false, /*onesided=*/true, length, /*return_complex=*/false);
}

}  // namespace

int64_t SpectrogramOptions::frames(int64_t samples) const {
    const int64_t padded = center ? samples + 2 * (n_fft / 2) : samples;
    return padded < n_fft ? 0 : 1 + (padded - n_fft) / hop_length;
}

void validate(const SpectrogramOptions& o) {
    require(o.n_fft >= 4 && o.n_fft <= 65536, "n_fft must be in [4, 65536], got " + std::to_string(o.n_fft));
    require(o.win_length >= 2 && o.win_length <= o.n_fft,
            "win_length must be in [2, n_fft=" + std::to_string(o.n_fft) + "], got " + std::to_string(o.win_length));
    require(o.hop_length >= 1 && o.hop_length <= o.win_length,
            "hop_length must be in [1, win_length], got " + std::to_string(o.hop_length));
    require(o.chunk_samples >= o.n_fft && o.chunk_samples <= 1 << 24,
            "chunk_samples must be in [n_fft, 2^24], got " + std::to_string(o.chunk_samples));
    require(std::isfinite(o.power) && o.power > 0 && o.power <= 4, "power must be in (0, 4]");
}

torch::Tensor magnitudeSpectrogram(const torch::Tensor& waveform, const SpectrogramOptions& o) {
    validate(o);
    require(waveform.dim() == 1 || waveform.dim() == 2, "waveform must be [S] or [B, S], got " + shapeText(waveform));
    torch::Tensor magnitude = complexStft(waveform.to(torch::kFloat), o).abs();
    if (o.power != 1.0)
        magnitude = magnitude.pow(o.power);
    return magnitude.transpose(-1, -2).contiguous();
}

torch::Tensor chunkWaveform(const torch::Tensor& waveform, int chunk_samples) {
    require(waveform.dim() == 1 && waveform.size(0) >= 1, "waveform must be [S] with S >= 1, got " + shapeText(waveform));
    require(chunk_samples >= 1, "chunk_samples must be positive");
    const int64_t samples = waveform.size(0);
    const int64_t chunks = (samples + chunk_samples - 1) / chunk_samples;
    torch::Tensor padded = torch::zeros({chunks * chunk_samples}, waveform.options().dtype(torch::kFloat));
    padded.narrow(0, 0, samples).copy_(waveform);
    return padded.view({chunks, chunk_samples});
}

torch::Tensor chunkSpectrograms(const torch::Tensor& waveform, const SpectrogramOptions& o) {
    validate(o);
    return magnitudeSpectrogram(chunkWaveform(waveform, o.chunk_samples), o);
}

torch::Tensor griffinLim(const torch::Tensor& spectrogram, const SpectrogramOptions& o, int64_t length,
                         const GriffinLimOptions& gl) {
    validate(o);
    require(spectrogram.dim() == 2 || spectrogram.dim() == 3,
            "Griffin-Lim needs [F, bins] or [B, F, bins], got " + shapeText(spectrogram));
    require(spectrogram.size(-1) == o.bins(), "Griffin-Lim needs " + std::to_string(o.bins()) + " bins, got " +
                                                  shapeText(spectrogram));
    require(length >= 1, "Griffin-Lim needs a positive length");
    require(gl.iterations >= 0 && gl.momentum >= 0 && gl.momentum < 1, "bad Griffin-Lim options");
    torch::NoGradGuard no_grad;
    // [.., bins, frames] magnitude, as torch::stft lays it out.
    torch::Tensor magnitude = spectrogram.to(torch::kFloat).clamp_min(0).pow(1.0 / o.power).transpose(-1, -2);
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(gl.seed);
    torch::Tensor phase = torch::rand(magnitude.sizes(), generator, magnitude.options()) * (2.0 * M_PI);
    torch::Tensor angles = torch::polar(torch::ones_like(phase), phase);
    torch::Tensor previous = torch::zeros_like(angles);
    const double carry = gl.momentum / (1.0 + gl.momentum);
    for (int i = 0; i < gl.iterations; ++i) {
        torch::Tensor rebuilt = complexStft(inverseStft(magnitude * angles, o, length), o);
        angles = rebuilt - previous * carry;
        angles = angles / (angles.abs() + 1e-16);
        previous = rebuilt;
    }
    return inverseStft(magnitude * angles, o, length);
}

double spectralConvergence(const torch::Tensor& spectrogram, const torch::Tensor& waveform,
                           const SpectrogramOptions& o) {
    torch::Tensor rebuilt = magnitudeSpectrogram(waveform, o);
    require(rebuilt.sizes() == spectrogram.sizes(), "spectral convergence: shapes " + shapeText(rebuilt) + " and " +
                                                        shapeText(spectrogram) + " differ");
    return ((rebuilt - spectrogram).norm() / spectrogram.norm().clamp_min(1e-12)).item<double>();
}

}  // namespace dbse
