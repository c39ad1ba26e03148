// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing clips (target dbse_media): MP4 (H.264 through libx264 when FFmpeg has it, else
// MPEG-4 part 2; yuv420p) and animated GIF (FFmpeg's gif encoder, 3-3-2 RGB palette). Files are
// written to a temporary name in the same folder and renamed, so a failure never leaves a
// partial file.

#include <torch/types.h>

#include <string>
#include <vector>

namespace dbse {

// The extensions writeVideoFile accepts: {".gif", ".mp4"}.
std::vector<std::string> videoOutputExtensions();

// Writes RGB frames uint8 [T, H, W, 3] as a video; the format follows the extension of `path`.
// MP4 frames of odd width or height get one white column or row. Throws std::runtime_error
// "<path>: <problem>" (unsupported extension, encoder missing, I/O error).
void writeVideoFile(const std::string& path, const torch::Tensor& frames, int fps = 8);

// Writes sequences float [rows, T, C, H, W] in [0, 1] as one video whose frame t shows frame t
// of every row side by side, `gap` white pixels apart. A single sequence [T, C, H, W] is fine.
void writeSequenceVideo(const std::string& path, const torch::Tensor& sequences, int fps = 8, int gap = 2);

}  // namespace dbse
