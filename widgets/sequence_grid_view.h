// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SequenceGridView: a grid of animated thumbnails, one per sequence of a DatasetPreview, with
// a caption under each and a tooltip listing all labels. One QTimer drives every cell, so all
// thumbnails show the same time step. GUI thread only.
//
// Sizes are in device-independent pixels. The grid reflows to the widget width (it has a
// height-for-width), so put it in a QScrollArea with widgetResizable = true.
// Keys: Space toggles playback, Right/Left pause and step one frame forward/back.

#include "core/api/dataset_preview.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

class QTimer;

namespace dbse::widgets {

class SequenceGridView : public QWidget {
    Q_OBJECT
    Q_PROPERTY(bool playing READ isPlaying WRITE setPlaying NOTIFY playingChanged)
    Q_PROPERTY(int currentFrame READ currentFrame WRITE setCurrentFrame NOTIFY currentFrameChanged)

public:
    explicit SequenceGridView(QWidget* parent = nullptr);
    ~SequenceGridView() override;

    // Shows the items of `preview` (their frames are copied; `preview` may die afterwards) and
    // rewinds to frame 0. The playing state is kept.
    void setPreview(const api::DatasetPreview& preview);
    void clear();

    int count() const;                 // cells shown
    int frameCount() const;            // the longest sequence's T; 0 when empty
    int currentFrame() const;          // in [0, frameCount()); a shorter item shows t % its T
    bool isPlaying() const;
    QString caption(int cell) const;   // "red circle · slide right"; empty when out of range
    QString toolTip(int cell) const;   // rich text; empty when out of range
    int sequenceIndex(int cell) const; // SequencePreview::index of the cell, -1 when out of range

    // Playback speed, frames per second, clamped to [1, 60]. Default 8.
    int framesPerSecond() const;
    void setFramesPerSecond(int fps);
    // Integer magnification of the thumbnails, clamped to [1, 8]. Default 2.
    int thumbnailScale() const;
    void setThumbnailScale(int scale);

    // Geometry, in widget coordinates: the card of a cell (thumbnail and caption), the area of
    // its thumbnail (frame pixel (x, y) covers thumbnailScale() x thumbnailScale() pixels from
    // topLeft + scale * (x, y) when the frame is of the largest size), and the cell under a
    // point (-1 for none). Empty rectangles for cells out of range.
    QRect cellRect(int cell) const;
    QRect thumbnailRect(int cell) const;
    int cellAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

public Q_SLOTS:
    void setPlaying(bool playing);
    void togglePlaying();
    // Advances one frame, wrapping to 0 after frameCount() - 1; the playing state is kept.
    void stepFrame();
    void stepBack();
    void setCurrentFrame(int frame);

Q_SIGNALS:
    void playingChanged(bool playing);
    void currentFrameChanged(int frame);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Cell {
        int index = -1;
        QList<QImage> frames;
        QString what, motion, toolTip;
    };
    struct Metrics {
        QSize thumb, card;
        int columns = 1, left = 0;
    };

    Metrics metricsFor(int width) const;
    QSize thumbnailSize() const;
    int captionLineHeight() const;
    void updateTimer();
    void setHovered(int cell);

    QList<Cell> cells_;
    QSize imageSize_;  // the largest frame size, pixels
    int frameCount_ = 0;
    int currentFrame_ = 0;
    int scale_ = 2;
    int fps_ = 8;
    int hovered_ = -1;
    bool playing_ = true;
    QTimer* timer_ = nullptr;  // owned (child)
};

}  // namespace dbse::widgets
