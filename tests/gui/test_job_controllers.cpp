// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-offs between the GUI thread and its workers (dbse_jobs): calls posted from many
// threads run on the owner's thread in order, and those waiting when it dies never run; worker
// jobs, more than the pool has threads, each report once, after their progress; destroying the
// jobs' owner waits and drops the reports; the training controller delivers a tiny run's steps,
// epochs and end in order, pauses, saves, stops, and saves on destruction. The ThreadSanitizer
// build runs this file (label threads): it checks that the jobs' data crosses threads only
// through these hand-offs.

#include "core/api/training_job.h"
#include "tiny_model_configs.h"
#include "widgets/posted_calls.h"
#include "widgets/training_controller.h"
#include "widgets/worker_threads.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using dbse::widgets::PostedCalls;
using dbse::widgets::TrainingController;
using dbse::widgets::WorkerThreads;
using State = TrainingController::State;

namespace {

constexpr int kTrainingTimeoutMs = 120000;

// 48 train / 16 test sequences in 3 batches of 16: steps come fast even under ThreadSanitizer.
dbse::RunConfig tinyRun(int epochs) {
    dbse::RunConfig config;
    config.dataset = "builtin:shapes?train=48&test=16";
    config.preset.name = "tiny";
    config.preset.model = dbse::test::tinyModelConfig();
    config.preset.train.epochs = epochs;
    config.preset.train.batch = 16;
    config.preset.train.threads = 1;
    return config;
}

bool hasCheckpoint(const QString& runDir) {
    return QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("checkpoint.dbse")));
}

}  // namespace

class JobControllersTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void postedCallsRunInOrderOnTheOwnersThread() {
        constexpr int kThreads = 4, kCalls = 300;
        PostedCalls calls;
        std::vector<std::vector<int>> seen(kThreads);  // owner's thread only
        int offThread = 0;
        std::vector<std::thread> posters;
        for (int t = 0; t < kThreads; ++t)
            posters.emplace_back([&, t] {
                for (int i = 0; i < kCalls; ++i)
                    calls.post([&, t, i] {
                        offThread += QThread::currentThread() != thread() ? 1 : 0;
                        seen[t].push_back(i);
                    });
            });
        for (std::thread& poster : posters)
            poster.join();
        QTRY_VERIFY(std::all_of(seen.begin(), seen.end(), [](const auto& s) { return s.size() == kCalls; }));
        QCOMPARE(offThread, 0);
        for (const std::vector<int>& s : seen)
            QVERIFY(std::is_sorted(s.begin(), s.end()));
    }

    void aCallMayPostAgainAndWaitingCallsDieWithTheirOwner() {
        std::vector<int> order;
        {
            PostedCalls calls;
            calls.post([&] {
                order.push_back(1);
                calls.post([&] { order.push_back(3); });
            });
            calls.post([&] { order.push_back(2); });
            QTRY_COMPARE(order.size(), std::size_t(3));
            QCOMPARE(order, (std::vector<int>{1, 2, 3}));
        }
        auto calls = std::make_unique<PostedCalls>();
        std::thread([&] { calls->post([&] { order.push_back(4); }); }).join();
        calls.reset();
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QCOMPARE(order.size(), std::size_t(3));
    }

    void moreJobsThanThreadsEachReportOnceAfterTheirProgress() {
        constexpr int kJobs = 12;
        struct Outcome {
            std::vector<int> values;  // written by the job, read by its report
        };
        std::vector<int> progress(kJobs, 0), reports(kJobs, 0);
        int wrong = 0;
        {
            WorkerThreads workers;
            for (int j = 0; j < kJobs; ++j) {
                auto outcome = std::make_shared<Outcome>();
                workers.start(
                    QStringLiteral("test-job-%1").arg(j),
                    [&workers, &progress, outcome, j] {
                        for (int i = 0; i < 3; ++i) {
                            std::this_thread::sleep_for(std::chrono::milliseconds(5));
                            outcome->values.push_back(j * 10 + i);
                            workers.post([&progress, j] { ++progress[j]; });
                        }
                    },
                    [&, outcome, j] {
                        ++reports[j];
                        if (progress[j] != 3 || outcome->values != std::vector<int>{j * 10, j * 10 + 1, j * 10 + 2})
                            ++wrong;
                    });
            }
            QVERIFY(!workers.isEmpty());
            QTRY_VERIFY(workers.isEmpty());
        }
        QCOMPARE(reports, std::vector<int>(kJobs, 1));
        QCOMPARE(wrong, 0);
    }

    void finishAllRunsTheReportsAtOnce() {
        WorkerThreads workers;
        auto value = std::make_shared<int>(0);
        bool reported = false;
        workers.start(QStringLiteral("test-finish-all"), [value] { *value = 42; }, [&, value] { reported = *value == 42; });
        QVERIFY(workers.finishAll(10000));
        QVERIFY(reported);
        QVERIFY(workers.isEmpty());
    }

    void destroyingTheOwnerWaitsForRunningJobsAndDropsTheReports() {
        std::atomic<int> ran{0};
        int reported = 0;
        {
            WorkerThreads workers;
            for (int j = 0; j < 8; ++j)
                workers.start(
                    QStringLiteral("test-dropped"),
                    [&ran] {
                        std::this_thread::sleep_for(std::chrono::milliseconds(30));
                        ++ran;
                    },
                    [&reported] { ++reported; });
            // Without spinning the event loop: the reports of the jobs done so far wait.
            while (ran.load() < 1)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        const int ranAtDestruction = ran.load();
        QTest::qWait(100);
        QCOMPARE(reported, 0);
        QVERIFY(ranAtDestruction >= 1);
        QCOMPARE(ran.load(), ranAtDestruction);  // nothing ran after the destructor returned
    }

    void aTinyRunsSignalsArriveInOrder() {
        QTemporaryDir dir;
        const QString runDir = dir.filePath(QStringLiteral("run"));
        TrainingController controller;
        bool readyFirst = false;
        qint64 lastStep = 0;
        int outOfOrder = 0;
        QList<int> epochs;
        QList<qint64> stepsBeforeEpoch;  // steps delivered when each epoch's summary came
        connect(&controller, &TrainingController::ready, this, [&] { readyFirst = lastStep == 0 && epochs.isEmpty(); });
        connect(&controller, &TrainingController::stepsReceived, this, [&](const QList<dbse::api::TrainingStep>& steps) {
            for (const dbse::api::TrainingStep& step : steps) {
                outOfOrder += step.global_step == lastStep + 1 ? 0 : 1;
                lastStep = step.global_step;
            }
        });
        connect(&controller, &TrainingController::epochFinished, this, [&](const dbse::api::TrainingEpoch& e) {
            epochs << e.epoch;
            stepsBeforeEpoch << lastStep;
        });
        QSignalSpy finished(&controller, &TrainingController::finished);
        QSignalSpy failed(&controller, &TrainingController::failed);

        QVERIFY(controller.startNew(runDir, tinyRun(2)));
        QCOMPARE(controller.state(), State::Starting);
        QVERIFY(!controller.startNew(runDir, tinyRun(2)));  // one job at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, kTrainingTimeoutMs);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.at(0).at(0).value<dbse::api::TrainingOutcome>(), dbse::api::TrainingOutcome::Finished);
        QCOMPARE(controller.state(), State::Idle);
        QCOMPARE(lastStep, qint64(6));  // 2 epochs of 3 batches
        QCOMPARE(outOfOrder, 0);
        QVERIFY(readyFirst);
        QCOMPARE(epochs, (QList<int>{1, 2}));
        // An epoch's summary comes after its last step (steps of the next may come first).
        QVERIFY(stepsBeforeEpoch.at(0) >= 3);
        QCOMPARE(stepsBeforeEpoch.at(1), qint64(6));
    }

    void pauseSaveStopAndDestructionWhileTraining() {
        QTemporaryDir dir;
        const QString runDir = dir.filePath(QStringLiteral("run"));
        {
            TrainingController controller;
            QSignalSpy paused(&controller, &TrainingController::pausedChanged);
            QSignalSpy saved(&controller, &TrainingController::checkpointSaved);
            QSignalSpy finished(&controller, &TrainingController::finished);
            QSignalSpy steps(&controller, &TrainingController::stepsReceived);
            QVERIFY(controller.startNew(runDir, tinyRun(500)));
            QTRY_VERIFY_WITH_TIMEOUT(steps.size() > 0, kTrainingTimeoutMs);
            controller.setPaused(true);
            QCOMPARE(controller.state(), State::Paused);
            QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), kTrainingTimeoutMs);
            QCOMPARE(paused.at(0).at(0).toBool(), true);
            controller.saveCheckpointNow();
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), kTrainingTimeoutMs);
            QCOMPARE(paused.size(), 1);  // saved while still paused
            QVERIFY(hasCheckpoint(runDir));
            controller.setPaused(false);
            QTRY_VERIFY_WITH_TIMEOUT(paused.size() == 2, kTrainingTimeoutMs);
            QCOMPARE(paused.at(1).at(0).toBool(), false);
            controller.stop();
            QCOMPARE(controller.state(), State::Stopping);
            QVERIFY(controller.waitForFinished(kTrainingTimeoutMs));
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.at(0).at(0).value<dbse::api::TrainingOutcome>(), dbse::api::TrainingOutcome::Stopped);
        }
        // A new run destroyed while it trains: the destructor stops it with a checkpoint.
        // Epoch checkpoints are off (every 1000 epochs), so only the stop writes one.
        QDir(runDir).removeRecursively();
        dbse::RunConfig config = tinyRun(500);
        config.preset.train.checkpoint_every = 1000;
        TrainingController* controller = new TrainingController;
        QSignalSpy steps(controller, &TrainingController::stepsReceived);
        QVERIFY(controller->startNew(runDir, config));
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() > 0, kTrainingTimeoutMs);
        QVERIFY(!hasCheckpoint(runDir));
        delete controller;
        QVERIFY(hasCheckpoint(runDir));
    }
};

QTEST_GUILESS_MAIN(JobControllersTest)
#include "test_job_controllers.moc"
