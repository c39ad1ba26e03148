// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DatasetBuildJob: runs api::buildDataset on a worker thread and reports on the job's own
// thread (the GUI thread): progress (coalesced, so a fast loader cannot flood the event loop),
// then exactly one of finished / failed / cancelled per start(). cancel() asks the loader to
// stop at the next source file. The destructor cancels a running build and waits for it.

#include "core/api/dataset_build.h"
#include "widgets/worker_threads.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace dbse::studio {

class DatasetBuildJob : public QObject {
    Q_OBJECT

public:
    explicit DatasetBuildJob(QObject* parent = nullptr);
    ~DatasetBuildJob() override;

    // Starts building `request` (its progress and cancel fields are replaced). Refused (false)
    // while a build runs.
    bool start(api::DatasetBuildRequest request);
    void cancel();
    bool isRunning() const { return !worker_.isEmpty(); }
    // The result of the last build that emitted finished().
    const api::DatasetBuildSummary& summary() const { return summary_; }

Q_SIGNALS:
    void progressChanged(double fraction, const QString& what);  // fraction in [0, 1]
    void finished(const QString& spec);   // summary() holds the result
    void failed(const QString& message);  // the loader's message, "<file>: <problem>"
    void cancelled();

private:
    struct Shared;  // state the worker thread writes, read here once it posts
    void deliverProgress();
    void buildEnded();

    std::shared_ptr<Shared> shared_;
    api::DatasetBuildSummary summary_;
    widgets::WorkerThreads worker_;  // the build, if any; last: destroyed (joined) first, after the destructor cancelled
};

}  // namespace dbse::studio
