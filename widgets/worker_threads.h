// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WorkerThreads: blocking jobs on worker threads, each reporting back on the thread that created
// the WorkerThreads (normally the GUI thread) when it has finished. The owner (the QObject whose
// jobs these are) keeps it as its last member; its destructor drops the jobs not yet started,
// waits for those running and drops their reports, so a report never reaches a destroyed owner.
//
// The threads are kept between jobs (a private pool, idle threads end after some minutes):
// LibTorch's OpenMP team and the allocator's arena belong to a thread, and a fresh thread per
// job paid for making them again on every swap. Jobs run concurrently up to the pool's size
// (at least 4) and queue beyond it, in order.
//
// Jobs cannot be interrupted from here: give them a cancel flag of their own when they are
// long. A job's data handed to `finished` must be written by `work` before it returns (the
// report is posted after it, which orders the accesses); pass it through a shared_ptr
// captured by both. Every hand-off between the threads (a job's start, post(), the reports)
// is one ThreadSanitizer sees, so the tsan build checks the jobs' own accesses.

#include "widgets/posted_calls.h"

#include <QString>
#include <QThreadPool>

#include <functional>

namespace dbse::widgets {

class WorkerThreads {
public:
    WorkerThreads();
    WorkerThreads(const WorkerThreads&) = delete;
    WorkerThreads& operator=(const WorkerThreads&) = delete;
    ~WorkerThreads();

    // Runs `work` on a worker thread (named `name` while it runs), then `finished` on the
    // creating thread. Creating thread only.
    void start(const QString& name, std::function<void()> work, std::function<void()> finished);

    // From a running job (or the creating thread): `call` runs on the creating thread, in order
    // with the other posts and the reports (a job's progress comes before its `finished`).
    void post(std::function<void()> call) { reports_.post(std::move(call)); }

    // No job running, queued or waiting to report.
    bool isEmpty() const { return pending_ == 0; }

    // Blocks the creating thread until no job is running or queued, then runs the waiting
    // reports and posts at once; false (running nothing) after `msecs` (-1: no limit).
    bool finishAll(int msecs = -1);

private:
    int pending_ = 0;      // started, report not yet delivered (creating thread only)
    PostedCalls reports_;  // before pool_: outlives the threads that post to it
    QThreadPool pool_;
};

}  // namespace dbse::widgets
