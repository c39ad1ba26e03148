// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sequence_grid_view.h"

#include "widgets/sequence_frames.h"
#include "widgets/sequence_labels.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace dbse::widgets {
namespace {

// Layout, device-independent pixels.
constexpr int kMargin = 16;       // around the grid
constexpr int kSpacing = 14;      // between cards
constexpr int kPadding = 8;       // inside a card, around thumbnail and caption
constexpr int kCaptionGap = 6;    // thumbnail to first caption line
constexpr qreal kRadius = 6.0;    // card corners
constexpr int kHintColumns = 6;   // columns the size hint asks for
constexpr double kMaxStretch = 1.3;  // widest card, relative to its thumbnail's needs

QColor blend(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

}  // namespace

SequenceGridView::SequenceGridView(QWidget* parent) : QWidget(parent), timer_(new QTimer(this)) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Sequences"));
    timer_->setTimerType(Qt::PreciseTimer);
    connect(timer_, &QTimer::timeout, this, &SequenceGridView::stepFrame);
    setFramesPerSecond(fps_);
}

SequenceGridView::~SequenceGridView() = default;

void SequenceGridView::setPreview(const api::DatasetPreview& preview) {
    QList<Cell> cells;
    cells.reserve(static_cast<qsizetype>(preview.items.size()));
    QSize imageSize;
    int frameCount = 0;
    for (const auto& item : preview.items) {
        Cell cell;
        cell.index = item.index;
        cell.frames = sequenceToImages(item);
        const SequenceCaption caption = captionFor(item, preview.dynamic_labels);
        cell.what = caption.what;
        cell.motion = caption.motion;
        cell.toolTip = toolTipFor(item);
        if (!cell.frames.isEmpty()) {
            imageSize = imageSize.expandedTo(cell.frames.front().size());
            frameCount = std::max(frameCount, static_cast<int>(cell.frames.size()));
        }
        cells.append(std::move(cell));
    }
    cells_ = std::move(cells);
    imageSize_ = imageSize;
    frameCount_ = frameCount;
    hovered_ = -1;
    updateGeometry();
    setCurrentFrame(0);
    updateTimer();
    update();
}

void SequenceGridView::clear() { setPreview(api::DatasetPreview{}); }

int SequenceGridView::count() const { return static_cast<int>(cells_.size()); }
int SequenceGridView::frameCount() const { return frameCount_; }
int SequenceGridView::currentFrame() const { return currentFrame_; }
bool SequenceGridView::isPlaying() const { return playing_; }

QString SequenceGridView::caption(int cell) const {
    if (cell < 0 || cell >= count())
        return {};
    return SequenceCaption{cells_[cell].what, cells_[cell].motion}.text();
}

QString SequenceGridView::toolTip(int cell) const {
    return cell >= 0 && cell < count() ? cells_[cell].toolTip : QString();
}

int SequenceGridView::sequenceIndex(int cell) const {
    return cell >= 0 && cell < count() ? cells_[cell].index : -1;
}

int SequenceGridView::framesPerSecond() const { return fps_; }

void SequenceGridView::setFramesPerSecond(int fps) {
    fps_ = std::clamp(fps, 1, 60);
    timer_->setInterval(1000 / fps_);
}

int SequenceGridView::thumbnailScale() const { return scale_; }

void SequenceGridView::setThumbnailScale(int scale) {
    scale = std::clamp(scale, 1, 8);
    if (scale == scale_)
        return;
    scale_ = scale;
    updateGeometry();
    update();
}

void SequenceGridView::setPlaying(bool playing) {
    if (playing == playing_)
        return;
    playing_ = playing;
    updateTimer();
    Q_EMIT playingChanged(playing_);
}

void SequenceGridView::togglePlaying() { setPlaying(!playing_); }

void SequenceGridView::stepFrame() {
    if (frameCount_ > 0)
        setCurrentFrame((currentFrame_ + 1) % frameCount_);
}

void SequenceGridView::stepBack() {
    if (frameCount_ > 0)
        setCurrentFrame((currentFrame_ + frameCount_ - 1) % frameCount_);
}

void SequenceGridView::setCurrentFrame(int frame) {
    frame = frameCount_ > 0 ? std::clamp(frame, 0, frameCount_ - 1) : 0;
    if (frame == currentFrame_)
        return;
    currentFrame_ = frame;
    update();
    Q_EMIT currentFrameChanged(currentFrame_);
}

void SequenceGridView::updateTimer() {
    if (playing_ && frameCount_ > 1)
        timer_->start();
    else
        timer_->stop();
}

QSize SequenceGridView::thumbnailSize() const {
    const QSize image = imageSize_.isValid() ? imageSize_ : QSize(64, 64);
    return image * scale_;
}

int SequenceGridView::captionLineHeight() const { return fontMetrics().height(); }

SequenceGridView::Metrics SequenceGridView::metricsFor(int width) const {
    Metrics m;
    m.thumb = thumbnailSize();
    m.card = QSize(m.thumb.width() + 2 * kPadding,
                   kPadding + m.thumb.height() + kCaptionGap + 2 * captionLineHeight() + kPadding);
    const int available = width - 2 * kMargin;
    m.columns = std::max(1, (available + kSpacing) / (m.card.width() + kSpacing));
    if (count() > 0)
        m.columns = std::min(m.columns, count());
    // Cards widen (up to kMaxStretch) to fill the row; the thumbnail stays centred and
    // unscaled, the caption gets the room. What is left over centres the grid.
    const int stretched = (available - (m.columns - 1) * kSpacing) / m.columns;
    m.card.setWidth(std::clamp(stretched, m.card.width(), static_cast<int>(m.card.width() * kMaxStretch)));
    const int used = m.columns * m.card.width() + (m.columns - 1) * kSpacing;
    m.left = std::max(kMargin, (width - used) / 2);
    return m;
}

QRect SequenceGridView::cellRect(int cell) const {
    if (cell < 0 || cell >= count())
        return {};
    const Metrics m = metricsFor(width());
    const int row = cell / m.columns, column = cell % m.columns;
    return QRect(QPoint(m.left + column * (m.card.width() + kSpacing),
                        kMargin + row * (m.card.height() + kSpacing)),
                 m.card);
}

QRect SequenceGridView::thumbnailRect(int cell) const {
    const QRect card = cellRect(cell);
    if (card.isEmpty())
        return {};
    const QSize thumb = thumbnailSize();
    return {QPoint(card.left() + (card.width() - thumb.width()) / 2, card.top() + kPadding), thumb};
}

int SequenceGridView::cellAt(const QPoint& pos) const {
    const Metrics m = metricsFor(width());
    const int column = (pos.x() - m.left) / (m.card.width() + kSpacing);
    const int row = (pos.y() - kMargin) / (m.card.height() + kSpacing);
    if (pos.x() < m.left || pos.y() < kMargin || column >= m.columns)
        return -1;
    const int cell = row * m.columns + column;
    return cellRect(cell).contains(pos) ? cell : -1;
}

QSize SequenceGridView::sizeHint() const {
    const Metrics m = metricsFor(0);
    const int columns = std::max(1, std::min(kHintColumns, count()));
    const int width = 2 * kMargin + columns * m.card.width() + (columns - 1) * kSpacing;
    return {width, heightForWidth(width)};
}

QSize SequenceGridView::minimumSizeHint() const {
    const Metrics m = metricsFor(0);
    return {2 * kMargin + m.card.width(), 2 * kMargin + m.card.height()};
}

bool SequenceGridView::hasHeightForWidth() const { return true; }

int SequenceGridView::heightForWidth(int width) const {
    const Metrics m = metricsFor(width);
    const int rows = count() > 0 ? (count() + m.columns - 1) / m.columns : 1;
    return 2 * kMargin + rows * m.card.height() + (rows - 1) * kSpacing;
}

bool SequenceGridView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int cell = cellAt(help->pos());
        if (cell >= 0)
            QToolTip::showText(help->globalPos(), cells_[cell].toolTip, this, cellRect(cell));
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Sequences"));
    return QWidget::event(event);
}

void SequenceGridView::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QPalette& pal = palette();

    if (cells_.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No sequences to show"));
        return;
    }

    // Integer device-pixel magnification stays crisp with nearest-neighbour sampling; a
    // fractional one (e.g. 125 % screens) would give uneven pixels, so it is smoothed.
    const qreal devicePixels = scale_ * devicePixelRatioF();
    const bool smooth = std::abs(devicePixels - std::round(devicePixels)) > 1e-3;
    const QColor cardFill = pal.color(QPalette::Base);
    const QColor cardBorder = blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.16);
    const QColor dimText = pal.color(QPalette::PlaceholderText);
    const QFontMetrics fm = fontMetrics();
    const int line = captionLineHeight();

    for (int i = 0; i < count(); ++i) {
        const QRect card = cellRect(i);
        if (!card.intersects(event->rect()))
            continue;
        const Cell& cell = cells_[i];
        const bool hovered = i == hovered_;

        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(hovered ? pal.color(QPalette::Highlight) : cardBorder, hovered ? 2.0 : 1.0));
        painter.setBrush(cardFill);
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);

        const QRect thumb = thumbnailRect(i);
        if (!cell.frames.isEmpty()) {
            const QImage& image = cell.frames[currentFrame_ % cell.frames.size()];
            const QSize shown = image.size() * scale_;
            const QRect target(thumb.topLeft() + QPoint((thumb.width() - shown.width()) / 2,
                                                        (thumb.height() - shown.height()) / 2),
                               shown);
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
            painter.drawImage(target, image);
        }

        const int textWidth = card.width() - 2 * kPadding;
        const QRect first(card.left() + kPadding, thumb.bottom() + 1 + kCaptionGap, textWidth, line);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(first, Qt::AlignHCenter | Qt::AlignVCenter,
                         fm.elidedText(cell.what, Qt::ElideRight, textWidth));
        painter.setPen(dimText);
        painter.drawText(first.translated(0, line), Qt::AlignHCenter | Qt::AlignVCenter,
                         fm.elidedText(cell.motion, Qt::ElideRight, textWidth));
    }
}

void SequenceGridView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlaying();
        break;
    case Qt::Key_Right:
        setPlaying(false);
        stepFrame();
        break;
    case Qt::Key_Left:
        setPlaying(false);
        stepBack();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SequenceGridView::mouseMoveEvent(QMouseEvent* event) {
    setHovered(cellAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void SequenceGridView::leaveEvent(QEvent* event) {
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void SequenceGridView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void SequenceGridView::setHovered(int cell) {
    if (cell == hovered_)
        return;
    const QRect old = cellRect(hovered_);
    hovered_ = cell;
    update(old.adjusted(-2, -2, 2, 2));
    update(cellRect(hovered_).adjusted(-2, -2, 2, 2));
}

}  // namespace dbse::widgets
