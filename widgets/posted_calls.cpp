// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/posted_calls.h"

#include <QMetaObject>

#include <utility>

namespace dbse::widgets {

PostedCalls::PostedCalls() = default;

PostedCalls::~PostedCalls() {
    // Taken under the lock: the posting threads have ended, and the lock orders their last
    // pushes before these destructors (also for ThreadSanitizer).
    std::deque<std::function<void()>> dropped;
    std::lock_guard<std::mutex> lock(mutex_);
    dropped.swap(waiting_);
}

void PostedCalls::post(std::function<void()> call) {
    bool schedule = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        waiting_.push_back(std::move(call));
        schedule = !std::exchange(scheduled_, true);
    }
    // By name: the event is made inside Qt, so nothing of it is written by this thread.
    if (schedule)
        QMetaObject::invokeMethod(this, "runWaiting", Qt::QueuedConnection);
}

void PostedCalls::runWaiting() {
    // Calls posted from here on schedule their own event; so do calls posted while a call
    // below spins a nested event loop, which then runs them (always from the front: in order).
    std::size_t count = 0;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        count = waiting_.size();
        scheduled_ = false;
    }
    for (; count > 0; --count) {
        std::function<void()> call;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (waiting_.empty())  // a nested event loop ran them
                return;
            call = std::move(waiting_.front());
            waiting_.pop_front();
        }
        call();
    }
}

}  // namespace dbse::widgets
