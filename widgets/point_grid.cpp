// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/point_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dbse::widgets {
namespace {

bool finite(const QPointF& p) { return std::isfinite(p.x()) && std::isfinite(p.y()); }

}  // namespace

void PointGrid::build(const QVector<QPointF>& points) {
    points_ = points;
    double left = std::numeric_limits<double>::max(), top = left;
    double right = std::numeric_limits<double>::lowest(), bottom = right;
    int finiteCount = 0;
    for (const QPointF& p : points_) {
        if (!finite(p))
            continue;
        ++finiteCount;
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    columns_ = rows_ = 0;
    start_.clear();
    order_.clear();
    if (finiteCount == 0)
        return;
    // A square-ish grid of about one point per cell; a degenerate extent gets one cell wide.
    const double width = std::max(right - left, 1e-12), height = std::max(bottom - top, 1e-12);
    const double cell = std::sqrt(width * height / finiteCount);
    columns_ = std::clamp(static_cast<int>(width / cell) + 1, 1, 1024);
    rows_ = std::clamp(static_cast<int>(height / cell) + 1, 1, 1024);
    bounds_ = QRectF(left, top, width, height);
    auto cellOf = [&](const QPointF& p) {
        const int c = std::min(columns_ - 1, static_cast<int>((p.x() - left) / width * columns_));
        const int r = std::min(rows_ - 1, static_cast<int>((p.y() - top) / height * rows_));
        return r * columns_ + c;
    };
    start_.fill(0, columns_ * rows_ + 1);
    for (const QPointF& p : points_)
        if (finite(p))
            ++start_[cellOf(p) + 1];
    for (int c = 0; c < columns_ * rows_; ++c)
        start_[c + 1] += start_[c];
    order_.resize(finiteCount);
    QVector<int> fill = start_;
    for (int i = 0; i < points_.size(); ++i)
        if (finite(points_[i]))
            order_[fill[cellOf(points_[i])]++] = i;
}

template <typename Visit>
void PointGrid::forEachIn(const QRectF& area, Visit&& visit) const {
    if (columns_ == 0)
        return;
    const QRectF a = area.normalized();
    auto column = [&](double x) {
        return std::clamp(static_cast<int>(std::floor((x - bounds_.left()) / bounds_.width() * columns_)), 0, columns_ - 1);
    };
    auto row = [&](double y) {
        return std::clamp(static_cast<int>(std::floor((y - bounds_.top()) / bounds_.height() * rows_)), 0, rows_ - 1);
    };
    if (a.right() < bounds_.left() || a.left() > bounds_.right() || a.bottom() < bounds_.top() ||
        a.top() > bounds_.bottom())
        return;
    for (int r = row(a.top()); r <= row(a.bottom()); ++r)
        for (int c = column(a.left()); c <= column(a.right()); ++c)
            for (int k = start_[r * columns_ + c]; k < start_[r * columns_ + c + 1]; ++k) {
                const QPointF& p = points_[order_[k]];
                if (p.x() >= a.left() && p.x() <= a.right() && p.y() >= a.top() && p.y() <= a.bottom())
                    visit(order_[k]);
            }
}

QList<qint64> PointGrid::inside(const QRectF& area) const {
    QList<qint64> found;
    forEachIn(area, [&](int i) { found.append(i); });
    std::sort(found.begin(), found.end());
    return found;
}

qint64 PointGrid::nearest(const QRectF& area, const std::function<double(const QPointF&)>& distance) const {
    qint64 best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    forEachIn(area, [&](int i) {
        const double d = distance(points_[i]);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    });
    return best;
}

}  // namespace dbse::widgets
