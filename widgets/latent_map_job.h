// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LatentMapJob: runs api::computeLatentMap on a worker thread and reports its layouts on the
// job's own thread (the GUI thread) as signals.
//
// Each start() cancels the running computation (it stops within one t-SNE iteration) and
// supersedes it: nothing of an older start is reported after a newer start() or cancel().
// The destructor cancels and joins every worker. GUI thread only.

#include "core/api/latent_map.h"
#include "widgets/worker_threads.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

namespace dbse::api {
class OpenedDataset;
class RunModel;
}  // namespace dbse::api

namespace dbse::widgets {

class LatentMapJob : public QObject {
    Q_OBJECT

public:
    explicit LatentMapJob(QObject* parent = nullptr);
    ~LatentMapJob() override;

    void start(std::shared_ptr<api::RunModel> model, std::shared_ptr<const api::OpenedDataset> dataset,
               const api::LatentMapRequest& request);
    // Stops the running computation; it reports nothing more.
    void cancel();
    bool isRunning() const { return running_; }
    // Layouts reported since the last start().
    int layoutsReported() const { return reported_; }

Q_SIGNALS:
    // A layout of code `code` (point i = sequence i of the split); `final` is its last one.
    void layoutReady(dbse::api::LatentCode code, const QVector<QPointF>& points, int iteration, int iterations,
                     bool final);
    // Exactly one of these ends every start() that is not superseded or cancelled.
    void finished();
    void failed(const QString& message);

private:
    std::shared_ptr<std::atomic<bool>> cancel_;
    quint64 generation_ = 0;
    bool running_ = false;
    int reported_ = 0;
    WorkerThreads workers_;  // last member: joined first, after the destructor cancelled them
};

}  // namespace dbse::widgets
