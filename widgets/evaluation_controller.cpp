// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/evaluation_controller.h"

#include <QThread>

#include <exception>
#include <optional>
#include <utility>

namespace dbse::widgets {
namespace {

QString messageOf(const std::exception& e) { return QString::fromStdString(e.what()); }

}  // namespace

EvaluationController::EvaluationController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<dbse::EvaluationProgress>();
    qRegisterMetaType<dbse::api::ReportView>();
    qRegisterMetaType<dbse::api::JudgePlan>();
}

EvaluationController::~EvaluationController() {
    if (cancel_)
        cancel_->store(true);
    for (QThread* thread : std::as_const(threads_)) {
        thread->wait();
        delete thread;
    }
}

template <typename Work>
void EvaluationController::runInThread(const char* name, Work work) {
    QThread* thread = QThread::create(std::move(work));
    thread->setObjectName(QString::fromLatin1(name));
    connect(thread, &QThread::finished, this, [this, thread] { threadEnded(thread); });
    threads_.append(thread);
    thread->start();
}

void EvaluationController::threadEnded(QThread* thread) {
    if (threads_.removeOne(thread)) {
        thread->wait();
        delete thread;
    }
}

bool EvaluationController::start(api::EvaluationRequest request) {
    if (running_)
        return false;
    running_ = true;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    request.options.cancel = cancel_.get();
    request.save_to = api::savedEvaluationFile(request.run_dir);
    request.options.on_progress = [this](const EvaluationProgress& p) {
        QMetaObject::invokeMethod(this, [this, p] { Q_EMIT progressed(p); }, Qt::QueuedConnection);
    };
    runInThread("dbse-evaluation", [this, request, flag = cancel_] {
        enum class End { Done, Cancelled, Failed } end = End::Failed;
        std::optional<api::ReportView> view;
        QString message, saved = QString::fromStdString(request.save_to);
        try {
            const std::string json = api::evaluateRunToJson(request);
            end = End::Done;
            view = api::reportViewOf(json, request.save_to);
        } catch (const Cancelled&) {
            end = End::Cancelled;
        } catch (const std::exception& e) {
            message = messageOf(e);
        }
        QMetaObject::invokeMethod(this, [this, end, view, message, saved] {
            running_ = false;
            if (end == End::Cancelled)
                Q_EMIT cancelled();
            else if (view)
                Q_EMIT finished(*view, saved);
            else
                Q_EMIT failed(message);
        }, Qt::QueuedConnection);
    });
    return true;
}

void EvaluationController::cancel() {
    if (running_ && cancel_)
        cancel_->store(true);
}

void EvaluationController::openReport(const QString& path) {
    const quint64 generation = ++openGeneration_;
    ++pendingOpens_;
    runInThread("dbse-report", [this, generation, file = path.toStdString(), path] {
        std::optional<api::ReportView> view;
        QString message;
        try {
            view = api::readReportView(file);
        } catch (const std::exception& e) {
            message = messageOf(e);
        }
        QMetaObject::invokeMethod(this, [this, generation, view, message, path] {
            --pendingOpens_;
            if (generation != openGeneration_)
                return;
            if (view)
                Q_EMIT reportOpened(*view, path);
            else
                Q_EMIT reportFailed(message);
        }, Qt::QueuedConnection);
    });
}

void EvaluationController::planJudge(const QString& runDir, const QString& protocol, int judgeEpochs) {
    const quint64 generation = ++planGeneration_;
    ++pendingPlans_;
    runInThread("dbse-judge-plan",
                [this, generation, dir = runDir.toStdString(), p = protocol.toStdString(), judgeEpochs] {
                    std::optional<api::JudgePlan> plan;
                    QString message;
                    try {
                        plan = api::planJudge(dir, p, judgeEpochs);
                    } catch (const std::exception& e) {
                        message = messageOf(e);
                    }
                    QMetaObject::invokeMethod(this, [this, generation, plan, message] {
                        --pendingPlans_;
                        if (generation != planGeneration_)
                            return;
                        if (plan)
                            Q_EMIT judgePlanned(*plan);
                        else
                            Q_EMIT judgePlanFailed(message);
                    }, Qt::QueuedConnection);
                });
}

bool EvaluationController::isBusy() const { return pendingPlans_ > 0 || pendingOpens_ > 0; }

}  // namespace dbse::widgets
