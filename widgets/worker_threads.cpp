// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/worker_threads.h"

#include <QRunnable>
#include <QThread>

#include <algorithm>
#include <utility>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define DBSE_THREAD_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define DBSE_THREAD_SANITIZER 1
#endif
#ifdef DBSE_THREAD_SANITIZER
#include <sanitizer/tsan_interface.h>
#endif

namespace dbse::widgets {
namespace {
constexpr int kMinThreads = 4;
constexpr int kIdleThreadLifetimeMs = 5 * 60 * 1000;

// QThreadPool hands a job to a busy thread under its futex-based QMutex, inside the
// uninstrumented Qt library: for ThreadSanitizer the job's construction here and its run there
// would be unordered. The release before start() and the acquire first thing in run() state
// the order the pool's lock provides. No code in other builds.
void handOffRelease([[maybe_unused]] void* object) {
#ifdef DBSE_THREAD_SANITIZER
    __tsan_release(object);
#endif
}

void handOffAcquire([[maybe_unused]] void* object) {
#ifdef DBSE_THREAD_SANITIZER
    __tsan_acquire(object);
#endif
}

// One job; deleted by the pool after run().
class Job final : public QRunnable {
public:
    Job(QString name, std::function<void()> work, std::function<void()> report)
        : name_(std::move(name)), work_(std::move(work)), report_(std::move(report)) {}

    void run() override {
        handOffAcquire(this);
        QThread::currentThread()->setObjectName(name_);
        work_();
        report_();
    }

private:
    QString name_;
    std::function<void()> work_;
    std::function<void()> report_;
};

}  // namespace

WorkerThreads::WorkerThreads() {
    pool_.setMaxThreadCount(std::max(kMinThreads, QThread::idealThreadCount()));
    pool_.setExpiryTimeout(kIdleThreadLifetimeMs);
}

WorkerThreads::~WorkerThreads() {
    pool_.clear();  // queued jobs never start
    pool_.waitForDone();
    // reports_ is destroyed after pool_, dropping the reports not yet delivered.
}

void WorkerThreads::start(const QString& name, std::function<void()> work, std::function<void()> finished) {
    ++pending_;
    auto report = [this, finished = std::move(finished)]() mutable {
        reports_.post([this, finished = std::move(finished)] {
            --pending_;
            finished();
        });
    };
    auto* job = new Job(name, std::move(work), std::move(report));
    handOffRelease(job);
    pool_.start(job);
}

bool WorkerThreads::finishAll(int msecs) {
    if (!pool_.waitForDone(msecs))
        return false;
    reports_.runWaiting();
    return true;
}

}  // namespace dbse::widgets
