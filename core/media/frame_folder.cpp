// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/frame_folder.h"

#include "core/util/file_error.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>

namespace dbse {
namespace {
namespace fs = std::filesystem;

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
}  // namespace

bool hasExtensionIn(const std::string& name, std::initializer_list<const char*> extensions) {
    std::string extension = fs::path(name).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::any_of(extensions.begin(), extensions.end(), [&](const char* e) { return extension == e; });
}

bool isImageFileName(const std::string& name) {
    return hasExtensionIn(name, {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".ppm", ".pgm"});
}

bool naturalLess(const std::string& a, const std::string& b) {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            size_t i_end = i, j_end = j;
            while (i_end < a.size() && isDigit(a[i_end])) ++i_end;
            while (j_end < b.size() && isDigit(b[j_end])) ++j_end;
            // Compare the numbers without leading zeros: first by length, then digit by digit.
            size_t i_start = i, j_start = j;
            while (i_start + 1 < i_end && a[i_start] == '0') ++i_start;
            while (j_start + 1 < j_end && b[j_start] == '0') ++j_start;
            if (i_end - i_start != j_end - j_start) return i_end - i_start < j_end - j_start;
            if (int c = a.compare(i_start, i_end - i_start, b, j_start, j_end - j_start); c != 0) return c < 0;
            if (i_end - i != j_end - j) return i_end - i < j_end - j;  // "01" after "1"
            i = i_end;
            j = j_end;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

std::vector<std::string> frameFiles(const std::string& folder) {
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->is_regular_file(error) && isImageFileName(it->path().filename().string()))
            names.push_back(it->path().filename().string());
    if (error) throwFileError(folder, "cannot list the folder (" + error.message() + ")");
    std::sort(names.begin(), names.end(), naturalLess);
    return names;
}

int64_t frameFolderCount(const std::string& folder, const VideoLimits& limits) {
    const int64_t count = static_cast<int64_t>(frameFiles(folder).size());
    if (count == 0) throwFileError(folder, "no image frames in the folder");
    if (count > limits.max_frames)
        throwFileError(folder, std::to_string(count) + " frames, above the limit of " + std::to_string(limits.max_frames));
    return count;
}

torch::Tensor frameFolderFrames(const std::string& folder, const std::vector<int64_t>& indices,
                                const VideoLimits& limits) {
    const std::vector<std::string> names = frameFiles(folder);
    if (names.empty()) throwFileError(folder, "no image frames in the folder");
    torch::Tensor frames;
    for (size_t k = 0; k < indices.size(); ++k) {
        if (indices[k] >= static_cast<int64_t>(names.size()))
            throwFileError(folder, "has " + std::to_string(names.size()) + " frames, frame " +
                                       std::to_string(indices[k] + 1) + " was requested");
        const std::string file = (fs::path(folder) / names[size_t(indices[k])]).string();
        std::error_code error;
        const uint64_t bytes = fs::file_size(file, error);
        if (error || bytes == 0) throwFileError(file, "empty or unreadable image");
        if (bytes > limits.max_file_bytes) throwFileError(file, "image file above the size limit");
        cv::Mat bgr = cv::imread(file, cv::IMREAD_COLOR);
        if (bgr.empty()) throwFileError(file, "not an image OpenCV can read");
        if (int64_t(bgr.cols) * bgr.rows > limits.max_pixels) throwFileError(file, "image above the pixel limit");
        if (!frames.defined())
            frames = torch::empty({int64_t(indices.size()), bgr.rows, bgr.cols, 3}, torch::kByte);
        else if (bgr.rows != frames.size(1) || bgr.cols != frames.size(2))
            throwFileError(file, "frame of " + std::to_string(bgr.cols) + "x" + std::to_string(bgr.rows) +
                                     " differs from the first frame's " + std::to_string(frames.size(2)) + "x" +
                                     std::to_string(frames.size(1)));
        cv::Mat rgb(bgr.rows, bgr.cols, CV_8UC3, frames[int64_t(k)].data_ptr<uint8_t>());
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    }
    return frames;
}

}  // namespace dbse
