// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/sequence_output.h"

#include "core/data/media_hooks.h"
#include "core/data/npy.h"
#include "core/data/series_csv_export.h"

#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

namespace dbse {
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

// A media format: written by dbse_media, or as .npy beside `path` when this build has none.
std::string writeMedia(const std::string& path, const torch::Tensor& values, const torch::Tensor& npy_values,
                       const SequenceDataset& data, const std::string& modality) {
    if (const auto& write = mediaHooks().write_media) {
        write(path, values, data, modality);
        return path;
    }
    const std::string npy = std::filesystem::path(path).replace_extension(".npy").string();
    std::cerr << "this build has no media support (DBSE_WITH_MEDIA=OFF): writing " << npy << " instead of "
              << extensionOf(path) << "\n";
    writeNpy(npy, npy_values);
    return npy;
}

std::string writeVideo(const std::string& path, const torch::Tensor& frames, const SequenceDataset& data) {
    requireExtension(path, "video", {".png", ".gif", ".mp4", ".npy"});
    if (extensionOf(path) == ".npy") {
        writeNpy(path, asBytes(frames));
        return path;
    }
    return writeMedia(path, frames, asBytes(frames), data, "video");
}

std::string writeAudio(const std::string& path, const torch::Tensor& spectrograms, const SequenceDataset& data) {
    requireExtension(path, "audio", {".wav", ".png", ".npy"});
    const torch::Tensor s = spectrograms.to(torch::kFloat).clamp_min(0);  // [rows, T, bins]
    if (extensionOf(path) == ".npy") {
        writeNpy(path, s);
        return path;
    }
    return writeMedia(path, s, s, data, "audio");
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
        csv.push_back({rows.names[row], original[r], rows.missing.defined() ? rows.missing[r].cpu() : torch::Tensor()});
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
    return writeVideo(path, values, data);
}

}  // namespace dbse
