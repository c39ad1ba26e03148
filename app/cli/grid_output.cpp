// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/grid_output.h"

#include "core/data/npy.h"

#ifdef DBSE_HAVE_MEDIA
#include "core/media/image_io.h"
#endif

#include <torch/torch.h>

#include <filesystem>
#include <iostream>

namespace dbse::cli {

std::string writeFrameGrid(const std::string& path, const torch::Tensor& frames) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".png") {
#ifdef DBSE_HAVE_MEDIA
        writeFrameGridPng(path, frames);
        return path;
#else
        const std::string npy = std::filesystem::path(path).replace_extension(".npy").string();
        std::cerr << "this build has no media support (DBSE_WITH_MEDIA=OFF): writing " << npy << " instead of PNG\n";
        writeNpy(npy, frames.mul(255).round().clamp(0, 255).to(torch::kByte));
        return npy;
#endif
    }
    if (extension == ".npy") {
        writeNpy(path, frames.mul(255).round().clamp(0, 255).to(torch::kByte));
        return path;
    }
    throw std::invalid_argument(path + ": unsupported output type '" + extension + "' (use .png or .npy)");
}

}  // namespace dbse::cli
