// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sequence_frames.h"

#include <cstring>

namespace dbse::widgets {
namespace {

bool hasConsistentBuffer(const api::SequencePreview& s) {
    if (s.frames <= 0 || s.height <= 0 || s.width <= 0)
        return false;
    const size_t needed = static_cast<size_t>(s.frames) * s.height * s.width * 3;
    return s.rgb.size() >= needed;
}

}  // namespace

QImage frameToImage(const api::SequencePreview& sequence, int t) {
    if (!hasConsistentBuffer(sequence) || t < 0 || t >= sequence.frames)
        return {};
    QImage image(sequence.width, sequence.height, QImage::Format_RGB888);
    if (image.isNull())
        return {};
    // QImage rows are 32-bit aligned, so copy row by row rather than wrapping the buffer.
    const size_t rowBytes = static_cast<size_t>(sequence.width) * 3;
    const uint8_t* src = sequence.frame(t);
    for (int y = 0; y < sequence.height; ++y)
        std::memcpy(image.scanLine(y), src + static_cast<size_t>(y) * rowBytes, rowBytes);
    return image;
}

QList<QImage> sequenceToImages(const api::SequencePreview& sequence) {
    QList<QImage> images;
    if (!hasConsistentBuffer(sequence))
        return images;
    images.reserve(sequence.frames);
    for (int t = 0; t < sequence.frames; ++t)
        images.append(frameToImage(sequence, t));
    return images;
}

}  // namespace dbse::widgets
