// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: video files through FFmpeg (core/media/video_decode.h) with small limits
// of our own (frames, pixels, bytes): counting the frames, then decoding the clip.

#include "core/media/video_decode.h"
#include "fuzz_input.h"

#include <torch/torch.h>

#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string file = dbse::fuzz::writeInput(data, size, "clip.mp4");
    dbse::VideoLimits limits;
    limits.max_frames = 64;
    limits.max_pixels = 256 * 256;
    limits.max_file_bytes = 1 << 20;
    try {
        dbse::clipFrameCount(file, limits);
    } catch (const std::exception&) {
    }
    try {
        const torch::Tensor frames = dbse::readClip(file, limits);
        if (frames.numel() > 0)
            (void)frames.sum().item<int64_t>();
    } catch (const std::exception&) {
    }
    return 0;
}
