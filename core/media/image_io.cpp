// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/image_io.h"

#include "core/util/atomic_file.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <stdexcept>

namespace dbse {
namespace {

void writePng(const std::string& path, const cv::Mat& bgr) {
    std::vector<uchar> png;
    if (!cv::imencode(".png", bgr, png))
        throw std::runtime_error(path + ": PNG encoding failed");
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

}  // namespace

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
    writePng(path, bgr);
}

void writeScatterPng(const std::string& path, const torch::Tensor& xy, const torch::Tensor& labels,
                     const std::vector<std::string>& classes, const std::string& title, int size) {
    if (xy.dim() != 2 || xy.size(1) != 2 || xy.size(0) < 1 || labels.dim() != 1 || labels.size(0) != xy.size(0))
        throw std::invalid_argument(path + ": a scatter plot needs points [N, 2] and labels [N]");
    // Tableau's 10 colours (BGR), then repeated.
    static const cv::Scalar palette[] = {{180, 119, 31}, {14, 127, 255}, {44, 160, 44},  {40, 39, 214},
                                         {189, 103, 148}, {75, 86, 140}, {194, 119, 227}, {127, 127, 127},
                                         {34, 189, 188}, {207, 190, 23}};
    const int legend_width = 180, margin = 30, top = 40;
    cv::Mat image(size + top, size + legend_width, CV_8UC3, cv::Scalar(255, 255, 255));
    const torch::Tensor p = xy.detach().to(torch::kCPU, torch::kDouble);
    const torch::Tensor lo = std::get<0>(p.min(0)), span = (std::get<0>(p.max(0)) - lo).clamp_min(1e-12);
    const torch::Tensor pixels = ((p - lo) / span * (size - 2 * margin) + margin).contiguous();
    const torch::Tensor y_of = labels.to(torch::kCPU, torch::kLong).contiguous();
    const double* d = pixels.data_ptr<double>();
    const int64_t* label = y_of.data_ptr<int64_t>();
    for (int64_t i = 0; i < p.size(0); ++i) {
        const cv::Point at(int(d[2 * i]), top + size - int(d[2 * i + 1]));
        cv::circle(image, at, 3, palette[label[i] % 10], cv::FILLED, cv::LINE_AA);
    }
    cv::putText(image, title, {margin, 26}, cv::FONT_HERSHEY_SIMPLEX, 0.6, {0, 0, 0}, 1, cv::LINE_AA);
    const torch::Tensor counts = torch::bincount(y_of, {}, static_cast<int64_t>(classes.size()));
    for (size_t c = 0; c < classes.size() && c < 40; ++c) {
        const int y = top + 20 + int(c) * 20;
        cv::circle(image, {size + 12, y - 4}, 5, palette[c % 10], cv::FILLED, cv::LINE_AA);
        const std::string text = classes[c] + " (" + std::to_string(counts[int64_t(c)].item<int64_t>()) + ")";
        cv::putText(image, text, {size + 24, y}, cv::FONT_HERSHEY_SIMPLEX, 0.45, {0, 0, 0}, 1, cv::LINE_AA);
    }
    writePng(path, image);
}

}  // namespace dbse
