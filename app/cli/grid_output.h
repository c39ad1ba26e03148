// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <string>

namespace dbse::cli {

// Writes frames float [rows, cols, C, H, W] in [0, 1]: a PNG grid when the build has media
// support and `path` ends in .png, otherwise (or for .npy) a uint8 .npy of the same shape.
// Returns the path actually written (a .png request in a build without media support is
// written as .npy beside it, and says so on stderr).
std::string writeFrameGrid(const std::string& path, const torch::Tensor& frames);

}  // namespace dbse::cli
