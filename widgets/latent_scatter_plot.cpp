// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/latent_scatter_plot.h"

#include "widgets/sequence_mime.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QRubberBand>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace dbse::widgets {
namespace {

constexpr double kPointSize = 6.0;        // pixels, diameter of a point
constexpr double kSelectedSize = 12.0;    // pixels, diameter of the ring of a selected point
constexpr double kHitRadius = 6.0;        // pixels around a point that count as on it
constexpr double kMargin = 0.05;          // of the extent, around the points when fitted
constexpr int kLegendColumnWidth = 150;   // pixels per legend column, for the wrap
const QString kSelectionLayer = QStringLiteral("selection");

// Tableau 10: distinct, colour-blind aware colours for up to ten classes.
constexpr QRgb kTableau[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                             0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

// A point as a small antialiased disc. Drawn as a pixmap, 10,000 points replot several times
// faster than as ellipses (test_latent_map prints the time).
QPixmap discPixmap(const QColor& colour, double diameter) {
    const int side = static_cast<int>(std::ceil(diameter)) + 2;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = colour;
    fill.setAlpha(215);
    painter.setPen(QPen(colour.darker(120), 0.8));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(1, 1, diameter, diameter));
    return pixmap;
}

QCPRange paddedRange(double low, double high) {
    const double span = high - low;
    const double pad = span > 0 ? span * kMargin : 1.0;
    return QCPRange(low - pad, high + pad);
}

}  // namespace

LatentScatterPlot::LatentScatterPlot(QWidget* parent) : QCustomPlot(parent) {
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setMouseTracking(true);
    addLayer(kSelectionLayer, layer(QStringLiteral("main")), QCustomPlot::limAbove);
    selectionGraph_ = addGraph();
    selectionGraph_->setLayer(kSelectionLayer);
    selectionGraph_->setLineStyle(QCPGraph::lsNone);
    selectionGraph_->setAdaptiveSampling(false);  // few points, every one must show
    selectionGraph_->removeFromLegend();
    // The legend sits in a row under the axes (never over the points), entries side by side.
    legend->setVisible(true);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(12);
    legend->setMargins(QMargins(6, 3, 6, 3));
    for (QCPAxis* axis : {xAxis, yAxis})
        axis->setTickLabels(false);  // t-SNE and PCA units carry no meaning to read off
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        if (!fitting_)
            followPoints_ = false;
    });
    connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        if (!fitting_)
            followPoints_ = false;
    });
    updateColours();
}

QColor LatentScatterPlot::classColour(int classIndex, int classes) {
    if (classes <= static_cast<int>(std::size(kTableau)))
        return QColor(kTableau[std::clamp(classIndex, 0, static_cast<int>(std::size(kTableau)) - 1)]);
    return QColor::fromHsvF(std::fmod(classIndex * 0.618033988749895, 1.0), 0.65, 0.85);
}

void LatentScatterPlot::setPoints(const QVector<QPointF>& points) {
    const bool sameCount = points.size() == points_.size();
    points_ = points;
    grid_.build(points_);
    if (!sameCount) {
        if (classOf_.size() != points_.size()) {
            classOf_.clear();
            classNames_.clear();
        }
        selection_.erase(std::remove_if(selection_.begin(), selection_.end(),
                                        [&](qint64 i) { return i >= points_.size(); }),
                         selection_.end());
    }
    rebuildGraphs();
    if (followPoints_)
        fitView();
    replot(rpQueuedReplot);
}

void LatentScatterPlot::clearPoints() {
    points_.clear();
    classOf_.clear();
    classNames_.clear();
    selection_.clear();
    grid_.build(points_);
    setHovered(-1, QPoint());
    followPoints_ = true;
    rebuildGraphs();
    replot(rpQueuedReplot);
}

void LatentScatterPlot::setClasses(const QVector<int>& classOf, const QStringList& names) {
    classOf_ = classOf;
    classNames_ = names;
    for (int& c : classOf_)
        if (c < 0 || c >= names.size())
            c = -1;  // drawn in no class graph
    rebuildGraphs();
    replot(rpQueuedReplot);
}

QVector<int> LatentScatterPlot::classCounts() const {
    QVector<int> counts(classNames_.size(), 0);
    if (classOf_.size() == points_.size())
        for (int c : classOf_)
            if (c >= 0)
                ++counts[c];
    return counts;
}

QStringList LatentScatterPlot::legendTexts() const {
    QStringList texts;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            texts.append(item->plottable()->name());
    return texts;
}

void LatentScatterPlot::rebuildGraphs() {
    for (QCPGraph* graph : std::as_const(classGraphs_))
        removeGraph(graph);
    classGraphs_.clear();
    const bool classed = !classNames_.isEmpty() && classOf_.size() == points_.size();
    const int classes = classed ? static_cast<int>(classNames_.size()) : 1;
    QVector<QVector<QCPGraphData>> data(classes);
    for (int i = 0; i < points_.size(); ++i) {
        const int c = classed ? classOf_[i] : 0;
        if (c >= 0)
            data[c].append(QCPGraphData(points_[i].x(), points_[i].y()));
    }
    const QVector<int> counts = classCounts();
    for (int c = 0; c < classes; ++c) {
        QCPGraph* graph = addGraph();
        graph->setLayer(QStringLiteral("main"));
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor colour = classed ? classColour(c, classes) : palette().color(QPalette::Highlight);
        graph->setScatterStyle(QCPScatterStyle(discPixmap(colour, kPointSize)));
        graph->data()->set(data[c], false);
        if (classed)
            graph->setName(QStringLiteral("%1 (%2)").arg(classNames_[c]).arg(counts[c]));
        else
            graph->removeFromLegend();
        classGraphs_.append(graph);
    }
    legend->setVisible(classed);
    updateSelectionGraph();
}

void LatentScatterPlot::updateSelectionGraph() {
    QVector<QCPGraphData> data;
    for (qint64 i : std::as_const(selection_))
        data.append(QCPGraphData(points_[i].x(), points_[i].y()));
    selectionGraph_->data()->set(data, false);
    replot(rpQueuedReplot);
}

void LatentScatterPlot::updateColours() {
    const QPalette p = palette();
    setBackground(p.brush(QPalette::Base));
    for (QCPAxis* axis : {xAxis, yAxis, xAxis2, yAxis2}) {
        axis->setBasePen(QPen(p.color(QPalette::Mid)));
        axis->setTickPen(QPen(p.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(p.color(QPalette::Mid)));
        axis->setLabelColor(p.color(QPalette::Text));
        axis->grid()->setPen(QPen(p.color(QPalette::Midlight), 0, Qt::DotLine));
    }
    legend->setBrush(p.brush(QPalette::Base));
    legend->setTextColor(p.color(QPalette::Text));
    legend->setBorderPen(Qt::NoPen);
    selectionGraph_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(p.color(QPalette::Text), 2.0), Qt::NoBrush, kSelectedSize));
    replot(rpQueuedReplot);
}

void LatentScatterPlot::setDragSource(const QString& datasetSpec, const QString& split) {
    datasetSpec_ = datasetSpec;
    split_ = split;
}

QMimeData* LatentScatterPlot::selectionMimeData() const {
    if (selection_.isEmpty())
        return nullptr;
    return encodeSequences({datasetSpec_, split_, selection_});
}

void LatentScatterPlot::setSelection(const QList<qint64>& indices) {
    const QList<qint64> wanted = indices;  // `indices` may be selection_ itself
    selection_.clear();
    for (qint64 i : wanted)
        if (i >= 0 && i < points_.size() && !selection_.contains(i))
            selection_.append(i);
    updateSelectionGraph();
}

void LatentScatterPlot::setMode(Mode mode) { mode_ = mode; }

void LatentScatterPlot::fitView() {
    double left = std::numeric_limits<double>::max(), bottom = left;
    double right = std::numeric_limits<double>::lowest(), top = right;
    for (const QPointF& p : std::as_const(points_)) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        bottom = std::min(bottom, p.y());
        top = std::max(top, p.y());
    }
    fitting_ = true;
    if (left <= right) {
        xAxis->setRange(paddedRange(left, right));
        yAxis->setRange(paddedRange(bottom, top));
    }
    fitting_ = false;
    followPoints_ = true;
    replot(rpQueuedReplot);
}

QRectF LatentScatterPlot::dataRect(const QRectF& pixels) const {
    const QRectF r = pixels.normalized();
    return QRectF(QPointF(xAxis->pixelToCoord(r.left()), yAxis->pixelToCoord(r.bottom())),
                  QPointF(xAxis->pixelToCoord(r.right()), yAxis->pixelToCoord(r.top())))
        .normalized();
}

qint64 LatentScatterPlot::pointAt(const QPointF& pixel) const {
    const QRectF area = dataRect(QRectF(pixel - QPointF(kHitRadius, kHitRadius), QSizeF(2 * kHitRadius, 2 * kHitRadius)));
    double best = kHitRadius * kHitRadius;
    qint64 found = -1;
    const qint64 nearest = grid_.nearest(area, [&](const QPointF& p) {
        const double dx = xAxis->coordToPixel(p.x()) - pixel.x(), dy = yAxis->coordToPixel(p.y()) - pixel.y();
        return dx * dx + dy * dy;
    });
    if (nearest >= 0) {
        const QPointF at = pixelOf(nearest) - pixel;
        if (at.x() * at.x() + at.y() * at.y() <= best)
            found = nearest;
    }
    return found;
}

QPointF LatentScatterPlot::pixelOf(qint64 index) const {
    const QPointF& p = points_.at(index);
    return QPointF(xAxis->coordToPixel(p.x()), yAxis->coordToPixel(p.y()));
}

QList<qint64> LatentScatterPlot::pointsInside(const QRectF& pixels) const { return grid_.inside(dataRect(pixels)); }

QList<qint64> LatentScatterPlot::pointsInside(const QPolygonF& pixels) const {
    QList<qint64> inside;
    for (qint64 i : grid_.inside(dataRect(pixels.boundingRect())))
        if (pixels.containsPoint(pixelOf(i), Qt::OddEvenFill))
            inside.append(i);
    return inside;
}

void LatentScatterPlot::finishArea(const QList<qint64>& inside, Qt::KeyboardModifiers modifiers) {
    QList<qint64> selected = (modifiers & (Qt::ShiftModifier | Qt::ControlModifier)) ? selection_ : QList<qint64>();
    for (qint64 i : inside)
        if (!selected.contains(i))
            selected.append(i);
    setSelection(selected);
    Q_EMIT selectionChanged(selection_);
}

void LatentScatterPlot::setHovered(qint64 index, const QPoint& globalPos) {
    if (index == hovered_)
        return;
    hovered_ = index;
    Q_EMIT pointHovered(index, globalPos);
}

void LatentScatterPlot::startDrag() {
    QMimeData* mime = selectionMimeData();
    if (!mime)
        return;
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
}

void LatentScatterPlot::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QCustomPlot::mousePressEvent(event);
        return;
    }
    pressPos_ = event->pos();
    pressedPoint_ = pointAt(event->position());
    setHovered(-1, QPoint());
    if (pressedPoint_ >= 0) {
        gesture_ = Gesture::PointPress;
    } else if (mode_ == Mode::Pan) {
        gesture_ = Gesture::Pan;
        QCustomPlot::mousePressEvent(event);
    } else if (mode_ == Mode::Rectangle) {
        gesture_ = Gesture::Rectangle;
        if (!rubberBand_)
            rubberBand_ = new QRubberBand(QRubberBand::Rectangle, this);
        rubberBand_->setGeometry(QRect(pressPos_, QSize()));
        rubberBand_->show();
    } else {
        gesture_ = Gesture::Lasso;
        lasso_ = QPolygonF({event->position()});
    }
    event->accept();
}

void LatentScatterPlot::mouseMoveEvent(QMouseEvent* event) {
    const bool moved = (event->pos() - pressPos_).manhattanLength() >= QApplication::startDragDistance();
    switch (gesture_) {
        case Gesture::PointPress:
            if (moved) {
                gesture_ = Gesture::None;
                if (!selection_.contains(pressedPoint_)) {
                    setSelection({pressedPoint_});
                    Q_EMIT selectionChanged(selection_);
                }
                startDrag();
            }
            return;
        case Gesture::Rectangle:
            rubberBand_->setGeometry(QRect(pressPos_, event->pos()).normalized());
            return;
        case Gesture::Lasso:
            lasso_.append(event->position());
            update();
            return;
        case Gesture::Pan:
            QCustomPlot::mouseMoveEvent(event);
            return;
        case Gesture::None:
            QCustomPlot::mouseMoveEvent(event);
            setHovered(pointAt(event->position()), event->globalPosition().toPoint());
            return;
    }
}

void LatentScatterPlot::mouseReleaseEvent(QMouseEvent* event) {
    const Gesture gesture = gesture_;
    gesture_ = Gesture::None;
    const bool moved = (event->pos() - pressPos_).manhattanLength() >= QApplication::startDragDistance();
    switch (gesture) {
        case Gesture::PointPress:
            if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) {
                QList<qint64> selected = selection_;
                if (!selected.removeOne(pressedPoint_))
                    selected.append(pressedPoint_);
                setSelection(selected);
            } else {
                setSelection({pressedPoint_});
            }
            Q_EMIT selectionChanged(selection_);
            return;
        case Gesture::Rectangle:
            rubberBand_->hide();
            finishArea(pointsInside(QRectF(QRect(pressPos_, event->pos()).normalized())), event->modifiers());
            return;
        case Gesture::Lasso:
            lasso_.append(event->position());
            finishArea(lasso_.size() >= 3 ? pointsInside(lasso_) : QList<qint64>(), event->modifiers());
            lasso_.clear();
            update();
            return;
        case Gesture::Pan:
            QCustomPlot::mouseReleaseEvent(event);
            if (!moved && !selection_.isEmpty() && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
                setSelection({});
                Q_EMIT selectionChanged(selection_);
            }
            return;
        case Gesture::None:
            QCustomPlot::mouseReleaseEvent(event);
            return;
    }
}

void LatentScatterPlot::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && pointAt(event->position()) < 0)
        fitView();
    event->accept();
}

void LatentScatterPlot::wheelEvent(QWheelEvent* event) {
    setHovered(-1, QPoint());
    QCustomPlot::wheelEvent(event);
}

void LatentScatterPlot::leaveEvent(QEvent* event) {
    setHovered(-1, QPoint());
    QCustomPlot::leaveEvent(event);
}

void LatentScatterPlot::paintEvent(QPaintEvent* event) {
    QCustomPlot::paintEvent(event);
    if (lasso_.size() < 2)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(40);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
    painter.setBrush(fill);
    painter.drawPolygon(lasso_);
}

void LatentScatterPlot::resizeEvent(QResizeEvent* event) {
    legend->setWrap(std::max(1, event->size().width() / kLegendColumnWidth));
    QCustomPlot::resizeEvent(event);
}

void LatentScatterPlot::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    QCustomPlot::changeEvent(event);
}

}  // namespace dbse::widgets
