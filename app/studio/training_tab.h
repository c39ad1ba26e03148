// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TrainingTab: the Training tab. Left: the settings of a new run (TrainingSettingsForm). Right:
// the run being trained or the run last opened: Train / Pause / Resume / Stop / Save checkpoint
// now / Continue, an epoch and step progress bar with throughput and time left, the live loss
// curves (every term, per training step, and validation per epoch) and a one-line log.
// Training runs in a widgets::TrainingController (a worker thread); this tab only listens.
// Retranslates itself on QEvent::LanguageChange. GUI thread only.

#include "widgets/training_controller.h"

#include <QString>
#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QToolButton;

namespace dbse::widgets {
class LossCurvesPlot;
}

namespace dbse::studio {

class TrainingSettingsForm;

class TrainingTab : public QWidget {
    Q_OBJECT

public:
    explicit TrainingTab(QWidget* parent = nullptr);

    // Where new runs are created (a folder per run inside it).
    void setRunsDirectory(const QString& dir) { runsDirectory_ = dir; }
    // The dataset new runs train on, unless the user typed another one.
    void setDataset(const QString& spec);
    // Shows the run in `folder` (its curves so far) and makes it the one "Continue" resumes.
    // Refused (false) while a job runs.
    bool showRun(const QString& folder);

    TrainingSettingsForm* settingsForm() const { return form_; }
    widgets::TrainingController* controller() const { return controller_; }
    widgets::LossCurvesPlot* curves() const { return curves_; }
    QString runFolder() const { return runFolder_; }
    QString logText() const;
    QString progressText() const;
    // Actions with shortcuts, for the window's Training menu; owned by this tab.
    QList<QAction*> actions() const;
    QAction* trainAction() const { return trainAction_; }
    QAction* pauseAction() const { return pauseAction_; }
    QAction* stopAction() const { return stopAction_; }
    QAction* saveAction() const { return saveAction_; }
    QAction* continueAction() const { return continueAction_; }

public Q_SLOTS:
    void train();             // a new run with the form's settings
    void togglePause();
    void stop();
    void saveCheckpointNow();
    void continueRun();       // resumes runFolder() up to the epochs in the spin box

Q_SIGNALS:
    // A run folder was created or resumed (for the Runs dock and the status bar).
    void runStarted(const QString& folder);
    // The run's epochs done / planned changed; empty folder: no run.
    void runProgress(const QString& folder, int epochsDone, int epochsPlanned);
    void runEnded(const QString& folder);
    // The controller's state in words ("Training", "Paused", "Stopping…"), "" when idle.
    void activityChanged(const QString& activity);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createRunView();
    void connectController();
    void onSteps(const QList<api::TrainingStep>& steps);
    void onEpoch(const api::TrainingEpoch& epoch);
    void onStateChanged(widgets::TrainingController::State state);
    void log(const QString& message);
    void resetCurves();
    void updateActions();
    void updateRunLabel();
    void updateStateTexts();  // state label, Pause/Resume text, activityChanged()
    void retranslateUi();

    TrainingSettingsForm* form_ = nullptr;
    widgets::TrainingController* controller_ = nullptr;  // owned (child)
    widgets::LossCurvesPlot* curves_ = nullptr;
    int trainSeries_ = -1, validationSeries_ = -1;
    QToolButton* termsButton_ = nullptr;
    std::array<QAction*, 5> termActions_{};  // owned by the terms menu
    QLabel* runLabel_ = nullptr;
    QLabel* stateLabel_ = nullptr;
    QLabel* speedLabel_ = nullptr;
    QPlainTextEdit* logView_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QSpinBox* continueEpochs_ = nullptr;
    QLabel* continueLabel_ = nullptr;
    QAction* trainAction_ = nullptr;
    QAction* pauseAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QAction* continueAction_ = nullptr;
    QString runsDirectory_;
    QString runFolder_;
    int epochsDone_ = 0, epochsPlanned_ = 0;
};

}  // namespace dbse::studio
