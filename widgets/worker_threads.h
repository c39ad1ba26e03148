// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WorkerThreads: blocking jobs on worker threads, each reporting back on the thread of a
// receiver (normally the GUI thread) when it has finished. The owner of a WorkerThreads (a
// QObject that is the receiver) keeps it as a member; its destructor drops the jobs not yet started,
// waits for those running and drops their reports, so a report never reaches a destroyed receiver.
//
// The threads are kept between jobs (a private pool, idle threads end after some minutes):
// LibTorch's OpenMP team and the allocator's arena belong to a thread, and a fresh thread per
// job paid for making them again on every swap. Jobs run concurrently up to the pool's size
// (at least 4) and queue beyond it, in order.
//
// Jobs cannot be interrupted from here: give them a cancel flag of their own when they are
// long. A job's data handed to `finished` must be written by `work` before it returns (the
// report is posted after it, which orders the accesses); pass it through a shared_ptr
// captured by both.

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace dbse::widgets {

class WorkerThreads {
public:
    WorkerThreads();
    WorkerThreads(const WorkerThreads&) = delete;
    WorkerThreads& operator=(const WorkerThreads&) = delete;
    ~WorkerThreads();

    // Runs `work` on a worker thread (named `name` while it runs), then `finished` on
    // `receiver`'s thread. GUI (receiver) thread only.
    void start(QObject* receiver, const QString& name, std::function<void()> work, std::function<void()> finished);

    // No job running, queued or waiting to report.
    bool isEmpty() const { return pending_ == 0; }

private:
    std::shared_ptr<std::atomic<bool>> alive_ = std::make_shared<std::atomic<bool>>(true);
    int pending_ = 0;  // started, report not yet delivered (receiver thread only)
    QThreadPool pool_;
};

}  // namespace dbse::widgets
