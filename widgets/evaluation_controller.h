// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EvaluationController: the Evaluation tab's background work on worker threads, results
// delivered as signals on the controller's (GUI) thread:
//   * one evaluation at a time (api::evaluateRunToJson), with progress and cancel; the report
//     is saved in the run folder and parsed into an api::ReportView off the GUI thread;
//   * opening a saved report file (api::readReportView);
//   * checking whether a judge would be trained (api::planJudge); a newer check supersedes an
//     older one, whose answer is dropped.
// Cancel sets the job's flag: the protocols stop before their next batch and cancelled()
// follows. The destructor cancels and joins every worker (WorkerThreads). Methods: GUI thread
// only.

#include "core/api/evaluation_job.h"
#include "core/api/evaluation_report.h"
#include "widgets/worker_threads.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace dbse::widgets {

class EvaluationController : public QObject {
    Q_OBJECT

public:
    explicit EvaluationController(QObject* parent = nullptr);
    ~EvaluationController() override;

    // Starts evaluating request.run_dir (progress and cancel are set here); false, doing
    // nothing, while an evaluation runs.
    bool start(api::EvaluationRequest request);
    void cancel();
    bool isRunning() const { return running_; }

    void openReport(const QString& path);
    void planJudge(const QString& runDir, const QString& protocol, int judgeEpochs);
    // Whether a report being opened or a judge check has not answered yet.
    bool isBusy() const;

Q_SIGNALS:
    void progressed(const dbse::EvaluationProgress& progress);
    // An evaluation finished; `reportFile` is where it was saved ("" when it could not be).
    void finished(const dbse::api::ReportView& report, const QString& reportFile);
    void cancelled();
    void failed(const QString& message);
    void reportOpened(const dbse::api::ReportView& report, const QString& path);
    void reportFailed(const QString& message);
    void judgePlanned(const dbse::api::JudgePlan& plan);
    void judgePlanFailed(const QString& message);

private:
    std::shared_ptr<std::atomic<bool>> cancel_;  // of the evaluation in flight
    bool running_ = false;
    quint64 planGeneration_ = 0, openGeneration_ = 0;
    int pendingPlans_ = 0, pendingOpens_ = 0;
    WorkerThreads workers_;  // last: destroyed (joined) first
};

}  // namespace dbse::widgets

Q_DECLARE_METATYPE(dbse::EvaluationProgress)
Q_DECLARE_METATYPE(dbse::api::ReportView)
Q_DECLARE_METATYPE(dbse::api::JudgePlan)
