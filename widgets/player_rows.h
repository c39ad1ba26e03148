// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The views of one row of the sequence player (sequence_player.h), one per modality. Each shows
// the row at the step the player gives it; pictures are converted to QImages once, when the
// row is made, so showing a step only repaints. GUI thread only.

#include "core/api/row_set.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;

namespace dbse::widgets {

class PlayerRowView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Shows step t, in [0, steps).
    virtual void showStep(int t) = 0;
    int shownStep() const { return step_; }
    void setSelected(bool selected);
    bool isSelected() const { return selected_; }

Q_SIGNALS:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    int step_ = 0;
    bool selected_ = false;
};

// Video: the current frame, large, beside a film strip of every frame with the current one
// outlined. Frames are scaled by whole factors without smoothing (crisp pixels at any
// device-pixel ratio).
class FrameRowView : public PlayerRowView {
    Q_OBJECT
public:
    FrameRowView(const api::SequenceRow& row, bool filmStrip, QWidget* parent = nullptr);
    void showStep(int t) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect mainRect() const;
    QList<QImage> frames_;
    bool filmStrip_;
};

// Audio: the spectrogram heat map with a cursor at the current step.
class SpectrogramRowView : public PlayerRowView {
    Q_OBJECT
public:
    SpectrogramRowView(const api::SequenceRow& row, int steps, QWidget* parent = nullptr);
    void showStep(int t) override;
    QSize sizeHint() const override;
    // x of the cursor for step t, in widget coordinates.
    int cursorX(int t) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage heatmap_;
    int steps_;
};

// Series: one line per feature (QCustomPlot), the current step marked by a vertical line.
class SeriesRowView : public PlayerRowView {
    Q_OBJECT
public:
    SeriesRowView(const api::SequenceRow& row, const std::vector<std::string>& featureNames, QWidget* parent = nullptr);
    void showStep(int t) override;
    QSize sizeHint() const override;
    QCustomPlot* plot() const { return plot_; }

private:
    QCustomPlot* plot_;
    QCPItemStraightLine* cursor_;
};

// "■ temp  ■ flow": the feature names in their line colours (rich text), one legend for every
// series row.
QString seriesLegend(const std::vector<std::string>& featureNames);

// The view for `row` of a set of `modality`.
PlayerRowView* makeRowView(const api::RowSet& set, int row, bool filmStrip, QWidget* parent);

}  // namespace dbse::widgets
