// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading clips (target dbse_media): any video file FFmpeg reads (mp4, avi, mkv, webm, gif...)
// or a folder of image frames (png, jpg... in natural order: 2.png before 10.png).
// Every error is a std::runtime_error "<path>: <problem>"; limits keep a hostile file from
// taking unbounded time or memory.

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace dbse {

struct VideoLimits {
    int64_t max_frames = 100000;                  // frames (or frame files) in one clip
    int64_t max_pixels = int64_t(8192) * 8192;    // width * height of one frame
    uint64_t max_file_bytes = uint64_t(8) << 30;  // size of one video or image file
};

// Number of frames of a clip: for a video file the packets of its first video stream (demuxing
// only, nothing is decoded); for a folder the number of image files.
int64_t clipFrameCount(const std::string& path, const VideoLimits& limits = {});

// The frames `indices` (strictly increasing, each in [0, clipFrameCount)) of a clip as RGB,
// uint8 [K, H, W, 3]. Decoding stops after the last index. Frames of a video whose size changes
// mid-stream are scaled to the size of the first one; the frames of a folder must share a size.
torch::Tensor readClipFrames(const std::string& path, const std::vector<int64_t>& indices,
                             const VideoLimits& limits = {});

// Every frame of a clip, uint8 [T, H, W, 3] RGB.
torch::Tensor readClip(const std::string& path, const VideoLimits& limits = {});

// True for the file names read as video clips (by extension: .mp4, .avi, .mkv, .webm, .gif, .mov...).
bool isVideoFileName(const std::string& name);

}  // namespace dbse
