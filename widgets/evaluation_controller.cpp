// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/evaluation_controller.h"

#include <exception>
#include <optional>
#include <utility>

namespace dbse::widgets {
namespace {

// What a job hands from its thread to its `finished` (written before the thread ends).
template <typename Value>
struct Outcome {
    std::optional<Value> value;
    bool cancelled = false;
    QString error;
};

template <typename Value, typename Work>
void runCatching(Outcome<Value>& outcome, Work&& work) {
    try {
        outcome.value = work();
    } catch (const Cancelled&) {
        outcome.cancelled = true;
    } catch (const std::exception& e) {
        outcome.error = QString::fromStdString(e.what());
    }
}

}  // namespace

EvaluationController::EvaluationController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<dbse::EvaluationProgress>();
    qRegisterMetaType<dbse::api::ReportView>();
    qRegisterMetaType<dbse::api::JudgePlan>();
}

EvaluationController::~EvaluationController() {
    if (cancel_)
        cancel_->store(true);
}

bool EvaluationController::start(api::EvaluationRequest request) {
    if (running_)
        return false;
    running_ = true;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    request.options.cancel = cancel_.get();
    request.save_to = api::savedEvaluationFile(request.run_dir);
    request.options.on_progress = [this](const EvaluationProgress& p) {
        workers_.post([this, p] { Q_EMIT progressed(p); });
    };
    auto outcome = std::make_shared<Outcome<api::ReportView>>();
    const QString saved = QString::fromStdString(request.save_to);
    workers_.start(QStringLiteral("dbse-evaluation"),
        [outcome, request, flag = cancel_] {
            runCatching(*outcome, [&] { return api::reportViewOf(api::evaluateRunToJson(request), request.save_to); });
        },
        [this, outcome, saved] {
            running_ = false;
            if (outcome->cancelled)
                Q_EMIT cancelled();
            else if (outcome->value)
                Q_EMIT finished(*outcome->value, saved);
            else
                Q_EMIT failed(outcome->error);
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
    auto outcome = std::make_shared<Outcome<api::ReportView>>();
    workers_.start(QStringLiteral("dbse-report"),
        [outcome, file = path.toStdString()] { runCatching(*outcome, [&] { return api::readReportView(file); }); },
        [this, outcome, generation, path] {
            --pendingOpens_;
            if (generation != openGeneration_)
                return;
            if (outcome->value)
                Q_EMIT reportOpened(*outcome->value, path);
            else
                Q_EMIT reportFailed(outcome->error);
        });
}

void EvaluationController::planJudge(const QString& runDir, const QString& protocol, int judgeEpochs) {
    const quint64 generation = ++planGeneration_;
    ++pendingPlans_;
    auto outcome = std::make_shared<Outcome<api::JudgePlan>>();
    workers_.start(QStringLiteral("dbse-judge-plan"),
        [outcome, dir = runDir.toStdString(), p = protocol.toStdString(), judgeEpochs] {
            runCatching(*outcome, [&] { return api::planJudge(dir, p, judgeEpochs); });
        },
        [this, outcome, generation] {
            --pendingPlans_;
            if (generation != planGeneration_)
                return;
            if (outcome->value)
                Q_EMIT judgePlanned(*outcome->value);
            else
                Q_EMIT judgePlanFailed(outcome->error);
        });
}

bool EvaluationController::isBusy() const { return pendingPlans_ > 0 || pendingOpens_ > 0; }

}  // namespace dbse::widgets
