// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/row_set.h"

#include "core/api/row_tensors.h"
#include "core/api/sequence_images.h"
#include "core/data/media_hooks.h"
#include "core/data/sequence_output.h"
#include "core/data/series_csv_export.h"

#include <torch/torch.h>

#include <limits>
#include <stdexcept>

namespace dbse::api {
namespace {

// uint8 [T', H, W, 3] -> SequencePreview.
SequencePreview picturesOf(const torch::Tensor& rgb) {
    const torch::Tensor c = rgb.contiguous();
    SequencePreview p;
    p.frames = static_cast<int>(c.size(0));
    p.height = static_cast<int>(c.size(1));
    p.width = static_cast<int>(c.size(2));
    p.rgb.assign(c.data_ptr<uint8_t>(), c.data_ptr<uint8_t>() + c.numel());
    return p;
}

// Video float [T, C, H, W] in the dataset's pixel scale -> uint8 [T, H, W, 3].
torch::Tensor videoPictures(const torch::Tensor& frames, double pixel_scale) {
    return frames.div(pixel_scale).round().clamp(0, 255).to(torch::kByte).permute({0, 2, 3, 1}).expand({-1, -1, -1, 3});
}

// Series [T, F] in normalised units -> values[f][t] in the dataset's units, NaN where missing.
std::vector<std::vector<float>> seriesValues(torch::Tensor x, const torch::Tensor& missing, const SeriesUnits& units) {
    x = x * units.std + units.mean;
    if (missing.defined())
        x = x.masked_fill(missing.ne(0), std::numeric_limits<float>::quiet_NaN());
    const torch::Tensor ft = x.t().contiguous();
    std::vector<std::vector<float>> values;
    const float* p = ft.data_ptr<float>();
    for (int64_t f = 0; f < ft.size(0); ++f)
        values.emplace_back(p + f * ft.size(1), p + (f + 1) * ft.size(1));
    return values;
}

// Audio steps are STFT frames: sample_rate / hop_length of them per second of sound.
double stepsPerSecond(const SequenceDataset& data, const std::string& modality) {
    if (modality != "audio")
        return 8;
    const auto rate = data.attributes.find("sample_rate"), hop = data.attributes.find("hop_length");
    if (rate == data.attributes.end() || hop == data.attributes.end())
        return 8;
    try {
        const double value = std::stod(rate->second) / std::stod(hop->second);
        return value > 0 && value < 1000 ? value : 8;
    } catch (const std::exception&) {
        return 8;
    }
}

}  // namespace

RowSet makeRowSet(RowTensors tensors) {
    tensors.values = tensors.values.detach().to(torch::kCPU, torch::kFloat).contiguous();
    if (tensors.missing.defined())
        tensors.missing = tensors.missing.detach().to(torch::kCPU, torch::kFloat).contiguous();
    const SequenceDataset& data = *tensors.data;
    RowSet set;
    set.modality = tensors.modality;
    set.steps = static_cast<int>(tensors.values.size(1));
    set.steps_per_second = stepsPerSecond(data, set.modality);
    const int64_t rows = tensors.values.size(0);
    SeriesUnits units;
    if (set.modality == "series") {
        units = seriesUnitsOf(data, tensors.values.size(2));
        set.feature_names = units.names;
    }
    for (int64_t r = 0; r < rows; ++r) {
        SequenceRow row;
        row.name = tensors.names.at(static_cast<size_t>(r));
        const torch::Tensor x = tensors.values[r];
        const torch::Tensor missing = tensors.missing.defined() ? tensors.missing[r] : torch::Tensor();
        if (set.modality == "video")
            row.pictures = picturesOf(videoPictures(x, data.pixel_scale));
        else if (set.modality == "audio")
            row.pictures = picturesOf(heatmapOf(x.reshape({set.steps, -1}), missing, true, {128, 160, 480}));
        else
            row.values = seriesValues(x.reshape({set.steps, -1}), missing, units);
        set.rows.push_back(std::move(row));
    }
    set.tensors = std::make_shared<const RowTensors>(std::move(tensors));
    return set;
}

std::vector<std::string> exportTypes(const std::string& modality) {
    if (modality == "series")
        return {".csv", ".npy"};
    if (modality == "audio")
        return {".wav", ".png", ".npy"};
    return {".gif", ".mp4", ".png", ".npy"};
}

std::string exportRows(const std::string& path, const RowSet& rows) {
    if (!rows.tensors)
        throw std::invalid_argument(path + ": there are no rows to export");
    const RowTensors& t = *rows.tensors;
    SequenceRows out;
    out.names = t.names;
    out.values = t.values;
    out.missing = t.missing;
    return writeSequenceRows(path, out, *t.data, t.modality);
}

bool haveMediaSupport() { return static_cast<bool>(mediaHooks().sound); }

Sound rowSound(const RowSet& rows, int row) {
    if (rows.modality != "audio" || !rows.tensors)
        throw std::invalid_argument("only audio rows have a sound");
    if (!haveMediaSupport())
        throw std::invalid_argument("this build has no media support: no sound");
    if (row < 0 || row >= static_cast<int>(rows.rows.size()))
        throw std::out_of_range("row " + std::to_string(row) + " does not exist");
    Sound sound;
    sound.samples = mediaHooks().sound(rows.tensors->values[row], *rows.tensors->data, sound.sample_rate);
    return sound;
}

}  // namespace dbse::api
