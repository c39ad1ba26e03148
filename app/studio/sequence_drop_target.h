// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SequenceDropTarget: a box that accepts one sequence by drag and drop — the payload of the
// dataset browser and the latent map (widgets/sequence_mime.h; its first index is taken) or a
// media file from the file manager (a file URL). It shows what it holds: a picture and a line
// of text given by its owner. GUI thread only.

#include "widgets/sequence_mime.h"

#include <QFrame>
#include <QImage>

class QLabel;

namespace dbse::studio {

class SequenceDropTarget : public QFrame {
    Q_OBJECT

public:
    // `title`: e.g. "A"; shown above the contents.
    explicit SequenceDropTarget(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // What the box holds, shown until the next setContents (a null image shows none).
    void setContents(const QString& text, const QImage& picture);
    QString text() const;

Q_SIGNALS:
    void sequenceDropped(const dbse::widgets::SequenceSelection& selection);
    void fileDropped(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);

    QLabel* title_;
    QLabel* picture_;
    QLabel* text_;
};

// The local file a drop carries (its first file URL), or "" when it carries none.
QString droppedFile(const QMimeData* mime);

}  // namespace dbse::studio
