// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/training_controller.h"

#include <exception>
#include <utility>

namespace dbse::widgets {

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<api::TrainingStep>();
    qRegisterMetaType<api::TrainingEpoch>();
    qRegisterMetaType<api::TrainingOutcome>();
}

TrainingController::~TrainingController() {
    if (control_)
        control_->requestStop();
    // worker_'s destructor waits for the job, which saves a checkpoint as it stops.
}

bool TrainingController::startNew(const QString& runDir, const RunConfig& config) {
    const std::string dir = runDir.toStdString();
    return start(runDir, [dir, config](api::TrainingControl& control, const api::TrainingEvents& events) {
        return api::trainNewRun(dir, config, control, events);
    });
}

bool TrainingController::startResumed(const QString& runDir, std::optional<int> epochs) {
    const std::string dir = runDir.toStdString();
    return start(runDir, [dir, epochs](api::TrainingControl& control, const api::TrainingEvents& events) {
        return api::resumeRun(dir, epochs, control, events);
    });
}

bool TrainingController::start(const QString& runDir, Job job) {
    if (isRunning())
        return false;
    runDir_ = runDir;
    control_ = std::make_shared<api::TrainingControl>();
    {
        std::lock_guard<std::mutex> lock(stepsMutex_);
        pendingSteps_.clear();
    }
    // The callbacks run on the worker; each posts to this thread through worker_, which drops
    // what is still waiting when the controller is destroyed (its destructor joins the job).
    api::TrainingEvents events;
    events.on_ready = [this, runDir](const std::string&, const RunConfig&) {
        worker_.post([this, runDir] {
            if (state_ == State::Starting)
                setState(control_->paused() ? State::Paused : State::Training);
            Q_EMIT ready(runDir);
        });
    };
    events.on_step = [this](const api::TrainingStep& step) {
        bool first = false;
        {
            std::lock_guard<std::mutex> lock(stepsMutex_);
            first = pendingSteps_.isEmpty();
            pendingSteps_.append(step);
        }
        if (first)
            worker_.post([this] { deliverSteps(); });
    };
    events.on_epoch = [this](const api::TrainingEpoch& epoch) {
        worker_.post([this, epoch] {
            deliverSteps();  // the epoch's last steps come before its summary
            Q_EMIT epochFinished(epoch);
        });
    };
    events.on_checkpoint = [this](int epoch, int64_t batch) {
        worker_.post([this, epoch, batch] { Q_EMIT checkpointSaved(epoch, batch); });
    };
    events.on_pause = [this](bool paused, int64_t step) {
        worker_.post([this, paused, step] {
            deliverSteps();
            Q_EMIT pausedChanged(paused, step);
        });
    };
    // What the job hands to its report (written before the job returns).
    struct Ended {
        std::optional<api::TrainingResult> result;
        QString error;
    };
    auto ended = std::make_shared<Ended>();
    worker_.start(
        QStringLiteral("dbse-training"),
        [ended, control = control_, events, job = std::move(job)] {
            try {
                ended->result = job(*control, events);
            } catch (const std::exception& e) {
                ended->error = QString::fromStdString(e.what());
            } catch (...) {
                ended->error = tr("training failed with an unknown error");
            }
        },
        [this, ended] { onJobEnded(ended->result, ended->error); });
    setState(State::Starting);
    return true;
}

void TrainingController::deliverSteps() {
    QList<api::TrainingStep> steps;
    {
        std::lock_guard<std::mutex> lock(stepsMutex_);
        steps.swap(pendingSteps_);
    }
    if (!steps.isEmpty())
        Q_EMIT stepsReceived(steps);
}

void TrainingController::onJobEnded(std::optional<api::TrainingResult> result, const QString& error) {
    deliverSteps();
    setState(State::Idle);
    if (result)
        Q_EMIT finished(result->outcome, QString::fromStdString(result->message));
    else
        Q_EMIT failed(error);
}

void TrainingController::setPaused(bool paused) {
    if (!control_ || state_ == State::Idle || state_ == State::Stopping)
        return;
    control_->setPaused(paused);
    if (state_ != State::Starting)
        setState(paused ? State::Paused : State::Training);
}

void TrainingController::stop() {
    if (!control_ || state_ == State::Idle)
        return;
    control_->requestStop();
    setState(State::Stopping);
}

void TrainingController::saveCheckpointNow() {
    if (control_ && isRunning())
        control_->requestCheckpoint();
}

bool TrainingController::waitForFinished(int msecs) {
    return worker_.finishAll(msecs) && !isRunning();
}

void TrainingController::setState(State state) {
    if (state_ == state)
        return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

}  // namespace dbse::widgets
