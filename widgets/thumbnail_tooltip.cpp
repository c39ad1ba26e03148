// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/thumbnail_tooltip.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QVBoxLayout>

namespace dbse::widgets {
namespace {

constexpr int kOffset = 16;  // pixels between the mouse and the window

}  // namespace

ThumbnailTooltip::ThumbnailTooltip(QWidget* parent) : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint) {
    setObjectName(QStringLiteral("thumbnailTooltip"));
    setFrameShape(QFrame::Box);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    image_ = new QLabel;
    image_->setAlignment(Qt::AlignCenter);
    text_ = new QLabel;
    text_->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(image_);
    layout->addWidget(text_);
}

void ThumbnailTooltip::showAt(const QPoint& globalPos, const QString& text, const QImage& image) {
    text_->setText(text);
    setImage(image);
    adjustSize();
    QPoint at = globalPos + QPoint(kOffset, kOffset);
    if (const QScreen* screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        if (at.x() + width() > area.right())
            at.setX(globalPos.x() - kOffset - width());
        if (at.y() + height() > area.bottom())
            at.setY(globalPos.y() - kOffset - height());
    }
    move(at);
    show();
    raise();
}

void ThumbnailTooltip::setImage(const QImage& image) {
    image_->setPixmap(QPixmap::fromImage(image));
    image_->setVisible(!image.isNull());
    adjustSize();
}

QString ThumbnailTooltip::text() const { return text_->text(); }

bool ThumbnailTooltip::hasImage() const { return image_->pixmap().isNull() == false; }

}  // namespace dbse::widgets
