// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A folder of image frames (png, jpg, bmp, tiff, webp...) read as one clip, through OpenCV.
// Most callers use readClipFrames() of video_decode.h, which dispatches here for folders.

#include "core/media/video_decode.h"

#include <torch/types.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace dbse {

// True when the extension of `name`, lower-cased, is one of `extensions` (".png", ...).
bool hasExtensionIn(const std::string& name, std::initializer_list<const char*> extensions);

// True for the file names read as frames (by extension, any case).
bool isImageFileName(const std::string& name);

// a < b in natural order: runs of digits compare as numbers ("f2.png" < "f10.png").
bool naturalLess(const std::string& a, const std::string& b);

// The image files of `folder` (names only), in natural order.
std::vector<std::string> frameFiles(const std::string& folder);

// Number of image files; throws "<folder>: no image frames" when there are none, or when
// there are more than limits.max_frames.
int64_t frameFolderCount(const std::string& folder, const VideoLimits& limits);

// The frames `indices` (increasing) as RGB uint8 [K, H, W, 3]; every frame must have the size
// of the first one read. Errors name the frame file.
torch::Tensor frameFolderFrames(const std::string& folder, const std::vector<int64_t>& indices,
                                const VideoLimits& limits);

}  // namespace dbse
