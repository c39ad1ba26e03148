// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/player_rows.h"

#include "widgets/qcustomplot_include.h"
#include "widgets/sequence_frames.h"

#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dbse::widgets {
namespace {

constexpr int kMainScale = 2;     // the current frame: 64 px -> 128 px
constexpr int kStripHeight = 64;  // film-strip frames at most, logical pixels
constexpr int kGap = 6;

// Okabe-Ito colours, readable on light and dark backgrounds.
QColor featureColour(int f) {
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9),
                                     QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    return colours[f % 8];
}

// `image` scaled into `box` without smoothing, centred: by a whole factor when it is 2 or more,
// else by the largest factor that fits (pixel art stays sharp either way).
QRect crispRect(const QSize& image, const QRect& box) {
    if (image.isEmpty() || box.isEmpty())
        return {};
    const double fit = std::min(double(box.width()) / image.width(), double(box.height()) / image.height());
    const double factor = fit >= 2 ? std::floor(fit) : fit;
    const QSize size(int(image.width() * factor), int(image.height() * factor));
    return QRect(box.center() - QPoint(size.width() / 2, size.height() / 2), size);
}

void drawSelection(QPainter& p, const QWidget& w, bool selected) {
    if (!selected)
        return;
    p.setPen(QPen(w.palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(w.rect().adjusted(1, 1, -1, -1));
}

}  // namespace

void PlayerRowView::setSelected(bool selected) {
    selected_ = selected;
    update();
}

void PlayerRowView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QWidget::mousePressEvent(event);
}

FrameRowView::FrameRowView(const api::SequenceRow& row, bool filmStrip, QWidget* parent)
    : PlayerRowView(parent), frames_(sequenceToImages(row.pictures)), filmStrip_(filmStrip) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FrameRowView::showStep(int t) {
    if (t == step_)
        return;
    step_ = t;
    update();
}

QSize FrameRowView::sizeHint() const {
    if (frames_.isEmpty())
        return {64, 64};
    const QSize main = frames_.first().size() * kMainScale;
    if (!filmStrip_)
        return main + QSize(2 * kGap, 2 * kGap);
    const int stripWidth = int(frames_.size()) * (kStripHeight + 2);
    return {main.width() + 3 * kGap + stripWidth, main.height() + 2 * kGap};
}

QSize FrameRowView::minimumSizeHint() const {
    return frames_.isEmpty() ? QSize(32, 32) : frames_.first().size() + QSize(2 * kGap, kGap);
}

QRect FrameRowView::mainRect() const {
    if (frames_.isEmpty())
        return {};
    if (!filmStrip_) {  // under its caption: at the top
        const QRect fitted = crispRect(frames_.first().size(), rect().adjusted(kGap, kGap, -kGap, -kGap));
        return fitted.translated(0, kGap - fitted.top());
    }
    const QSize main = frames_.first().size() * kMainScale;
    const QRect box(kGap, kGap / 2, std::min(main.width(), width() / 3), std::min(main.height(), height() - kGap));
    const QRect fitted = crispRect(frames_.first().size(), box);
    return fitted.translated(kGap - fitted.left(), 0);  // left-aligned, the strip beside it
}

void FrameRowView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    if (frames_.isEmpty())
        return;
    const int t = std::clamp(step_, 0, int(frames_.size()) - 1);
    const QRect main = mainRect();
    p.drawImage(main, frames_[t]);
    if (filmStrip_) {
        const int left = main.right() + 2 * kGap;
        const int cell = std::min(kStripHeight, std::max(8, (width() - left - kGap) / int(frames_.size()) - 2));
        const int top = main.center().y() - cell / 2;
        for (int i = 0; i < frames_.size(); ++i)
            p.drawImage(crispRect(frames_[i].size(), QRect(left + i * (cell + 2), top, cell, cell)), frames_[i]);
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(left + t * (cell + 2), top, cell, cell).adjusted(-2, -2, 1, 1));
    }
}

SpectrogramRowView::SpectrogramRowView(const api::SequenceRow& row, int steps, QWidget* parent)
    : PlayerRowView(parent), heatmap_(frameToImage(row.pictures, 0)), steps_(std::max(steps, 1)) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(48);
}

void SpectrogramRowView::showStep(int t) {
    if (t == step_)
        return;
    step_ = t;
    update();
}

QSize SpectrogramRowView::sizeHint() const { return heatmap_.isNull() ? QSize(320, 96) : heatmap_.size() + QSize(8, 8); }

int SpectrogramRowView::cursorX(int t) const {
    const QRect area = rect().adjusted(4, 4, -4, -4);
    return area.left() + int(std::lround((t + 0.5) * area.width() / steps_));
}

void SpectrogramRowView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRect area = rect().adjusted(4, 4, -4, -4);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(area, heatmap_);
    p.setPen(QPen(QColor(255, 255, 255, 230), 2));
    const int x = cursorX(step_);
    p.drawLine(x, area.top(), x, area.bottom());
    drawSelection(p, *this, selected_);
}

SeriesRowView::SeriesRowView(const api::SequenceRow& row, const std::vector<std::string>& featureNames, QWidget* parent)
    : PlayerRowView(parent), plot_(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 3);
    layout->addWidget(plot_);
    plot_->setMinimumHeight(110);
    plot_->setBackground(palette().brush(QPalette::Base));
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(palette().color(QPalette::Text)));
        axis->setTickPen(QPen(palette().color(QPalette::Text)));
        axis->setSubTickPen(QPen(palette().color(QPalette::Text)));
        axis->setTickLabelColor(palette().color(QPalette::Text));
    }
    int steps = 0;
    for (size_t f = 0; f < row.values.size(); ++f) {
        QCPGraph* graph = plot_->addGraph();
        graph->setPen(QPen(featureColour(int(f)), 1.6));
        graph->setName(f < featureNames.size() ? QString::fromStdString(featureNames[f]) : QString::number(f));
        QVector<double> keys, values;
        for (size_t t = 0; t < row.values[f].size(); ++t) {
            keys.push_back(double(t));
            values.push_back(std::isnan(row.values[f][t]) ? qQNaN() : double(row.values[f][t]));
        }
        steps = std::max(steps, int(keys.size()));
        graph->setData(keys, values, true);
    }
    plot_->rescaleAxes();
    plot_->xAxis->setRange(-0.5, std::max(steps, 1) - 0.5);
    plot_->legend->setVisible(false);  // one legend for all rows: seriesLegend()
    cursor_ = new QCPItemStraightLine(plot_);
    cursor_->setPen(QPen(palette().color(QPalette::Highlight), 2));
    showStep(0);
    step_ = 0;
    // Clicks on the plot select the row as clicks elsewhere on it do.
    connect(plot_, &QCustomPlot::mousePress, this, [this] { Q_EMIT clicked(); });
}

void SeriesRowView::showStep(int t) {
    step_ = t;
    cursor_->point1->setCoords(t, 0);
    cursor_->point2->setCoords(t, 1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QSize SeriesRowView::sizeHint() const { return {420, 150}; }

QString seriesLegend(const std::vector<std::string>& featureNames) {
    QStringList parts;
    for (size_t f = 0; f < featureNames.size(); ++f)
        parts << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                     .arg(featureColour(int(f)).name(), QString::fromStdString(featureNames[f]).toHtmlEscaped());
    return parts.join(QStringLiteral("&nbsp;&nbsp; "));
}

PlayerRowView* makeRowView(const api::RowSet& set, int row, bool filmStrip, QWidget* parent) {
    const api::SequenceRow& r = set.rows.at(size_t(row));
    if (set.modality == "series")
        return new SeriesRowView(r, set.feature_names, parent);
    if (set.modality == "audio")
        return new SpectrogramRowView(r, set.steps, parent);
    return new FrameRowView(r, filmStrip, parent);
}

}  // namespace dbse::widgets
