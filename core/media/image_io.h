// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Still-image output through OpenCV (target dbse_media).

#include <torch/types.h>

#include <string>
#include <vector>

namespace dbse {

// The grid of frames float [rows, cols, C, H, W] in [0, 1] (C = 1 or 3, RGB) as one RGB image,
// uint8 [rows*H + (rows-1)*gap, cols*W + (cols-1)*gap, 3], tiles separated by white. Throws
// std::invalid_argument for another shape.
torch::Tensor frameGridImage(const torch::Tensor& frames, int gap = 2);

// Writes a grid of frames as one PNG: frames float [rows, cols, C, H, W] in [0, 1] (C = 1 or
// 3, RGB), separated by `gap` pixels of white. Written atomically; throws
// std::runtime_error naming the file on failure.
void writeFrameGridPng(const std::string& path, const torch::Tensor& frames, int gap = 2);

// A scatter plot of points float [N, 2] (any units, scaled to fit) coloured by label (int64
// [N] in [0, classes.size())), with `title` above and a legend of the classes and their
// counts; `size` x `size` pixels of plot. Written atomically as PNG. Throws
// std::invalid_argument for other shapes, std::runtime_error naming the file on failure.
void writeScatterPng(const std::string& path, const torch::Tensor& xy, const torch::Tensor& labels,
                     const std::vector<std::string>& classes, const std::string& title, int size = 800);

}  // namespace dbse
