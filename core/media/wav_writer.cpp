// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/audio_io.h"

#include "core/util/atomic_file.h"
#include "core/util/file_error.h"
#include "core/util/tensor_text.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace dbse {
namespace {

void putLittleEndian(std::string& out, uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

}  // namespace

void writeWav(const std::string& path, const std::vector<float>& samples, int sample_rate) {
    if (sample_rate <= 0 || sample_rate > 1000000)
        throwFileError(path, "cannot write WAV at " + std::to_string(sample_rate) + " Hz");
    constexpr uint64_t kMaxDataBytes = 0xffffffffull - 36;
    const uint64_t data_bytes = uint64_t(samples.size()) * 2;
    if (data_bytes > kMaxDataBytes)
        throwFileError(path, "too many samples for a WAV file");
    std::string bytes;
    bytes.reserve(44 + data_bytes);
    bytes += "RIFF";
    putLittleEndian(bytes, static_cast<uint32_t>(36 + data_bytes), 4);
    bytes += "WAVEfmt ";
    putLittleEndian(bytes, 16, 4);  // fmt chunk size
    putLittleEndian(bytes, 1, 2);   // PCM
    putLittleEndian(bytes, 1, 2);   // mono
    putLittleEndian(bytes, static_cast<uint32_t>(sample_rate), 4);
    putLittleEndian(bytes, static_cast<uint32_t>(sample_rate) * 2, 4);  // byte rate
    putLittleEndian(bytes, 2, 2);   // block align
    putLittleEndian(bytes, 16, 2);  // bits per sample
    bytes += "data";
    putLittleEndian(bytes, static_cast<uint32_t>(data_bytes), 4);
    for (float s : samples) {
        const float clipped = std::isfinite(s) ? std::clamp(s, -1.0f, 1.0f) : 0.0f;
        const auto value = static_cast<int16_t>(std::lround(clipped * 32767.0f));
        putLittleEndian(bytes, static_cast<uint16_t>(value), 2);
    }
    writeFileAtomically(path, bytes);
}

std::vector<float> writeSpectrogramWav(const std::string& path, const torch::Tensor& spectrograms,
                                       const SpectrogramOptions& options, int sample_rate,
                                       const GriffinLimOptions& griffin_lim) {
    if (spectrograms.dim() != 3 || spectrograms.size(0) < 1)
        throwFileError(path, "cannot write spectrograms of shape " + shapeText(spectrograms) +
                                 " as sound: expected [chunks, frames, bins]");
    torch::Tensor waveform = griffinLim(spectrograms, options, options.chunk_samples, griffin_lim).reshape({-1});
    const float peak = waveform.abs().max().item<float>();
    if (peak > 0.9f)
        waveform = waveform * (0.9f / peak);
    waveform = waveform.contiguous();
    std::vector<float> samples(waveform.data_ptr<float>(), waveform.data_ptr<float>() + waveform.numel());
    writeWav(path, samples, sample_rate);
    return samples;
}

}  // namespace dbse
