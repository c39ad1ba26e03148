// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sound files in and out (target dbse_media): FFmpeg decoding of any audio format it reads,
// mixed to mono and resampled with libswresample; 16-bit PCM WAV writing.

#include "core/data/spectrogram.h"

#include <torch/types.h>

#include <string>
#include <vector>

namespace dbse {

struct AudioDecodeOptions {
    int sample_rate = 16000;     // output rate in Hz (the file is resampled to it)
    double max_seconds = 600.0;  // longer files are refused before their samples are kept
};

struct DecodedAudio {
    std::vector<float> samples;  // mono, nominally in [-1, 1], at sample_rate
    int sample_rate = 0;         // Hz, = AudioDecodeOptions::sample_rate
    int source_rate = 0;         // Hz of the file's audio stream
    int source_channels = 0;
};

// Decodes the best audio stream of `path`. Thread-safe (each call owns its FFmpeg contexts).
// Throws std::runtime_error "<path>: <problem>" for a missing or zero-length file, a file
// FFmpeg does not recognise, no audio stream, corrupt or truncated audio data, no samples, or
// a duration above options.max_seconds.
DecodedAudio decodeAudioFile(const std::string& path, const AudioDecodeOptions& options = {});

// Writes mono samples (clipped to [-1, 1]) as 16-bit PCM WAV, atomically. Throws
// std::runtime_error "<path>: <problem>" for a bad rate or an I/O error.
void writeWav(const std::string& path, const std::vector<float>& samples, int sample_rate);

// Back to sound: spectrogram sequences float [chunks, frames, bins] (as the audio datasets
// store them, made with `options`) -> Griffin-Lim per chunk -> chunks joined in order ->
// peak-normalised to 0.9 if louder -> WAV at `sample_rate`. Returns the samples written.
std::vector<float> writeSpectrogramWav(const std::string& path, const torch::Tensor& spectrograms,
                                       const SpectrogramOptions& options, int sample_rate,
                                       const GriffinLimOptions& griffin_lim = {});

}  // namespace dbse
