// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailTooltip: a small tool-tip window with a sequence's thumbnail above a few lines of
// text (its labels), e.g. for the point under the mouse in a latent map. The image may come
// later (setImage) while the window is shown. GUI thread only.

#include <QFrame>
#include <QImage>
#include <QPoint>
#include <QString>

class QLabel;

namespace dbse::widgets {

class ThumbnailTooltip : public QFrame {
    Q_OBJECT

public:
    explicit ThumbnailTooltip(QWidget* parent = nullptr);

    // Shows `text` (plain, one item per line) near `globalPos`, with `image` when it is not null.
    void showAt(const QPoint& globalPos, const QString& text, const QImage& image);
    void setImage(const QImage& image);
    QString text() const;
    bool hasImage() const;

private:
    QLabel* image_ = nullptr;
    QLabel* text_ = nullptr;
};

}  // namespace dbse::widgets
