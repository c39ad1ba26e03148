// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drawing an api::Thumbnail into a QImage of a fixed size. Uses only QImage and QPainter on a
// QImage, so it may run on a worker thread.

#include "core/api/opened_dataset.h"

#include <QImage>
#include <QSize>

namespace dbse::widgets {

// A Format_ARGB32_Premultiplied image of exactly `pixels` (device pixels):
//  - Image thumbnails are scaled smoothly to fit, keeping their aspect ratio, centred on a
//    transparent background;
//  - Series thumbnails become sparklines on a dark rounded card: one lane and colour per
//    feature, top to bottom, each scaled to its own observed range; long series are averaged
//    to about one point per line width; missing values break the line.
// A null image when `pixels` is empty or the thumbnail's buffer is inconsistent.
QImage thumbnailImage(const api::Thumbnail& thumbnail, const QSize& pixels);

}  // namespace dbse::widgets
