// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/image_io.h"

#include "core/util/atomic_file.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <stdexcept>

namespace dbse {

torch::Tensor frameGridImage(const torch::Tensor& frames, int gap) {
    if (frames.dim() != 5 || (frames.size(2) != 1 && frames.size(2) != 3))
        throw std::invalid_argument("expected frames [rows, cols, 1|3, H, W]");
    const int64_t rows = frames.size(0), cols = frames.size(1), H = frames.size(3), W = frames.size(4);
    // [rows, cols, C, H, W] -> uint8 [rows, cols, H, W, 3] in RGB order.
    torch::Tensor rgb = frames.detach().to(torch::kCPU, torch::kFloat).clamp(0, 1).expand({rows, cols, 3, H, W});
    torch::Tensor tiles = rgb.permute({0, 1, 3, 4, 2}).mul(255).round().to(torch::kByte).contiguous();
    torch::Tensor canvas = torch::full({rows * H + (rows - 1) * gap, cols * W + (cols - 1) * gap, 3}, 255, torch::kByte);
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < cols; ++c)
            canvas.narrow(0, r * (H + gap), H).narrow(1, c * (W + gap), W).copy_(tiles[r][c]);
    return canvas;
}

void writeFrameGridPng(const std::string& path, const torch::Tensor& frames, int gap) {
    torch::Tensor canvas;
    try {
        canvas = frameGridImage(frames, gap);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
    cv::Mat rgb(int(canvas.size(0)), int(canvas.size(1)), CV_8UC3, canvas.data_ptr<uint8_t>()), bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> png;
    if (!cv::imencode(".png", bgr, png))
        throw std::runtime_error(path + ": PNG encoding failed");
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

}  // namespace dbse
