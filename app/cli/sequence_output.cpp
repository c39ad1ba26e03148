// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sequence_output.h"

#include "core/data/npy.h"
#include "core/data/series_csv_export.h"

#ifdef DBSE_HAVE_MEDIA
#include "core/media/audio_datasets.h"
#include "core/media/image_io.h"
#include "core/media/video_encode.h"
#endif

#include <torch/torch.h>

#include <filesystem>
#include <iostream>
#include <algorithm>
#include <vector>

namespace dbse::cli {
namespace {

torch::Tensor asBytes(const torch::Tensor& frames) { return frames.mul(255).round().clamp(0, 255).to(torch::kByte); }

std::string extensionOf(const std::string& path) { return std::filesystem::path(path).extension().string(); }

void requireExtension(const std::string& path, const std::string& modality, const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), extensionOf(path)) != allowed.end())
        return;
    std::string list;
    for (size_t i = 0; i < allowed.size(); ++i)
        list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
    throw std::invalid_argument(path + ": unsupported output type '" + extensionOf(path) + "' for " + modality +
                                " runs (use " + list + ")");
}

#ifndef DBSE_HAVE_MEDIA
std::string writeNpyInstead(const std::string& path, const torch::Tensor& values) {
    const std::string npy = std::filesystem::path(path).replace_extension(".npy").string();
    std::cerr << "this build has no media support (DBSE_WITH_MEDIA=OFF): writing " << npy << " instead of "
              << extensionOf(path) << "\n";
    writeNpy(npy, values);
    return npy;
}
#endif

std::string writeVideo(const std::string& path, const torch::Tensor& frames) {
    requireExtension(path, "video", {".png", ".gif", ".mp4", ".npy"});
    const std::string extension = extensionOf(path);
    if (extension == ".npy") {
        writeNpy(path, asBytes(frames));
        return path;
    }
#ifdef DBSE_HAVE_MEDIA
    if (extension == ".png")
        writeFrameGridPng(path, frames);
    else
        writeSequenceVideo(path, frames);
    return path;
#else
    return writeNpyInstead(path, asBytes(frames));
#endif
}

std::string writeAudio(const std::string& path, const torch::Tensor& spectrograms, const SequenceDataset& data) {
    requireExtension(path, "audio", {".wav", ".png", ".npy"});
    const std::string extension = extensionOf(path);
    const torch::Tensor s = spectrograms.to(torch::kFloat).clamp_min(0);  // [rows, T, bins]
    if (extension == ".npy") {
        writeNpy(path, s);
        return path;
    }
#ifdef DBSE_HAVE_MEDIA
    if (extension == ".png") {
        // [rows, T, bins] -> the rows side by side as grey tiles [1, rows, 1, bins (high first),
        // 4 * T]: each time step four pixels wide, so that a 20-step chunk stays readable.
        torch::Tensor level = torch::log1p(s);
        level = level / level.max().clamp_min(1e-12);
        writeFrameGridPng(path, level.flip({2}).transpose(1, 2).repeat_interleave(4, 2).unsqueeze(1).unsqueeze(0));
        return path;
    }
    const AudioFeatures features = audioFeaturesOf(data);
    // Each row is one chunk [T, bins]; a zero chunk between rows is silence after Griffin-Lim.
    std::vector<torch::Tensor> chunks;
    for (int64_t row = 0; row < s.size(0); ++row) {
        chunks.push_back(s[row]);
        chunks.push_back(torch::zeros_like(s[row]));
    }
    writeSpectrogramWav(path, torch::stack(chunks), features.spectrogram, features.sample_rate);
    return path;
#else
    (void)data;
    return writeNpyInstead(path, s);
#endif
}

std::string writeSeries(const std::string& path, const SequenceRows& rows, const SequenceDataset& data) {
    requireExtension(path, "series", {".csv", ".npy"});
    const int64_t features = rows.values.size(2);
    const SeriesUnits units = seriesUnitsOf(data, features);
    const torch::Tensor original = rows.values.to(torch::kCPU, torch::kFloat) * units.std + units.mean;
    if (extensionOf(path) == ".npy") {
        writeNpy(path, original);
        return path;
    }
    std::vector<SeriesCsvRow> csv;
    for (size_t row = 0; row < rows.names.size(); ++row) {
        const auto r = static_cast<int64_t>(row);
        csv.push_back({rows.names[row], original[r], rows.missing.defined() ? rows.missing[r] : torch::Tensor()});
    }
    writeSeriesCsv(path, units.names, csv);
    return path;
}

}  // namespace

std::string writeSequenceRows(const std::string& path, const SequenceRows& rows, const SequenceDataset& data,
                              const std::string& modality) {
    if (!rows.values.defined() || static_cast<int64_t>(rows.names.size()) != rows.values.size(0))
        throw std::invalid_argument("writeSequenceRows: one name per row is needed");
    const torch::Tensor values = rows.values.detach().cpu();
    if (modality == "series")
        return writeSeries(path, rows, data);
    if (modality == "audio")
        return writeAudio(path, values, data);
    return writeVideo(path, values);
}

}  // namespace dbse::cli
