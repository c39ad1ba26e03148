// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PointGrid: a uniform bucket grid over 2-D points for the hit tests of a scatter plot (the
// point under the mouse, the points in a rectangle) without a scan of every point per mouse
// move. About one point per cell on average; plain data, any thread, not thread-safe.

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QVector>

#include <functional>

namespace dbse::widgets {

class PointGrid {
public:
    // Buckets `points` (index i = points[i]); non-finite points are never found.
    void build(const QVector<QPointF>& points);
    int size() const { return static_cast<int>(points_.size()); }

    // Indices of the points inside `area` (edges included), in ascending order.
    QList<qint64> inside(const QRectF& area) const;
    // The point nearest to `at` among those within `area` by `distance` (any metric, e.g. pixel
    // distance), or -1 when `area` holds none.
    qint64 nearest(const QRectF& area, const std::function<double(const QPointF&)>& distance) const;

private:
    template <typename Visit>
    void forEachIn(const QRectF& area, Visit&& visit) const;

    QVector<QPointF> points_;
    QVector<int> start_;   // cell c holds order_[start_[c] .. start_[c + 1])
    QVector<int> order_;   // point indices grouped by cell
    QRectF bounds_;
    int columns_ = 0, rows_ = 0;
};

}  // namespace dbse::widgets
