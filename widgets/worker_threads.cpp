// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/worker_threads.h"

#include <QMetaObject>
#include <QRunnable>
#include <QThread>

#include <algorithm>

namespace dbse::widgets {
namespace {
constexpr int kMinThreads = 4;
constexpr int kIdleThreadLifetimeMs = 5 * 60 * 1000;
}  // namespace

WorkerThreads::WorkerThreads() {
    pool_.setMaxThreadCount(std::max(kMinThreads, QThread::idealThreadCount()));
    pool_.setExpiryTimeout(kIdleThreadLifetimeMs);
}

WorkerThreads::~WorkerThreads() {
    alive_->store(false);
    pool_.clear();  // queued jobs never start
    pool_.waitForDone();
}

void WorkerThreads::start(QObject* receiver, const QString& name, std::function<void()> work,
                          std::function<void()> finished) {
    ++pending_;
    pool_.start(QRunnable::create([this, receiver, name, alive = alive_, work = std::move(work),
                                   finished = std::move(finished)]() mutable {
        QThread::currentThread()->setObjectName(name);
        work();
        // Queued on the receiver: dropped by Qt if the receiver is gone, and by `alive` if this
        // WorkerThreads is (its owner is being destroyed).
        QMetaObject::invokeMethod(
            receiver,
            [this, alive, finished = std::move(finished)] {
                if (!alive->load())
                    return;
                --pending_;
                finished();
            },
            Qt::QueuedConnection);
    }));
}

}  // namespace dbse::widgets
