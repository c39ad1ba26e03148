// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/sequence_media.h"

#include "core/data/media_hooks.h"
#include "core/media/audio_datasets.h"
#include "core/media/image_io.h"
#include "core/media/single_file_dataset.h"
#include "core/media/video_encode.h"

#include <torch/torch.h>

#include <filesystem>

namespace dbse {
namespace {

bool endsWith(const std::string& path, const char* extension) {
    return std::filesystem::path(path).extension() == extension;
}

// rows float [rows, T, C, H, W] in [0, 1]: a .png grid (rows x time) or a .gif/.mp4 animation.
void writeVideoRows(const std::string& path, const torch::Tensor& rows) {
    if (endsWith(path, ".png"))
        writeFrameGridPng(path, rows);
    else
        writeSequenceVideo(path, rows);
}

// rows float [rows, T, bins] magnitudes: a .png of the spectrograms side by side, or a .wav of
// the rows one after another, each followed by one chunk of silence.
void writeAudioRows(const std::string& path, const torch::Tensor& s, const SequenceDataset& data) {
    if (endsWith(path, ".png")) {
        // [rows, T, bins] -> grey tiles [1, rows, 1, bins (high first), 4 * T]: each time step
        // four pixels wide, so that a 20-step chunk stays readable.
        torch::Tensor level = torch::log1p(s);
        level = level / level.max().clamp_min(1e-12);
        writeFrameGridPng(path, level.flip({2}).transpose(1, 2).repeat_interleave(4, 2).unsqueeze(1).unsqueeze(0));
        return;
    }
    const AudioFeatures features = audioFeaturesOf(data);
    std::vector<torch::Tensor> chunks;
    for (int64_t row = 0; row < s.size(0); ++row) {
        chunks.push_back(s[row]);
        chunks.push_back(torch::zeros_like(s[row]));
    }
    writeSpectrogramWav(path, torch::stack(chunks), features.spectrogram, features.sample_rate);
}

std::vector<float> soundOf(const torch::Tensor& spectrogram, const SequenceDataset& data, int& rate) {
    const AudioFeatures features = audioFeaturesOf(data);
    const torch::Tensor wave = griffinLim(spectrogram.to(torch::kCPU, torch::kFloat).clamp_min(0), features.spectrogram,
                                          features.spectrogram.chunk_samples)
                                   .contiguous();
    rate = features.sample_rate;
    std::vector<float> samples(wave.data_ptr<float>(), wave.data_ptr<float>() + wave.numel());
    float peak = 0;
    for (float v : samples) peak = std::max(peak, std::abs(v));
    if (peak > 0.9f)
        for (float& v : samples) v *= 0.9f / peak;
    return samples;
}

}  // namespace

void installSequenceMediaHooks() {
    MediaHooks hooks;
    hooks.decode_file = decodeSingleMediaFile;
    hooks.sound = soundOf;
    hooks.write_media = [](const std::string& path, const torch::Tensor& rows, const SequenceDataset& data,
                           const std::string& modality) {
        if (modality == "audio")
            writeAudioRows(path, rows, data);
        else
            writeVideoRows(path, rows);
    };
    installMediaHooks(std::move(hooks));
}

}  // namespace dbse
