// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WorkerThreads: blocking jobs on their own QThreads, each reporting back on the thread of a
// receiver (normally the GUI thread) when it has finished. The owner of a WorkerThreads (a
// QObject that is the receiver) keeps it as a member; its destructor waits for every job still
// running and drops their reports, so a report never reaches a destroyed receiver.
//
// Jobs cannot be interrupted from here: give them a cancel flag of their own when they are
// long. A job's data handed to `finished` must be written by `work` before it returns (the
// thread's end orders the accesses); pass it through a shared_ptr captured by both.

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace dbse::widgets {

class WorkerThreads {
public:
    WorkerThreads() = default;
    WorkerThreads(const WorkerThreads&) = delete;
    WorkerThreads& operator=(const WorkerThreads&) = delete;
    ~WorkerThreads() {
        for (QThread* thread : std::as_const(threads_)) {
            thread->disconnect();
            thread->wait();
            delete thread;
        }
    }

    // Runs `work` on a new thread named `name`, then `finished` on `receiver`'s thread.
    void start(QObject* receiver, const QString& name, std::function<void()> work, std::function<void()> finished) {
        QThread* thread = QThread::create(std::move(work));
        thread->setObjectName(name);
        threads_.append(thread);
        QObject::connect(thread, &QThread::finished, receiver, [this, thread, finished = std::move(finished)] {
            threads_.removeOne(thread);
            thread->deleteLater();
            finished();
        });
        thread->start();
    }

    bool isEmpty() const { return threads_.isEmpty(); }

private:
    QList<QThread*> threads_;  // owned; removed and deleted when finished
};

}  // namespace dbse::widgets
