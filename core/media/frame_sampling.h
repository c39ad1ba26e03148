// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which T frames of a clip of `count` frames a dataset keeps.

#include <cstdint>
#include <string>
#include <vector>

namespace dbse {

enum class FrameSampling {
    First,    // frames 0..T-1
    Uniform,  // T frames evenly spread from the first to the last
    Stride    // MUG (PROTOCOLS §4): every 2nd frame from a random start when count > 2T,
              // else T consecutive frames from a random start
};

FrameSampling parseFrameSampling(const std::string& text);  // "first" | "uniform" | "stride"

// T strictly increasing indices in [0, count). `seed` draws the random start of Stride (the
// same seed gives the same indices). Throws std::invalid_argument when count < T or T < 1.
std::vector<int64_t> sampleFrameIndices(int64_t count, int frames, FrameSampling sampling, uint64_t seed);

}  // namespace dbse
