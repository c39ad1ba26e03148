// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <string>

namespace dbse::cli {

// Writes frames float [rows, cols, C, H, W] in [0, 1] (rows = sequences, cols = time steps) as
// the extension of `path` asks: .png a grid, .gif or .mp4 an animation whose frame t shows
// frame t of every row side by side, .npy uint8 of the same shape. Returns the path actually
// written (an image or video request in a build without media support is written as .npy
// beside it, and says so on stderr). Throws std::invalid_argument for other extensions.
std::string writeFrameGrid(const std::string& path, const torch::Tensor& frames);

}  // namespace dbse::cli
