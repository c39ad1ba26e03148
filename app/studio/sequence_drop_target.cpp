// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/sequence_drop_target.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPixmap>
#include <QUrl>
#include <QVBoxLayout>

namespace dbse::studio {
namespace {

constexpr int kPictureSide = 48;  // logical pixels

bool accepts(const QMimeData* mime) {
    return mime && (widgets::decodeSequences(mime).has_value() || !droppedFile(mime).isEmpty());
}

}  // namespace

QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    return {};
}

SequenceDropTarget::SequenceDropTarget(const QString& title, QWidget* parent)
    : QFrame(parent), title_(new QLabel(this)), picture_(new QLabel(this)), text_(new QLabel(this)) {
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setAutoFillBackground(true);
    QFont bold = title_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.4);
    title_->setFont(bold);
    title_->setText(title);
    picture_->setFixedSize(kPictureSide, kPictureSide);
    picture_->setAlignment(Qt::AlignCenter);
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(title_);
    layout->addWidget(picture_);
    layout->addWidget(text_, 1);
    setMinimumHeight(kPictureSide + 10);
}

void SequenceDropTarget::setTitle(const QString& title) { title_->setText(title); }

void SequenceDropTarget::setContents(const QString& text, const QImage& picture) {
    text_->setText(text);
    if (picture.isNull()) {
        picture_->clear();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(picture.scaled(QSize(kPictureSide, kPictureSide) * ratio, Qt::KeepAspectRatio,
                                                       Qt::FastTransformation));
    pixmap.setDevicePixelRatio(ratio);
    picture_->setPixmap(pixmap);
}

QString SequenceDropTarget::text() const { return text_->text(); }

void SequenceDropTarget::setHighlighted(bool on) {
    setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    setForegroundRole(on ? QPalette::HighlightedText : QPalette::WindowText);
}

void SequenceDropTarget::dragEnterEvent(QDragEnterEvent* event) {
    if (!accepts(event->mimeData()))
        return;
    setHighlighted(true);
    event->acceptProposedAction();
}

void SequenceDropTarget::dragMoveEvent(QDragMoveEvent* event) {
    if (accepts(event->mimeData()))
        event->acceptProposedAction();
}

void SequenceDropTarget::dragLeaveEvent(QDragLeaveEvent* event) {
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void SequenceDropTarget::dropEvent(QDropEvent* event) {
    setHighlighted(false);
    const QMimeData* mime = event->mimeData();
    if (const auto selection = widgets::decodeSequences(mime)) {
        event->acceptProposedAction();
        Q_EMIT sequenceDropped(*selection);
        return;
    }
    const QString file = droppedFile(mime);
    if (!file.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT fileDropped(file);
    }
}

}  // namespace dbse::studio
