// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/frame_sampling.h"

#include <random>
#include <stdexcept>

namespace dbse {

FrameSampling parseFrameSampling(const std::string& text) {
    if (text == "first") return FrameSampling::First;
    if (text == "uniform") return FrameSampling::Uniform;
    if (text == "stride") return FrameSampling::Stride;
    throw std::invalid_argument("sampling '" + text + "': expected first, uniform or stride");
}

std::vector<int64_t> sampleFrameIndices(int64_t count, int frames, FrameSampling sampling, uint64_t seed) {
    if (frames < 1) throw std::invalid_argument("sampling needs at least one frame");
    if (count < frames)
        throw std::invalid_argument("has " + std::to_string(count) + " frames, fewer than the " +
                                    std::to_string(frames) + " needed");
    std::vector<int64_t> indices(static_cast<size_t>(frames));
    int64_t start = 0, step = 1;
    switch (sampling) {
    case FrameSampling::First:
        break;
    case FrameSampling::Uniform:
        // Rounded positions of T points spread over [0, count-1]; distinct because count >= T.
        for (int i = 0; i < frames; ++i)
            indices[size_t(i)] = frames == 1 ? 0 : (int64_t(i) * (count - 1) * 2 + (frames - 1)) / (2 * (frames - 1));
        return indices;
    case FrameSampling::Stride: {
        step = count > 2 * int64_t(frames) ? 2 : 1;
        const int64_t span = step * (frames - 1) + 1;
        std::mt19937_64 generator(seed);
        start = static_cast<int64_t>(generator() % uint64_t(count - span + 1));
        break;
    }
    }
    for (int i = 0; i < frames; ++i) indices[size_t(i)] = start + step * i;
    return indices;
}

}  // namespace dbse
