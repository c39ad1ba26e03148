// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/thumbnail_image.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace dbse::widgets {
namespace {

QImage fitted(const api::Thumbnail& t, const QSize& pixels) {
    if (t.width <= 0 || t.height <= 0 || t.rgb.size() != static_cast<size_t>(t.width) * t.height * 3)
        return {};
    // Wraps the buffer without copying; scaled() below makes the owned copy.
    const QImage source(t.rgb.data(), t.width, t.height, t.width * 3, QImage::Format_RGB888);
    const QImage scaled = source.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage out(pixels, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.drawImage((pixels.width() - scaled.width()) / 2, (pixels.height() - scaled.height()) / 2, scaled);
    return out;
}

// `values` averaged into `columns` equal buckets of steps (as they are when there are fewer
// steps than columns); NaN where a bucket holds no observed value.
std::vector<float> bucketMeans(const std::vector<float>& values, int columns) {
    const size_t n = values.size();
    const size_t buckets = std::min(n, static_cast<size_t>(std::max(1, columns)));
    std::vector<float> out(buckets, NAN);
    for (size_t b = 0; b < buckets; ++b) {
        double sum = 0;
        int count = 0;
        for (size_t i = b * n / buckets; i < (b + 1) * n / buckets; ++i)
            if (std::isfinite(values[i])) {
                sum += values[i];
                ++count;
            }
        if (count > 0)
            out[b] = static_cast<float>(sum / count);
    }
    return out;
}

QImage sparklines(const api::Thumbnail& t, const QSize& pixels) {
    static const QColor kColours[] = {QColor(0x4f, 0xc3, 0xf7), QColor(0xff, 0xb7, 0x4d), QColor(0x81, 0xc7, 0x84),
                                      QColor(0xf0, 0x62, 0x92)};
    QImage out(pixels, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = std::max(2.0, pixels.width() / 24.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x20, 0x25, 0x2b));
    painter.drawRoundedRect(QRectF(QPointF(0, 0), QSizeF(pixels)), radius, radius);
    const QRectF plot = QRectF(QPointF(0, 0), QSizeF(pixels)).adjusted(radius * 1.5, radius * 1.5, -radius * 1.5, -radius * 1.5);
    const qreal lineWidth = std::max(1.0, pixels.height() / 64.0);
    // One lane per feature, top to bottom, so that the lines never cross each other.
    const qreal lane = plot.height() / static_cast<qreal>(std::max<size_t>(1, t.series.size()));
    for (size_t f = 0; f < t.series.size(); ++f) {
        const std::vector<float> v = bucketMeans(t.series[f], static_cast<int>(plot.width() / lineWidth));
        float lo = INFINITY, hi = -INFINITY;
        for (float x : v)
            if (std::isfinite(x)) {
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
        if (!(lo <= hi))
            continue;  // nothing observed
        const float range = std::max(hi - lo, 1e-6f);
        const QRectF box(plot.left(), plot.top() + lane * static_cast<qreal>(f) + lineWidth, plot.width(),
                         std::max(1.0, lane - 2 * lineWidth));
        const qreal step = v.size() > 1 ? box.width() / static_cast<qreal>(v.size() - 1) : 0;
        QPainterPath path;
        bool drawing = false;
        for (size_t i = 0; i < v.size(); ++i) {
            if (!std::isfinite(v[i])) {
                drawing = false;
                continue;
            }
            const QPointF p(box.left() + step * static_cast<qreal>(i), box.bottom() - box.height() * (v[i] - lo) / range);
            drawing ? path.lineTo(p) : path.moveTo(p);
            drawing = true;
        }
        painter.setPen(QPen(kColours[f % std::size(kColours)], lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    return out;
}

}  // namespace

QImage thumbnailImage(const api::Thumbnail& thumbnail, const QSize& pixels) {
    if (pixels.isEmpty())
        return {};
    return thumbnail.kind == api::Thumbnail::Kind::Image ? fitted(thumbnail, pixels) : sparklines(thumbnail, pixels);
}

}  // namespace dbse::widgets
