// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conversion of api::SequencePreview frames to QImage. The images own their pixels (deep
// copies), so they stay valid after the preview is destroyed or modified.

#include "core/api/dataset_preview.h"

#include <QImage>
#include <QList>

namespace dbse::widgets {

// Frame t of `sequence` as a Format_RGB888 image of width x height pixels; pixel (x, y) of
// the image is rgb[t][y][x][0..2]. A null QImage when t is out of range or the buffer is
// smaller than frames * height * width * 3 bytes.
QImage frameToImage(const api::SequencePreview& sequence, int t);

// All frames of `sequence` in time order (empty when its buffer is inconsistent).
QList<QImage> sequenceToImages(const api::SequencePreview& sequence);

}  // namespace dbse::widgets
