// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Square crops of a clip at the model's size (target dbse_media, OpenCV).

#include <torch/types.h>

#include <string>

namespace dbse {

enum class FrameCrop {
    Center,  // the largest centred square
    Face     // a square around the largest face OpenCV's Haar cascade finds; centre if none
};

FrameCrop parseFrameCrop(const std::string& text);  // "center" | "face"

// Where the default frontal-face cascade of Debian's opencv-data lives.
std::string defaultFaceCascadePath();

// A square region of a frame, in pixels.
struct CropBox {
    int x = 0, y = 0, side = 0;
};

CropBox centerCropBox(int width, int height);

// The square around the largest face in an RGB frame uint8 [H, W, 3] (the face box enlarged
// by 40%, moved inside the frame); side 0 when no face is found. Thread-safe (one cascade per
// thread). Throws std::runtime_error naming the cascade file when it cannot be loaded.
CropBox findFaceBox(const torch::Tensor& frame);

// Crops every frame of an RGB clip uint8 [K, H, W, 3] to `box` and resizes it to size x size:
// uint8 [K, 3, size, size].
torch::Tensor cropAndResize(const torch::Tensor& frames, const CropBox& box, int size);

// The crop of `crop` for a clip: a face crop looks for the face in the middle frame and falls
// back to the centre crop when there is none, setting *face_found (if given) accordingly.
torch::Tensor cropClip(const torch::Tensor& frames, FrameCrop crop, int size, bool* face_found = nullptr);

}  // namespace dbse
