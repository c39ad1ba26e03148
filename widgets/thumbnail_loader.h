// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailLoader: renders thumbnails on demand on a worker thread (WorkerThreads), in
// batches, and reports each on the loader's own thread (the GUI thread).
//
// request() only queues: the batch starts on the next turn of the event loop, so a view's
// paint asking for 30 rows costs one batch. At most one batch runs at a time; the newest
// requests are served first (they are what the user scrolled to). setRender() drops the
// queue and makes results of the old renderer be discarded. The destructor asks the running
// batch to stop after its current item and waits for it.

#include "widgets/worker_threads.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace dbse::widgets {

class ThumbnailLoader : public QObject {
    Q_OBJECT

public:
    // Runs on the worker thread, so it must only read immutable data; may throw (the
    // thumbnail is then reported as a null image).
    using Render = std::function<QImage(qint64 index)>;
    static constexpr int kBatchSize = 24;

    explicit ThumbnailLoader(QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    void setRender(Render render);
    // Queues `index` unless it is queued or being rendered already.
    void request(qint64 index);
    bool isBusy() const;  // a batch is running or queued

Q_SIGNALS:
    void ready(qint64 index, const QImage& image);

private:
    void startBatch();

    Render render_;
    QList<qint64> queue_;   // oldest first
    QSet<qint64> wanted_;   // queued or rendering
    std::shared_ptr<std::atomic_bool> cancel_;
    quint64 generation_ = 0;
    bool scheduled_ = false;
    WorkerThreads worker_;  // the running batch, if any; last: destroyed (joined) first, after the destructor cancelled
};

}  // namespace dbse::widgets
