// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LatentScatterPlot: one 2-D latent map (a point per sequence of a split) in a QCustomPlot,
// coloured by the classes of one label with a legend that counts them.
//
// Drawing: one scatter graph per class (not one item per point), so 10,000 points stay fluid;
// the selected points are ringed by one more graph on a layer above. Hit tests go through a
// PointGrid (no scan of every point per mouse move).
//
// Input: the wheel zooms; in Pan mode a drag on empty space pans, in Rectangle and Lasso mode
// it selects the points inside (Shift or Ctrl adds to the selection); a click on a point selects
// it, a click on empty space clears; double-click fits the view. A drag that starts on a
// selected point drags the selection as a widgets/sequence_mime.h payload (like the dataset
// browser). Hovering a point reports it (e.g. for a thumbnail tooltip). GUI thread only.

#include "widgets/point_grid.h"
#include "widgets/qcustomplot_include.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QVector>

class QMimeData;
class QRubberBand;

namespace dbse::widgets {

class LatentScatterPlot : public QCustomPlot {
    Q_OBJECT

public:
    enum class Mode { Pan, Rectangle, Lasso };

    explicit LatentScatterPlot(QWidget* parent = nullptr);

    // The points (index i = sequence i of the split). Keeps the classes when the count is
    // unchanged, else every point is class 0 of one unnamed class until setClasses(). The view
    // is fitted to the points unless the user zoomed or panned since the last fitView().
    void setPoints(const QVector<QPointF>& points);
    // Removes the points, the classes and the selection.
    void clearPoints();
    const QVector<QPointF>& points() const { return points_; }
    int pointCount() const { return static_cast<int>(points_.size()); }

    // classOf[i] in [0, names.size()) colours point i; ignored unless its size is pointCount()
    // (it is kept for the next setPoints of that size).
    void setClasses(const QVector<int>& classOf, const QStringList& names);
    // Points per class, in the order of the names given to setClasses().
    QVector<int> classCounts() const;
    // The legend's entries as shown, e.g. "red (12)".
    QStringList legendTexts() const;
    static QColor classColour(int classIndex, int classes);

    // What a drag of the selection carries: the dataset spec and split of the points.
    void setDragSource(const QString& datasetSpec, const QString& split);
    // The selection as a drag payload (the caller owns it), or null when nothing is selected.
    QMimeData* selectionMimeData() const;

    // Selects these points (indices out of range are ignored); emits nothing.
    void setSelection(const QList<qint64>& indices);
    const QList<qint64>& selection() const { return selection_; }

    void setMode(Mode mode);
    Mode mode() const { return mode_; }
    // Fits the axes to the points and follows them again on setPoints().
    void fitView();

    // The point within a few pixels of `pixel` (widget coordinates), nearest first; -1 if none.
    qint64 pointAt(const QPointF& pixel) const;
    // Where point `index` is drawn, in widget coordinates.
    QPointF pixelOf(qint64 index) const;
    // Points inside a rectangle or polygon given in widget coordinates, ascending.
    QList<qint64> pointsInside(const QRectF& pixels) const;
    QList<qint64> pointsInside(const QPolygonF& pixels) const;

Q_SIGNALS:
    // The user changed the selection (click, rectangle, lasso), in selection order.
    void selectionChanged(const QList<qint64>& indices);
    // The mouse rests over point `index` at `globalPos`; -1 when it left every point.
    void pointHovered(qint64 index, const QPoint& globalPos);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Gesture { None, Pan, PointPress, Rectangle, Lasso };

    void rebuildGraphs();
    void updateSelectionGraph();
    void updateColours();
    void setHovered(qint64 index, const QPoint& globalPos);
    void finishArea(const QList<qint64>& inside, Qt::KeyboardModifiers modifiers);
    QRectF dataRect(const QRectF& pixels) const;
    void startDrag();

    QVector<QPointF> points_;
    QVector<int> classOf_;
    QStringList classNames_;
    QList<QCPGraph*> classGraphs_;
    QCPGraph* selectionGraph_ = nullptr;
    PointGrid grid_;
    QList<qint64> selection_;
    QString datasetSpec_, split_;
    Mode mode_ = Mode::Pan;
    Gesture gesture_ = Gesture::None;
    QPoint pressPos_;
    qint64 pressedPoint_ = -1;
    qint64 hovered_ = -1;
    QRubberBand* rubberBand_ = nullptr;
    QPolygonF lasso_;
    bool followPoints_ = true;   // fit the axes on setPoints (until the user zooms or pans)
    bool fitting_ = false;       // the axes are being set by fitView
};

}  // namespace dbse::widgets
