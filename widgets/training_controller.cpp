// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/training_controller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <exception>
#include <utility>

namespace dbse::widgets {

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<api::TrainingStep>();
    qRegisterMetaType<api::TrainingEpoch>();
    qRegisterMetaType<api::TrainingOutcome>();
}

TrainingController::~TrainingController() {
    if (thread_) {
        control_->requestStop();
        thread_->wait();
        delete thread_;
    }
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
    // The callbacks run on the worker; each posts to this object, so nothing is delivered
    // after the controller is gone (the destructor also waits for the worker).
    api::TrainingEvents events;
    events.on_ready = [this, runDir](const std::string&, const RunConfig&) {
        QMetaObject::invokeMethod(this, [this, runDir] {
            if (state_ == State::Starting)
                setState(control_->paused() ? State::Paused : State::Training);
            Q_EMIT ready(runDir);
        }, Qt::QueuedConnection);
    };
    events.on_step = [this](const api::TrainingStep& step) {
        bool first = false;
        {
            std::lock_guard<std::mutex> lock(stepsMutex_);
            first = pendingSteps_.isEmpty();
            pendingSteps_.append(step);
        }
        if (first)
            QMetaObject::invokeMethod(this, &TrainingController::deliverSteps, Qt::QueuedConnection);
    };
    events.on_epoch = [this](const api::TrainingEpoch& epoch) {
        QMetaObject::invokeMethod(this, [this, epoch] {
            deliverSteps();  // the epoch's last steps come before its summary
            Q_EMIT epochFinished(epoch);
        }, Qt::QueuedConnection);
    };
    events.on_checkpoint = [this](int epoch, int64_t batch) {
        QMetaObject::invokeMethod(this, [this, epoch, batch] { Q_EMIT checkpointSaved(epoch, batch); },
                                  Qt::QueuedConnection);
    };
    events.on_pause = [this](bool paused, int64_t step) {
        QMetaObject::invokeMethod(this, [this, paused, step] {
            deliverSteps();
            Q_EMIT pausedChanged(paused, step);
        }, Qt::QueuedConnection);
    };
    std::shared_ptr<api::TrainingControl> control = control_;
    thread_ = QThread::create([this, control, events, job = std::move(job)] {
        std::optional<api::TrainingResult> result;
        QString error;
        try {
            result = job(*control, events);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        } catch (...) {
            error = tr("training failed with an unknown error");
        }
        QMetaObject::invokeMethod(this, [this, result, error] { onJobEnded(result, error); }, Qt::QueuedConnection);
    });
    thread_->setObjectName(QStringLiteral("dbse-training"));
    setState(State::Starting);
    thread_->start();
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
    if (thread_) {
        thread_->wait();
        delete thread_;
        thread_ = nullptr;
    }
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
    if (thread_ && !thread_->wait(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs)))
        return false;
    QCoreApplication::sendPostedEvents(this);  // the queued steps, epochs and the job's end
    return !isRunning();
}

void TrainingController::setState(State state) {
    if (state_ == state)
        return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

}  // namespace dbse::widgets
