// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/grid_output.h"

#include "core/data/npy.h"

#ifdef DBSE_HAVE_MEDIA
#include "core/media/image_io.h"
#include "core/media/video_encode.h"
#endif

#include <torch/torch.h>

#include <filesystem>
#include <iostream>

namespace dbse::cli {

namespace {
torch::Tensor asBytes(const torch::Tensor& frames) { return frames.mul(255).round().clamp(0, 255).to(torch::kByte); }
}  // namespace

std::string writeFrameGrid(const std::string& path, const torch::Tensor& frames) {
    const std::string extension = std::filesystem::path(path).extension().string();
    const bool animated = extension == ".gif" || extension == ".mp4";
    if (extension == ".npy") {
        writeNpy(path, asBytes(frames));
        return path;
    }
    if (extension != ".png" && !animated)
        throw std::invalid_argument(path + ": unsupported output type '" + extension +
                                    "' (use .png, .gif, .mp4 or .npy)");
#ifdef DBSE_HAVE_MEDIA
    if (animated)
        writeSequenceVideo(path, frames);
    else
        writeFrameGridPng(path, frames);
    return path;
#else
    const std::string npy = std::filesystem::path(path).replace_extension(".npy").string();
    std::cerr << "this build has no media support (DBSE_WITH_MEDIA=OFF): writing " << npy << " instead of "
              << extension << "\n";
    writeNpy(npy, asBytes(frames));
    return npy;
#endif
}

}  // namespace dbse::cli
