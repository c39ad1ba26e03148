// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/training_tab.h"

#include "app/studio/training_settings_form.h"
#include "widgets/loss_curves_plot.h"
#include "widgets/run_list_model.h"
#include "widgets/run_metrics.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dbse::studio {
namespace {

using widgets::LossCurvesPlot;
using State = widgets::TrainingController::State;

constexpr int kLogLines = 500;

// "1 h 05 min", "4 min 10 s", "12 s".
QString durationText(double seconds) {
    const qint64 s = std::llround(std::max(0.0, seconds));
    if (s >= 3600)
        return TrainingTab::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return TrainingTab::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return TrainingTab::tr("%1 s").arg(s);
}

}  // namespace

TrainingTab::TrainingTab(QWidget* parent) : QWidget(parent), controller_(new widgets::TrainingController(this)) {
    setObjectName(QStringLiteral("trainingTab"));
    trainAction_ = new QAction(this);
    trainAction_->setObjectName(QStringLiteral("trainAction"));
    trainAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    pauseAction_ = new QAction(this);
    pauseAction_->setObjectName(QStringLiteral("pauseAction"));
    pauseAction_->setCheckable(true);
    pauseAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));  // Ctrl+P plays the dataset preview
    stopAction_ = new QAction(this);
    stopAction_->setObjectName(QStringLiteral("stopAction"));
    stopAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    saveAction_ = new QAction(this);
    saveAction_->setObjectName(QStringLiteral("saveCheckpointAction"));
    saveAction_->setShortcut(QKeySequence::Save);
    continueAction_ = new QAction(this);
    continueAction_->setObjectName(QStringLiteral("continueAction"));
    continueAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    const QStyle* s = style();
    trainAction_->setIcon(s->standardIcon(QStyle::SP_MediaPlay));
    pauseAction_->setIcon(s->standardIcon(QStyle::SP_MediaPause));
    stopAction_->setIcon(s->standardIcon(QStyle::SP_MediaStop));
    saveAction_->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    continueAction_->setIcon(s->standardIcon(QStyle::SP_MediaSeekForward));
    connect(trainAction_, &QAction::triggered, this, &TrainingTab::train);
    connect(pauseAction_, &QAction::triggered, this, &TrainingTab::togglePause);
    connect(stopAction_, &QAction::triggered, this, &TrainingTab::stop);
    connect(saveAction_, &QAction::triggered, this, &TrainingTab::saveCheckpointNow);
    connect(continueAction_, &QAction::triggered, this, &TrainingTab::continueRun);

    form_ = new TrainingSettingsForm;
    auto* formScroll = new QScrollArea;
    formScroll->setWidget(form_);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(formScroll);
    splitter->addWidget(createRunView());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    const int formWidth = std::min(form_->sizeHint().width() + 24, fontMetrics().averageCharWidth() * 46);
    splitter->setSizes({formWidth, formWidth * 2});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    formScroll->setMinimumWidth(std::min(form_->sizeHint().width() + 24, fontMetrics().averageCharWidth() * 30));

    connect(form_, &TrainingSettingsForm::validityChanged, this, &TrainingTab::updateActions);
    connectController();
    retranslateUi();
    updateActions();
}

QWidget* TrainingTab::createRunView() {
    auto* view = new QWidget;
    auto* layout = new QVBoxLayout(view);
    runLabel_ = new QLabel;
    runLabel_->setObjectName(QStringLiteral("runLabel"));
    runLabel_->setTextFormat(Qt::PlainText);
    runLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a long path is cut

    continueLabel_ = new QLabel;
    continueEpochs_ = new QSpinBox;
    continueEpochs_->setObjectName(QStringLiteral("continueEpochsSpin"));
    continueEpochs_->setRange(1, 10000000);
    continueLabel_->setBuddy(continueEpochs_);
    layout->addWidget(runLabel_);

    // A tool bar, not a row of buttons: when the window is narrow the rest folds into its » menu.
    auto* buttons = new QToolBar;
    buttons->setObjectName(QStringLiteral("trainingToolBar"));
    buttons->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->addActions({trainAction_, pauseAction_, stopAction_, saveAction_});
    buttons->addSeparator();
    buttons->addWidget(continueLabel_);
    buttons->addWidget(continueEpochs_);
    buttons->addAction(continueAction_);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    buttons->addWidget(spacer);
    termsButton_ = new QToolButton;
    termsButton_->setObjectName(QStringLiteral("termsButton"));
    termsButton_->setPopupMode(QToolButton::InstantPopup);
    auto* termsMenu = new QMenu(termsButton_);
    for (int term = 0; term < LossCurvesPlot::kTerms; ++term) {
        QAction* action = termsMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this,
                [this, term](bool on) { curves_->setTermVisible(static_cast<LossCurvesPlot::Term>(term), on); });
        termActions_[term] = action;
    }
    termsButton_->setMenu(termsMenu);
    termsButton_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addWidget(termsButton_);
    layout->addWidget(buttons);

    auto* progressRow = new QHBoxLayout;
    stateLabel_ = new QLabel;
    stateLabel_->setObjectName(QStringLiteral("trainingState"));
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("trainingProgress"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(true);
    speedLabel_ = new QLabel;
    speedLabel_->setObjectName(QStringLiteral("trainingSpeed"));
    progressRow->addWidget(stateLabel_);
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(speedLabel_);
    layout->addLayout(progressRow);

    curves_ = new LossCurvesPlot;
    layout->addWidget(curves_, 1);

    logView_ = new QPlainTextEdit;
    logView_->setObjectName(QStringLiteral("trainingLog"));
    logView_->setReadOnly(true);
    logView_->setMaximumBlockCount(kLogLines);
    logView_->setFixedHeight(logView_->fontMetrics().lineSpacing() * 5 + 12);
    layout->addWidget(logView_);
    resetCurves();
    return view;
}

void TrainingTab::connectController() {
    connect(controller_, &widgets::TrainingController::stateChanged, this, &TrainingTab::onStateChanged);
    connect(controller_, &widgets::TrainingController::ready, this, [this](const QString& folder) {
        log(tr("Training %1").arg(QDir::toNativeSeparators(folder)));
        Q_EMIT runStarted(folder);
        Q_EMIT runProgress(folder, epochsDone_, epochsPlanned_);
    });
    connect(controller_, &widgets::TrainingController::stepsReceived, this, &TrainingTab::onSteps);
    connect(controller_, &widgets::TrainingController::epochFinished, this, &TrainingTab::onEpoch);
    connect(controller_, &widgets::TrainingController::checkpointSaved, this, [this](int epoch, qint64 batch) {
        log(batch > 0 ? tr("Checkpoint saved in epoch %1 after batch %2.").arg(epoch + 1).arg(batch)
                      : tr("Checkpoint saved after epoch %1.").arg(epoch));
    });
    connect(controller_, &widgets::TrainingController::pausedChanged, this, [this](bool paused, qint64 step) {
        log(paused ? tr("Paused after step %1.").arg(step) : tr("Resumed."));
    });
    connect(controller_, &widgets::TrainingController::finished, this,
            [this](api::TrainingOutcome, const QString& message) {
                log(message);
                Q_EMIT runEnded(runFolder_);
            });
    connect(controller_, &widgets::TrainingController::failed, this, [this](const QString& message) {
        log(tr("Training could not run: %1").arg(message));
        if (!QFileInfo::exists(QDir(runFolder_).filePath(QStringLiteral("config.json")))) {
            runFolder_.clear();  // the run was never created: nothing to continue
            updateRunLabel();
            updateActions();
        }
        Q_EMIT runEnded(runFolder_);
    });
}

void TrainingTab::setDataset(const QString& spec) {
    form_->setDataset(spec);
}

bool TrainingTab::showRun(const QString& folder) {
    if (controller_->isRunning())
        return false;
    const widgets::RunSummary run = widgets::readRunSummary(folder);
    runFolder_ = run.path;
    epochsPlanned_ = run.epochsPlanned;
    resetCurves();
    QString error;
    const QList<widgets::EpochMetrics> epochs = widgets::readRunMetrics(folder, &error);
    for (const widgets::EpochMetrics& m : epochs) {
        curves_->append(trainSeries_, m.epoch, m.train);
        if (m.validation)
            curves_->append(validationSeries_, m.epoch, *m.validation);
    }
    epochsDone_ = epochs.isEmpty() ? 0 : epochs.back().epoch;
    continueEpochs_->setValue(epochsDone_ < epochsPlanned_ ? epochsPlanned_ : epochsDone_ + 10);
    progress_->setValue(epochsPlanned_ > 0 ? 1000 * std::min(epochsDone_, epochsPlanned_) / epochsPlanned_ : 0);
    progress_->setFormat(tr("Epoch %1 of %2").arg(epochsDone_).arg(epochsPlanned_));
    speedLabel_->clear();
    log(tr("Opened %1: %2 of %3 epochs done.").arg(QDir::toNativeSeparators(runFolder_)).arg(epochsDone_).arg(epochsPlanned_));
    if (!run.error.isEmpty())
        log(run.error);
    if (!error.isEmpty())
        log(error);
    updateRunLabel();
    updateActions();
    Q_EMIT runProgress(runFolder_, epochsDone_, epochsPlanned_);
    return true;
}

void TrainingTab::train() {
    if (controller_->isRunning())
        return;
    if (!form_->isValid()) {
        log(form_->problem());
        return;
    }
    const RunConfig config = form_->runConfig();
    const QString dir = QString::fromStdString(api::newRunDir(
        QDir(runsDirectory_.isEmpty() ? QStringLiteral("runs") : runsDirectory_).absolutePath().toStdString(),
        config.preset.name));
    runFolder_ = dir;
    epochsDone_ = 0;
    epochsPlanned_ = config.preset.train.epochs;
    resetCurves();
    updateRunLabel();
    log(tr("Loading %1 …").arg(QString::fromStdString(config.dataset)));
    controller_->startNew(dir, config);
}

void TrainingTab::continueRun() {
    if (controller_->isRunning() || runFolder_.isEmpty())
        return;
    epochsPlanned_ = continueEpochs_->value();
    updateRunLabel();
    log(tr("Continuing %1 to epoch %2 …").arg(QDir::toNativeSeparators(runFolder_)).arg(epochsPlanned_));
    controller_->startResumed(runFolder_, epochsPlanned_);
}

void TrainingTab::togglePause() {
    controller_->setPaused(controller_->state() != State::Paused);
}

void TrainingTab::stop() {
    if (!controller_->isRunning())
        return;
    log(tr("Stopping after the current step; a checkpoint is saved …"));
    controller_->stop();
}

void TrainingTab::saveCheckpointNow() {
    if (controller_->isRunning())
        controller_->saveCheckpointNow();
}

void TrainingTab::onSteps(const QList<api::TrainingStep>& steps) {
    for (const api::TrainingStep& step : steps)
        curves_->append(trainSeries_, step.epochPosition(), step.terms);
    const api::TrainingStep& last = steps.back();
    epochsPlanned_ = last.epochs;
    const double done = last.epochs > 0 ? (last.epoch + double(last.batch) / std::max<int64_t>(1, last.batches)) / last.epochs : 0;
    progress_->setValue(static_cast<int>(std::lround(1000 * done)));
    progress_->setFormat(tr("Epoch %1 of %2 · batch %3 of %4")
                             .arg(last.epoch + 1)
                             .arg(last.epochs)
                             .arg(last.batch)
                             .arg(last.batches));
    speedLabel_->setText(tr("%1 seq/s · %2 left").arg(last.seq_per_s, 0, 'f', 1).arg(durationText(last.eta_seconds)));
}

void TrainingTab::onEpoch(const api::TrainingEpoch& epoch) {
    epochsDone_ = epoch.epoch;
    if (epoch.validation) {
        curves_->append(validationSeries_, epoch.epoch, *epoch.validation);
        log(tr("Epoch %1: train loss %2, validation loss %3 (%4)")
                .arg(epoch.epoch)
                .arg(epoch.train.total, 0, 'f', 2)
                .arg(epoch.validation->total, 0, 'f', 2)
                .arg(durationText(epoch.seconds)));
    } else {
        log(tr("Epoch %1: train loss %2 (%3)").arg(epoch.epoch).arg(epoch.train.total, 0, 'f', 2).arg(durationText(epoch.seconds)));
    }
    Q_EMIT runProgress(runFolder_, epochsDone_, epochsPlanned_);
}

void TrainingTab::onStateChanged(State) {
    updateActions();
    updateStateTexts();
}

void TrainingTab::log(const QString& message) {
    logView_->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + message);
}

QString TrainingTab::logText() const { return logView_->toPlainText(); }
QString TrainingTab::progressText() const { return progress_->text(); }

QList<QAction*> TrainingTab::actions() const {
    return {trainAction_, pauseAction_, stopAction_, saveAction_, continueAction_};
}

void TrainingTab::resetCurves() {
    curves_->clearSeries();
    trainSeries_ = curves_->addSeries(tr("train"), Qt::SolidLine, false);
    validationSeries_ = curves_->addSeries(tr("validation"), Qt::DashLine, true);
}

void TrainingTab::updateActions() {
    const State state = controller_->state();
    const bool running = controller_->isRunning();
    trainAction_->setEnabled(!running && form_->isValid());
    form_->setEnabled(!running);
    pauseAction_->setEnabled(state == State::Training || state == State::Paused || state == State::Starting);
    pauseAction_->setChecked(state == State::Paused);
    stopAction_->setEnabled(running && state != State::Stopping);
    saveAction_->setEnabled(state == State::Training || state == State::Paused);
    continueAction_->setEnabled(!running && !runFolder_.isEmpty());
    continueEpochs_->setEnabled(!running && !runFolder_.isEmpty());
}

void TrainingTab::updateRunLabel() {
    runLabel_->setText(runFolder_.isEmpty() ? tr("No run yet: choose the settings and press Train.")
                                            : tr("Run: %1").arg(QDir::toNativeSeparators(runFolder_)));
}

void TrainingTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrainingTab::retranslateUi() {
    trainAction_->setText(tr("&Train"));
    trainAction_->setToolTip(tr("Start a new run with these settings (%1)").arg(trainAction_->shortcut().toString(QKeySequence::NativeText)));
    stopAction_->setText(tr("&Stop"));
    stopAction_->setToolTip(tr("Stop after the current step and keep a checkpoint (%1)").arg(stopAction_->shortcut().toString(QKeySequence::NativeText)));
    saveAction_->setText(tr("Save &Checkpoint Now"));
    continueAction_->setText(tr("C&ontinue"));
    continueAction_->setToolTip(tr("Resume the run from its checkpoint up to the given number of epochs"));
    continueLabel_->setText(tr("Up to epoch:"));
    termsButton_->setText(tr("Terms"));
    termsButton_->setToolTip(tr("Choose the loss terms the curves show"));
    for (int term = 0; term < LossCurvesPlot::kTerms; ++term)
        termActions_[term]->setText(LossCurvesPlot::termName(static_cast<LossCurvesPlot::Term>(term)));
    curves_->setSeriesName(trainSeries_, tr("train"));
    curves_->setSeriesName(validationSeries_, tr("validation"));
    updateStateTexts();
    updateRunLabel();
}

void TrainingTab::updateStateTexts() {
    pauseAction_->setText(controller_->state() == State::Paused ? tr("&Resume") : tr("&Pause"));
    switch (controller_->state()) {
    case State::Idle: stateLabel_->setText(tr("Idle")); break;
    case State::Starting: stateLabel_->setText(tr("Loading the dataset…")); break;
    case State::Training: stateLabel_->setText(tr("Training")); break;
    case State::Paused: stateLabel_->setText(tr("Paused")); break;
    case State::Stopping: stateLabel_->setText(tr("Stopping…")); break;
    }
    Q_EMIT activityChanged(controller_->isRunning() ? stateLabel_->text() : QString());
}

}  // namespace dbse::studio
