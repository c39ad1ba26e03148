// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/frame_crop.h"

#include "core/util/file_error.h"
#include "core/util/tensor_text.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace dbse {
namespace {

cv::Mat frameMat(const torch::Tensor& frame) {
    return cv::Mat(int(frame.size(0)), int(frame.size(1)), CV_8UC3, frame.data_ptr<uint8_t>());
}

cv::CascadeClassifier& faceCascade() {
    // CascadeClassifier::detectMultiScale is not safe to share between threads.
    thread_local std::unique_ptr<cv::CascadeClassifier> cascade;
    if (!cascade) {
        auto loaded = std::make_unique<cv::CascadeClassifier>();
        const std::string path = defaultFaceCascadePath();
        if (!loaded->load(path))
            throwFileError(path, "cannot load the face detector (install Debian's opencv-data)");
        cascade = std::move(loaded);
    }
    return *cascade;
}

}  // namespace

FrameCrop parseFrameCrop(const std::string& text) {
    if (text == "center") return FrameCrop::Center;
    if (text == "face") return FrameCrop::Face;
    throw std::invalid_argument("crop '" + text + "': expected center or face");
}

std::string defaultFaceCascadePath() {
    return "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";
}

CropBox centerCropBox(int width, int height) {
    const int side = std::min(width, height);
    return {(width - side) / 2, (height - side) / 2, side};
}

CropBox findFaceBox(const torch::Tensor& frame) {
    const torch::Tensor rgb = frame.contiguous();
    cv::Mat grey;
    cv::cvtColor(frameMat(rgb), grey, cv::COLOR_RGB2GRAY);
    cv::equalizeHist(grey, grey);
    std::vector<cv::Rect> faces;
    const int smallest = std::max(12, std::min(grey.cols, grey.rows) / 8);
    faceCascade().detectMultiScale(grey, faces, 1.1, 5, 0, cv::Size(smallest, smallest));
    if (faces.empty()) return {};
    const cv::Rect face = *std::max_element(faces.begin(), faces.end(),
                                            [](const cv::Rect& a, const cv::Rect& b) { return a.area() < b.area(); });
    const int side = std::min({static_cast<int>(std::max(face.width, face.height) * 1.4), grey.cols, grey.rows});
    const int x = std::clamp(face.x + face.width / 2 - side / 2, 0, grey.cols - side);
    const int y = std::clamp(face.y + face.height / 2 - side / 2, 0, grey.rows - side);
    return {x, y, side};
}

torch::Tensor cropAndResize(const torch::Tensor& frames, const CropBox& box, int size) {
    if (frames.dim() != 4 || frames.size(3) != 3 || frames.scalar_type() != torch::kByte)
        throw std::invalid_argument("cropAndResize: expected uint8 frames [K, H, W, 3], got " + shapeText(frames));
    const torch::Tensor source = frames.contiguous();
    torch::Tensor out = torch::empty({source.size(0), size, size, 3}, torch::kByte);
    const cv::Rect region(box.x, box.y, box.side, box.side);
    for (int64_t k = 0; k < source.size(0); ++k) {
        cv::Mat target(size, size, CV_8UC3, out[k].data_ptr<uint8_t>());
        const int interpolation = box.side > size ? cv::INTER_AREA : cv::INTER_LINEAR;
        cv::resize(frameMat(source[k])(region), target, cv::Size(size, size), 0, 0, interpolation);
    }
    return out.permute({0, 3, 1, 2}).contiguous();
}

torch::Tensor cropClip(const torch::Tensor& frames, FrameCrop crop, int size, bool* face_found) {
    const int height = int(frames.size(1)), width = int(frames.size(2));
    CropBox box;
    if (crop == FrameCrop::Face) box = findFaceBox(frames[frames.size(0) / 2]);
    if (face_found) *face_found = box.side > 0;
    if (box.side == 0) box = centerCropBox(width, height);
    return cropAndResize(frames, box, size);
}

}  // namespace dbse
