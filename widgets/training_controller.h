// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TrainingController: runs one training job (api::trainNewRun / api::resumeRun) on a worker
// thread (WorkerThreads) and turns its callbacks into signals on the controller's thread (the
// GUI thread), in the order the job made them.
//
// Steps are coalesced: the worker appends them to a queue and posts one notification while the
// queue is non-empty, so a fast GPU run cannot flood the event loop; stepsReceived() carries
// every step in order. Pause, stop and "save checkpoint now" are requests served after the
// current step (api::TrainingControl). The destructor requests a stop and waits for the job,
// which saves a checkpoint first. Controller methods: GUI thread only.

#include "core/api/training_job.h"
#include "widgets/worker_threads.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace dbse::widgets {

class TrainingController : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Starting, Training, Paused, Stopping };
    Q_ENUM(State)

    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    // Start a new run in `runDir` / continue the run in `runDir` (to `epochs` when given).
    // Return false, doing nothing, while a job is running.
    bool startNew(const QString& runDir, const RunConfig& config);
    bool startResumed(const QString& runDir, std::optional<int> epochs = std::nullopt);

    void setPaused(bool paused);
    void stop();
    void saveCheckpointNow();

    State state() const { return state_; }
    bool isRunning() const { return state_ != State::Idle; }
    QString runDir() const { return runDir_; }
    // Blocks the calling (GUI) thread until the job has ended and its signals were delivered;
    // false after `msecs` (-1: no limit). For closing the window and for tests.
    bool waitForFinished(int msecs = -1);

Q_SIGNALS:
    void stateChanged(dbse::widgets::TrainingController::State state);
    // The run folder exists and the dataset is loaded; `runDir` as given to start*().
    void ready(const QString& runDir);
    void stepsReceived(const QList<dbse::api::TrainingStep>& steps);
    void epochFinished(const dbse::api::TrainingEpoch& epoch);
    void checkpointSaved(int epoch, qint64 batch);
    // The job has actually paused after step `globalStep` (true), or continues (false).
    // setPaused() only asks; this follows when the step in flight has ended.
    void pausedChanged(bool paused, qint64 globalStep);
    // The job ended: finished, stopped (checkpoint kept) or diverged; `message` for the user.
    void finished(dbse::api::TrainingOutcome outcome, const QString& message);
    // The job could not start or failed (bad dataset, disk error...); `message` for the user.
    void failed(const QString& message);

private:
    using Job = std::function<api::TrainingResult(api::TrainingControl&, const api::TrainingEvents&)>;
    bool start(const QString& runDir, Job job);
    void setState(State state);
    void deliverSteps();
    void onJobEnded(std::optional<api::TrainingResult> result, const QString& error);

    std::shared_ptr<api::TrainingControl> control_;
    std::mutex stepsMutex_;
    QList<api::TrainingStep> pendingSteps_;  // guarded by stepsMutex_
    State state_ = State::Idle;
    QString runDir_;
    WorkerThreads worker_;  // last: destroyed (joined) first, after the destructor asked to stop
};

}  // namespace dbse::widgets

Q_DECLARE_METATYPE(dbse::api::TrainingStep)
Q_DECLARE_METATYPE(dbse::api::TrainingEpoch)
Q_DECLARE_METATYPE(dbse::api::TrainingOutcome)
