// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/image_io.h"

#include "core/util/atomic_file.h"

#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include <stdexcept>

namespace dbse {

void writeFrameGridPng(const std::string& path, const torch::Tensor& frames, int gap) {
    if (frames.dim() != 5 || (frames.size(2) != 1 && frames.size(2) != 3))
        throw std::runtime_error(path + ": expected frames [rows, cols, 1|3, H, W]");
    const int64_t rows = frames.size(0), cols = frames.size(1), H = frames.size(3), W = frames.size(4);
    // [rows, cols, C, H, W] -> uint8 [rows, cols, H, W, 3] in BGR order for OpenCV.
    torch::Tensor rgb = frames.detach().to(torch::kCPU, torch::kFloat).clamp(0, 1).expand({rows, cols, 3, H, W});
    torch::Tensor bgr = rgb.flip({2}).permute({0, 1, 3, 4, 2}).mul(255).round().to(torch::kByte).contiguous();

    const int height = static_cast<int>(rows * H + (rows - 1) * gap);
    const int width = static_cast<int>(cols * W + (cols - 1) * gap);
    cv::Mat canvas(height, width, CV_8UC3, cv::Scalar(255, 255, 255));
    for (int64_t r = 0; r < rows; ++r) {
        for (int64_t c = 0; c < cols; ++c) {
            torch::Tensor tile = bgr[r][c];
            cv::Mat source(static_cast<int>(H), static_cast<int>(W), CV_8UC3, tile.data_ptr<uint8_t>());
            source.copyTo(canvas(cv::Rect(static_cast<int>(c * (W + gap)), static_cast<int>(r * (H + gap)),
                                          static_cast<int>(W), static_cast<int>(H))));
        }
    }
    std::vector<uchar> png;
    if (!cv::imencode(".png", canvas, png))
        throw std::runtime_error(path + ": PNG encoding failed");
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

}  // namespace dbse
