// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EvaluationTab: the Evaluation tab. Runs the paper's protocols (`dbse eval`) on the current
// run in the background: protocol, repeats and judge epochs, Run / Cancel, a progress bar with
// the phase, and a note saying whether a judge will be trained first (slow on a CPU) or a
// cached one is reused. Shows the report (EvaluationReportView): the one just made (also saved
// as <run>/evaluation.json and shown again when the run is reopened), or a report.json opened
// with "Open Report…" or dropped on the tab (`dbse eval --out`, `dbse benchmark`).
// It evaluates the run of the window's ExploreSession (the model is loaded afresh by the
// protocols, so the session's snapshot is not needed). Work runs in a
// widgets::EvaluationController. Retranslates itself on QEvent::LanguageChange.
// GUI thread only.

#include "core/api/evaluation_job.h"

#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace dbse::api {
struct ReportView;
}

namespace dbse::widgets {
class EvaluationController;
}

namespace dbse::studio {

class EvaluationReportView;
class ExploreSession;

class EvaluationTab : public QWidget {
    Q_OBJECT

public:
    // Follows `session`'s run when given (not owned; it must outlive the tab); without one,
    // setRunFolder() chooses the run.
    explicit EvaluationTab(ExploreSession* session = nullptr, QWidget* parent = nullptr);

    // The run Evaluate evaluates; shows its saved report when it has one. "" for none.
    void setRunFolder(const QString& folder);
    QString runFolder() const { return runFolder_; }
    // Opens a saved report (in the background); errors appear in the tab, naming the file.
    void openReport(const QString& path);

    widgets::EvaluationController* controller() const { return controller_; }
    EvaluationReportView* reportView() const { return report_; }
    QComboBox* protocolBox() const { return protocol_; }
    QSpinBox* repeatsBox() const { return repeats_; }
    QSpinBox* judgeEpochsBox() const { return judgeEpochs_; }
    QPushButton* runButton() const { return run_; }
    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* progressBar() const { return progress_; }
    QString judgeNote() const;
    QString messageText() const;
    // A report being opened or a judge check in flight (for --screenshot).
    bool isBusy() const;

public Q_SLOTS:
    void runEvaluation();
    void cancelEvaluation();
    void chooseReport();

Q_SIGNALS:
    void reportShown();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslateUi();
    void updateControls();
    void requestJudgePlan();
    void showJudgePlan();
    void showProgress(const EvaluationProgress& progress);
    void showMessage(const QString& message, bool error);
    void showReport(const api::ReportView& report, const QString& source);
    QString phaseText(const EvaluationProgress& progress) const;

    widgets::EvaluationController* controller_ = nullptr;
    EvaluationReportView* report_ = nullptr;
    QString runFolder_;
    QLabel* runLabel_ = nullptr;
    QLabel* protocolLabel_ = nullptr;
    QLabel* repeatsLabel_ = nullptr;
    QLabel* judgeEpochsLabel_ = nullptr;
    QComboBox* protocol_ = nullptr;
    QSpinBox* repeats_ = nullptr;
    QSpinBox* judgeEpochs_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QPushButton* open_ = nullptr;
    QLabel* judgeNote_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* phase_ = nullptr;
    QLabel* message_ = nullptr;
    QTimer* planTimer_ = nullptr;  // coalesces judge checks while the settings change
    bool cancelling_ = false;
    std::optional<api::JudgePlan> plan_;  // of the current run and settings, once known
    QString planError_;
    std::optional<EvaluationProgress> lastProgress_;
};

}  // namespace dbse::studio
