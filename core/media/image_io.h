// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Still-image output through OpenCV (target dbse_media).

#include <torch/types.h>

#include <string>

namespace dbse {

// The grid of frames float [rows, cols, C, H, W] in [0, 1] (C = 1 or 3, RGB) as one RGB image,
// uint8 [rows*H + (rows-1)*gap, cols*W + (cols-1)*gap, 3], tiles separated by white. Throws
// std::invalid_argument for another shape.
torch::Tensor frameGridImage(const torch::Tensor& frames, int gap = 2);

// Writes a grid of frames as one PNG: frames float [rows, cols, C, H, W] in [0, 1] (C = 1 or
// 3, RGB), separated by `gap` pixels of white. Written atomically; throws
// std::runtime_error naming the file on failure.
void writeFrameGridPng(const std::string& path, const torch::Tensor& frames, int gap = 2);

}  // namespace dbse
