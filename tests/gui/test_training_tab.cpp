// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Training tab as a user drives it, offscreen: load a small built-in dataset, press Train,
// the curves receive points; pause (no more steps), save a checkpoint while paused, resume,
// stop (checkpoint kept); reopen the run from the Runs dock (its curves come back) and continue
// it to the end; closing the window while a run trains asks, and "Stop and Close" stops it
// with a checkpoint before the window closes. The event loop's longest stall during training
// is measured and reported.

#include "app/studio/main_window.h"
#include "app/studio/termination_signals.h"
#include "app/studio/status_indicators.h"
#include "app/studio/studio_settings.h"
#include "app/studio/training_settings_form.h"
#include "app/studio/training_tab.h"
#include "dialog_answer.h"
#include "temporary_settings.h"
#include "widgets/event_loop_stall_meter.h"
#include "widgets/loss_curves_plot.h"
#include "widgets/run_metrics.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dbse::studio;
using dbse::widgets::TrainingController;
using State = TrainingController::State;

namespace {

// 64 train / 16 test clips; with batch 16, 4 steps per epoch.
const QString kDataset = QStringLiteral("builtin:shapes?train=64&test=16");
constexpr int kTrainSeries = 0, kValidationSeries = 1;
constexpr int kTimeoutMs = 120000;

QString checkpointOf(const QString& run) { return QDir(run).filePath(QStringLiteral("checkpoint.dbse")); }

}  // namespace

class TestTrainingTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(settings_.isValid());
        QVERIFY(runs_.isValid());
        QSettings().setValue(settings::kRunsDirectory, runs_.path());
    }

    void trainPauseSaveResumeStopReopenContinue() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::previewShown);
        window.openDataset(kDataset, 8);
        QVERIFY(shown.wait(kTimeoutMs));
        QVERIFY(window.showTab(QStringLiteral("training")));

        TrainingTab* tab = window.trainingTab();
        TrainingSettingsForm* form = tab->settingsForm();
        QCOMPARE(form->dataset(), kDataset);
        QCOMPARE(form->presetName(), QStringLiteral("quick"));
        form->setEpochs(3);
        form->findChild<QSpinBox*>(QStringLiteral("threadsSpin"))->setValue(1);  // a core for the GUI
        QVERIFY2(form->isValid(), qPrintable(form->problem()));

        // Precision and activation memory reach the run's config.
        auto* precision = form->findChild<QComboBox*>(QStringLiteral("precisionCombo"));
        auto* activations = form->findChild<QComboBox*>(QStringLiteral("activationsCombo"));
        QVERIFY(form->runConfig().preset.train.precision == dbse::Precision::Float32);
        QVERIFY(form->runConfig().preset.train.activations == dbse::ActivationMemory::Auto);
        precision->setCurrentIndex(1);
        activations->setCurrentIndex(2);
        QVERIFY(form->runConfig().preset.train.precision == dbse::Precision::BFloat16);
        QVERIFY(form->runConfig().preset.train.activations == dbse::ActivationMemory::Recompute);
        precision->setCurrentIndex(0);
        activations->setCurrentIndex(0);

        // Validation as the user types: a static element past the clip is refused by name.
        auto* anchorIndex = form->findChild<QSpinBox*>(QStringLiteral("anchorIndexSpin"));
        auto* anchor = form->findChild<QComboBox*>(QStringLiteral("anchorCombo"));
        anchor->setCurrentIndex(anchor->count() - 1);  // fixed index
        anchorIndex->setValue(20);
        QVERIFY(!form->isValid());
        QVERIFY2(form->problem().contains(QStringLiteral("anchor")), qPrintable(form->problem()));
        QVERIFY(!tab->trainAction()->isEnabled());
        anchorIndex->setValue(2);
        QVERIFY2(form->isValid(), qPrintable(form->problem()));
        QVERIFY(tab->trainAction()->isEnabled());

        TrainingController* controller = tab->controller();
        QSignalSpy steps(controller, &TrainingController::stepsReceived);
        QSignalSpy epochs(controller, &TrainingController::epochFinished);
        QSignalSpy checkpoints(controller, &TrainingController::checkpointSaved);
        QSignalSpy finished(controller, &TrainingController::finished);
        QSignalSpy started(tab, &TrainingTab::runStarted);
        dbse::widgets::EventLoopStallMeter meter;
        meter.start();

        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);  // Train
        QVERIFY(controller->isRunning());
        QVERIFY(!form->isEnabled());
        QVERIFY(started.wait(kTimeoutMs));
        const QString run = started.front().front().toString();
        QVERIFY(run.startsWith(runs_.path()));
        QVERIFY(steps.wait(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(tab->curves()->pointCount(kTrainSeries) >= 2, kTimeoutMs);
        QVERIFY2(tab->progressText().contains(QStringLiteral("Epoch 1 of 3")), qPrintable(tab->progressText()));

        // Pause: the steps stop; a checkpoint can still be saved; resume carries on.
        QVERIFY(epochs.wait(kTimeoutMs));
        QSignalSpy paused(controller, &TrainingController::pausedChanged);
        tab->pauseAction()->trigger();
        QCOMPARE(controller->state(), State::Paused);
        QCOMPARE(tab->pauseAction()->text(), QStringLiteral("&Resume"));
        QVERIFY(paused.wait(kTimeoutMs));  // the step in flight has ended
        QCOMPARE(paused.front().front().toBool(), true);
        QVERIFY2(window.indicators()->runText().endsWith(QStringLiteral(" · Paused")), qPrintable(window.indicators()->runText()));
        const int pointsWhenPaused = tab->curves()->pointCount(kTrainSeries);
        QCOMPARE(qint64(pointsWhenPaused), paused.front().back().toLongLong());  // one point per step
        QTest::qWait(800);  // nothing may arrive while paused: a fixed wait is the point here
        QCOMPARE(tab->curves()->pointCount(kTrainSeries), pointsWhenPaused);
        checkpoints.clear();
        tab->saveAction()->trigger();
        QVERIFY(checkpoints.wait(kTimeoutMs));
        QVERIFY(QFile::exists(checkpointOf(run)));
        QCOMPARE(tab->curves()->pointCount(kTrainSeries), pointsWhenPaused);
        tab->pauseAction()->trigger();
        QCOMPARE(controller->state(), State::Training);
        QVERIFY(paused.wait(kTimeoutMs));
        QCOMPARE(paused.back().front().toBool(), false);
        QVERIFY2(tab->logText().contains(QStringLiteral("Paused after step %1").arg(pointsWhenPaused)), qPrintable(tab->logText()));
        QTRY_VERIFY_WITH_TIMEOUT(tab->curves()->pointCount(kTrainSeries) > pointsWhenPaused, kTimeoutMs);

        // Stop: the run ends as stopped, with its checkpoint.
        tab->stopAction()->trigger();
        QCOMPARE(controller->state(), State::Stopping);
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.front().front().value<dbse::api::TrainingOutcome>(), dbse::api::TrainingOutcome::Stopped);
        QVERIFY(!controller->isRunning());
        QVERIFY(form->isEnabled());
        QVERIFY(QFile::exists(checkpointOf(run)));
        meter.stop();
        qInfo("longest event-loop stall while training: %.1f ms over %lld ticks", meter.longestStallMs(),
              static_cast<long long>(meter.ticks()));
        QVERIFY2(meter.longestStallMs() < 100, qPrintable(QString::number(meter.longestStallMs())));

        // Reopen: the epochs done come back as curves; Continue finishes the run.
        const int epochsDone = static_cast<int>(dbse::widgets::readRunMetrics(run).size());
        QVERIFY(epochsDone >= 1);
        window.openRun(run);
        QCOMPARE(tab->runFolder(), QFileInfo(run).absoluteFilePath());
        QCOMPARE(tab->curves()->pointCount(kTrainSeries), epochsDone);
        QCOMPARE(tab->curves()->pointCount(kValidationSeries), epochsDone);
        QVERIFY(tab->continueAction()->isEnabled());
        QCOMPARE(tab->findChild<QSpinBox*>(QStringLiteral("continueEpochsSpin"))->value(), 3);
        finished.clear();
        tab->continueAction()->trigger();
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.front().front().value<dbse::api::TrainingOutcome>(), dbse::api::TrainingOutcome::Finished);
        QCOMPARE(dbse::widgets::readRunMetrics(run).size(), 3);
        QCOMPARE(tab->curves()->pointCount(kValidationSeries), 3);
        QVERIFY2(tab->logText().contains(QStringLiteral("training finished")), qPrintable(tab->logText()));
    }

    void aDatasetThatFailsIsReportedAndLeavesNoRun() {
        MainWindow window;
        TrainingTab* tab = window.trainingTab();
        tab->settingsForm()->setDataset(QStringLiteral("builtin:circles"));
        QVERIFY2(tab->settingsForm()->isValid(), qPrintable(tab->settingsForm()->problem()));  // known only on loading
        QSignalSpy failed(tab->controller(), &TrainingController::failed);
        const int runsBefore = static_cast<int>(QDir(runs_.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
        tab->trainAction()->trigger();
        QVERIFY(failed.wait(kTimeoutMs));
        QVERIFY2(failed.front().front().toString().contains(QStringLiteral("circles")), qPrintable(failed.front().front().toString()));
        QVERIFY2(tab->logText().contains(QStringLiteral("could not run")), qPrintable(tab->logText()));
        QVERIFY(tab->runFolder().isEmpty());
        QVERIFY(!tab->continueAction()->isEnabled());
        QVERIFY(tab->trainAction()->isEnabled());
        QCOMPARE(static_cast<int>(QDir(runs_.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()), runsBefore);
    }

    void closingWhileTrainingAsksThenStopsWithACheckpoint() {
        MainWindow window;
        const QString run = startLongTraining(window);
        QVERIFY(!run.isEmpty());
        TrainingController* controller = window.trainingTab()->controller();

        // Cancel keeps the window and the training.
        answerNextDialog([](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("confirmCloseWhileTraining"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(controller->isRunning());

        // "Stop and Close": the run stops with a checkpoint, then the window closes.
        answerNextDialog([](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(!window.close());  // not yet: the run is stopping
        QCOMPARE(controller->state(), State::Stopping);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kTimeoutMs);
        QVERIFY(!controller->isRunning());
        QVERIFY(QFile::exists(checkpointOf(run)));
    }

    // SIGTERM (and SIGINT) close the window like "Stop and Close", without the question: the run
    // stops with a checkpoint that resumes, then the window closes.
    void sigtermStopsTrainingWithACheckpointThenCloses() {
        MainWindow window;
        closeOnTerminationSignals(window);
        TrainingController* controller = window.trainingTab()->controller();
        QSignalSpy finished(controller, &TrainingController::finished);
        const QString run = startLongTraining(window);
        QVERIFY(!run.isEmpty());

        QVERIFY(::raise(SIGTERM) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kTimeoutMs);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.front().front().value<dbse::api::TrainingOutcome>(), dbse::api::TrainingOutcome::Stopped);
        QVERIFY(!controller->isRunning());
        QVERIFY(QFile::exists(checkpointOf(run)));
    }

private:
    // Shows `window` and starts a 50-epoch run in its Training tab; returns the run folder once
    // the first steps arrived ("" when they did not).
    static QString startLongTraining(MainWindow& window) {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return {};
        TrainingTab* tab = window.trainingTab();
        tab->settingsForm()->setDataset(kDataset);
        tab->settingsForm()->setEpochs(50);
        QSignalSpy steps(tab->controller(), &TrainingController::stepsReceived);
        QSignalSpy started(tab, &TrainingTab::runStarted);
        tab->trainAction()->trigger();
        if (!steps.wait(kTimeoutMs) || started.isEmpty())
            return {};
        return started.front().front().toString();
    }

    TemporarySettings settings_;
    QTemporaryDir runs_;
};

QTEST_MAIN(TestTrainingTab)
#include "test_training_tab.moc"
