// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/sequence_images.h"

#include <torch/torch.h>

#include <algorithm>
#include <vector>

namespace dbse::api {

torch::Tensor heatmapOf(const torch::Tensor& sequence, const torch::Tensor& missing, bool magnitudes,
                        const HeatmapSize& size) {
    torch::Tensor v = sequence.to(torch::kFloat).t().flip(0);  // [F, T]
    if (magnitudes)
        v = v.clamp_min(0).log1p();
    torch::Tensor observed = missing.defined() ? missing.t().flip(0).eq(0) : torch::ones_like(v, torch::kBool);
    if (magnitudes) {
        // One range for the whole spectrogram, so loud and quiet bins compare.
        const torch::Tensor lo = v.min(), hi = v.max();
        v = (v - lo) / (hi - lo).clamp_min(1e-6);
    } else {
        const torch::Tensor big = torch::full_like(v, 1e30);
        const torch::Tensor lo = torch::where(observed, v, big).amin(1, true);
        const torch::Tensor hi = torch::where(observed, v, -big).amax(1, true);
        v = ((v - lo) / (hi - lo).clamp_min(1e-6)).clamp(0, 1);
    }
    // A dark-blue -> teal -> yellow ramp.
    const torch::Tensor r = (v * 2 - 1).clamp(0, 1) * 0.95 + 0.15 * (1 - v);
    const torch::Tensor g = v.clamp(0, 1) * 0.8 + 0.1;
    const torch::Tensor b = (1 - v) * 0.45 + 0.25 * (1 - (v * 2 - 1).abs());
    torch::Tensor rgb = torch::stack({r, g, b}, 0);  // [3, F, T]
    rgb = torch::where(observed.unsqueeze(0), rgb, torch::full_like(rgb, 0.55));
    const int64_t width = std::clamp<int64_t>(sequence.size(0) * 4, size.min_width, size.max_width);
    rgb = torch::nn::functional::interpolate(
        rgb.unsqueeze(0),
        torch::nn::functional::InterpolateFuncOptions().size(std::vector<int64_t>{size.height, width}).mode(torch::kNearest));
    return rgb.squeeze(0).mul(255).round().clamp(0, 255).to(torch::kByte).permute({1, 2, 0}).unsqueeze(0).contiguous();
}

bool isSpectrogram(const SequenceDataset& d) { return !d.isVideo() && d.attributes.count("sample_rate") != 0; }

torch::Tensor previewFrames(const SequenceDataset& d, int64_t i, const HeatmapSize& size) {
    if (d.isVideo())  // [T, C, H, W] -> [T, H, W, 3]
        return d.frames[i].permute({0, 2, 3, 1}).expand({-1, -1, -1, 3}).contiguous();
    return heatmapOf(d.frames[i].reshape({d.length(), -1}),
                     d.missing.defined() ? d.missing[i].reshape({d.length(), -1}) : torch::Tensor(), isSpectrogram(d),
                     size);
}

}  // namespace dbse::api
