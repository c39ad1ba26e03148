// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PostedCalls: functions posted from any thread run on the thread that owns this object (the
// one that created it, normally the GUI thread), in the order they were posted, from its event
// loop. This is the one way our worker threads hand results and progress back to the GUI.
//
// Why not QMetaObject::invokeMethod with a functor: the queue is guarded by a std::mutex, so the
// hand-off is an edge ThreadSanitizer sees (Qt's event queue locks a futex-based QMutex inside
// the uninstrumented Qt library, and the functor's captures were written by the poster), and
// posts made while earlier ones wait are coalesced into one event.
//
// Contract: post() may be called from any thread while this object lives; the owner ends (joins)
// the threads that post before destroying it. Calls still waiting then are dropped, never run.
// A call may post again and may spin a nested event loop (its calls keep their order).

#include <QObject>

#include <deque>
#include <functional>
#include <mutex>

namespace dbse::widgets {

class PostedCalls : public QObject {
    Q_OBJECT

public:
    PostedCalls();
    ~PostedCalls() override;

    // Any thread.
    void post(std::function<void()> call);

    // Owner's thread: runs the calls waiting now, without waiting for their event (which then
    // finds them gone). The event loop calls it too; calls posted while it runs come with their
    // own event, so a thread posting without pause cannot hold the event loop.
    Q_INVOKABLE void runWaiting();

private:
    std::mutex mutex_;
    std::deque<std::function<void()>> waiting_;  // guarded by mutex_
    bool scheduled_ = false;  // guarded by mutex_: an event to runWaiting() is on its way
};

}  // namespace dbse::widgets
