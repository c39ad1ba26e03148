// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Evaluation tab, offscreen: a report.json written by the test (the shape of
// core/eval/eval_report) shows our numbers beside the paper's and the judge's confusion matrix,
// opened from a file and dropped on the tab; a corrupt report gives a message naming the file;
// a tiny trained run is evaluated with a tiny judge (progress arrives, the report appears with
// its confusion matrices and is saved in the run); a run cancelled while its judge trains stops
// within seconds, leaves no judge behind and the tab usable. The longest event-loop stall
// while evaluating must stay under 100 ms.

#include "app/studio/evaluation_report_view.h"
#include "app/studio/evaluation_tab.h"
#include "trained_run_fixture.h"
#include "widgets/confusion_matrix_view.h"
#include "widgets/evaluation_controller.h"
#include "widgets/event_loop_stall_meter.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace dbse::studio;
using dbse::widgets::ConfusionMatrixView;
using dbse::widgets::EvaluationController;

namespace {

constexpr int kRunTimeoutMs = 60000;
constexpr double kMaxStallMs = 100.0;

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One `dbse eval` report of a Sprites run: a static and a dynamic judge head with confusion
// counts, leakage, the judge.
QByteArray evaluationReport() {
    return R"({
  "run": "/runs/sprites-a", "dataset": "sprites:/data/lpc-sprites", "split": "sprites/test", "seed": 1,
  "device": "cpu", "seconds": 42.0,
  "generation": {
    "repeats": 2, "sequences": 10,
    "fixed_dynamics": [
      {"label": "skin", "kind": "static", "classes": 2, "chance": 0.5,
       "accuracy": {"mean": 0.55, "std": 0.0}, "inception_score": {"mean": 1.9, "std": 0.0},
       "conditional_entropy": {"mean": 0.1, "std": 0.0}, "marginal_entropy": {"mean": 0.69, "std": 0.0},
       "class_names": ["light", "dark"], "confusion": [[6, 4], [5, 5]]},
      {"label": "motion", "kind": "dynamic", "classes": 3, "chance": 0.333,
       "accuracy": {"mean": 0.9123, "std": 0.0101}, "inception_score": {"mean": 2.75, "std": 0.05},
       "conditional_entropy": {"mean": 0.03, "std": 0.0}, "marginal_entropy": {"mean": 1.09, "std": 0.0},
       "class_names": ["walk", "spell", "slash"], "confusion": [[9, 1, 0], [0, 7, 3], [0, 0, 10]]}],
    "fixed_static": [
      {"label": "skin", "kind": "static", "classes": 2, "chance": 0.5,
       "accuracy": {"mean": 0.95, "std": 0.0}, "inception_score": {"mean": 1.9, "std": 0.0},
       "conditional_entropy": {"mean": 0.1, "std": 0.0}, "marginal_entropy": {"mean": 0.69, "std": 0.0},
       "class_names": ["light", "dark"], "confusion": [[10, 0], [1, 9]]},
      {"label": "motion", "kind": "dynamic", "classes": 3, "chance": 0.333,
       "accuracy": {"mean": 0.4, "std": 0.0}, "inception_score": {"mean": 1.5, "std": 0.0},
       "conditional_entropy": {"mean": 0.5, "std": 0.0}, "marginal_entropy": {"mean": 1.0, "std": 0.0},
       "class_names": ["walk", "spell", "slash"], "confusion": [[4, 3, 3], [3, 4, 3], [3, 3, 4]]}],
    "leakage": {"static_features": {"static_accuracy": 0.95, "dynamic_accuracy": 0.4, "gap": 0.55},
                "dynamic_features": {"static_accuracy": 0.55, "dynamic_accuracy": 0.9123, "gap": 0.3623}}},
  "judge": {"path": "/cache/judges/sprites-1.pt", "kind": "compact", "trusted": true, "heads": ["skin", "motion"],
            "test_accuracy": [1.0, 0.995], "epochs": 3, "reused": true}
})";
}

int rowOf(const QTableWidget* table, const QString& key) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

}  // namespace

class TestEvaluationTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(cache_.isValid() && runs_.isValid());
        // Judges are saved beside the data caches: keep them in the test's own folder.
        qputenv("DBSE_CACHE_DIR", cache_.path().toUtf8());
    }

    void savedReportShowsOurNumbersBesideThePaperAndTheConfusionMatrix() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("report.json"));
        QVERIFY(writeFile(file, evaluationReport()));
        EvaluationTab tab;
        tab.resize(1200, 800);
        tab.show();
        QSignalSpy shown(&tab, &EvaluationTab::reportShown);
        tab.openReport(file);
        QVERIFY(shown.wait(10000));

        const QTableWidget* results = tab.reportView()->resultsTable();
        const int acc = rowOf(results, QStringLiteral("generation.accuracy"));
        QVERIFY(acc >= 0);
        QCOMPARE(results->item(acc, 1)->text(), QStringLiteral("91.23% ± 1.01%"));
        QCOMPARE(results->item(acc, 2)->text(), QStringLiteral("100.00%"));  // Tab. 1, Sprites
        QVERIFY(results->item(acc, 3)->text().startsWith(QStringLiteral("Tab. 1")));
        const int is = rowOf(results, QStringLiteral("generation.inception_score"));
        QVERIFY(is >= 0);
        QCOMPARE(results->item(is, 2)->text(), QStringLiteral("8.942 ± 7e-05"));
        const int gap = rowOf(results, QStringLiteral("generation.static_features.gap"));
        QVERIFY(gap >= 0);
        QCOMPARE(results->item(gap, 1)->text(), QStringLiteral("55.00%"));
        QCOMPARE(results->item(gap, 2)->text(), QStringLiteral("—"));  // no paper number for it

        QVERIFY(tab.reportView()->judgeText().contains(QStringLiteral("trusted")));
        const QTableWidget* judge = tab.reportView()->judgeTable();
        QCOMPARE(judge->rowCount(), 2);
        QCOMPARE(judge->item(1, 0)->text(), QStringLiteral("motion"));
        QCOMPARE(judge->item(1, 1)->text(), QStringLiteral("99.50%"));
        QVERIFY(!tab.reportView()->ablationTable()->isVisibleTo(&tab));  // one evaluation: no ablations

        // Fig. 6 first: the motion head with the dynamics kept.
        const QComboBox* choice = tab.reportView()->confusionChoice();
        QCOMPARE(choice->count(), 4);
        QVERIFY(choice->currentText().startsWith(QStringLiteral("motion")));
        const ConfusionMatrixView* matrix = tab.reportView()->confusionMatrix();
        QCOMPARE(matrix->rowCount(), 3);
        QCOMPARE(matrix->horizontalHeaderItem(1)->text(), QStringLiteral("spell"));
        QCOMPARE(matrix->verticalHeaderItem(2)->text(), QStringLiteral("slash"));
        QCOMPARE(matrix->item(1, 2)->data(Qt::UserRole).toLongLong(), 3LL);
        QCOMPARE(matrix->item(1, 2)->text(), QStringLiteral("30"));  // 3 of 10 in the row
        QCOMPARE(matrix->item(2, 2)->text(), QStringLiteral("100"));
        QVERIFY(matrix->item(2, 2)->background().color() != matrix->item(2, 0)->background().color());
        tab.reportView()->confusionChoice()->setCurrentIndex(2);  // skin, static kept
        QCOMPARE(matrix->rowCount(), 2);
        QCOMPARE(matrix->item(1, 0)->data(Qt::UserRole).toLongLong(), 1LL);
    }

    void droppedReportIsShown() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dropped.json"));
        QVERIFY(writeFile(file, evaluationReport()));
        EvaluationTab tab;
        tab.show();
        QSignalSpy shown(&tab, &EvaluationTab::reportShown);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&tab, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&tab, &drop);
        QVERIFY(shown.wait(10000));
        QVERIFY(tab.reportView()->summaryText().contains(QStringLiteral("dropped.json")));
    }

    void corruptReportGivesAMessageNamingTheFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(file, QByteArray("{\"run\": \"/x\", \"generation\": [1, 2")));
        EvaluationTab tab;
        QSignalSpy failed(tab.controller(), &EvaluationController::reportFailed);
        tab.openReport(file);
        QVERIFY(failed.wait(10000));
        QVERIFY2(tab.messageText().contains(file), qPrintable(tab.messageText()));
        QVERIFY2(tab.messageText().contains(QStringLiteral("not valid JSON")), qPrintable(tab.messageText()));
        QVERIFY(!tab.reportView()->hasReport());

        const QString wrong = dir.filePath(QStringLiteral("other.json"));
        QVERIFY(writeFile(wrong, QByteArray("{\"hello\": 1}")));
        tab.openReport(wrong);
        QVERIFY(failed.wait(10000));
        QVERIFY2(tab.messageText().contains(wrong + QStringLiteral(": not an evaluation report")),
                 qPrintable(tab.messageText()));
    }

    void tinyRunIsEvaluatedWithATinyJudge() {
        const QString run = tinyRun();
        EvaluationTab tab;
        tab.show();
        tab.protocolBox()->setCurrentIndex(tab.protocolBox()->findData(QStringLiteral("all")));
        tab.repeatsBox()->setValue(1);
        tab.setRunFolder(run);
        QCOMPARE(tab.judgeEpochsBox()->value(), 20);  // what `dbse benchmark builtin` trains its judge for
        tab.judgeEpochsBox()->setValue(1);
        QTRY_VERIFY_WITH_TIMEOUT(tab.judgeNote().contains(QStringLiteral("will be trained")), 20000);
        QVERIFY(tab.runButton()->isEnabled());

        dbse::widgets::EventLoopStallMeter stalls;
        stalls.start();
        QSignalSpy progress(tab.controller(), &EvaluationController::progressed);
        QSignalSpy finished(tab.controller(), &EvaluationController::finished);
        QTest::mouseClick(tab.runButton(), Qt::LeftButton);
        QVERIFY(!tab.runButton()->isEnabled());
        QVERIFY(tab.cancelButton()->isEnabled());
        QVERIFY(finished.wait(kRunTimeoutMs));
        stalls.stop();
        QVERIFY(progress.count() >= 4);
        QStringList phases;
        for (const QList<QVariant>& args : progress) phases << QString::fromStdString(args[0].value<dbse::EvaluationProgress>().phase);
        QVERIFY2(phases.contains(QStringLiteral("latent")) && phases.contains(QStringLiteral("judge")) &&
                     phases.contains(QStringLiteral("generation")),
                 qPrintable(phases.join(u',')));
        QCOMPARE(tab.progressBar()->value(), tab.progressBar()->maximum());
        QVERIFY(tab.reportView()->hasReport());
        QVERIFY(rowOf(tab.reportView()->resultsTable(), QStringLiteral("generation.accuracy")) >= 0);
        QVERIFY(rowOf(tab.reportView()->resultsTable(), QStringLiteral("latent.static_features.gap")) >= 0);
        QVERIFY(tab.reportView()->confusionChoice()->count() > 0);
        QVERIFY(tab.reportView()->confusionMatrix()->rowCount() > 1);
        QVERIFY(QFile::exists(QDir(run).filePath(QStringLiteral("evaluation.json"))));
        QVERIFY(tab.runButton()->isEnabled());
        QVERIFY2(stalls.longestStallMs() < kMaxStallMs, qPrintable(QString::number(stalls.longestStallMs())));
        // The judge is cached now and the tab says it will be reused.
        QTRY_VERIFY_WITH_TIMEOUT(tab.judgeNote().contains(QStringLiteral("reuse")), 20000);

        // Reopening the run shows its saved report.
        EvaluationTab reopened;
        QSignalSpy shown(&reopened, &EvaluationTab::reportShown);
        reopened.setRunFolder(run);
        QVERIFY(shown.wait(10000));
        QVERIFY(reopened.reportView()->summaryText().contains(QStringLiteral("evaluation.json")));
    }

    void cancelStopsTheRunAndLeavesTheTabUsable() {
        const QString run = tinyRun();
        EvaluationTab tab;
        tab.show();
        tab.protocolBox()->setCurrentIndex(tab.protocolBox()->findData(QStringLiteral("generation")));
        tab.repeatsBox()->setValue(1);
        tab.setRunFolder(run);
        tab.judgeEpochsBox()->setValue(150);  // long enough to cancel while it trains
        QSignalSpy progress(tab.controller(), &EvaluationController::progressed);
        QSignalSpy cancelled(tab.controller(), &EvaluationController::cancelled);
        QSignalSpy finished(tab.controller(), &EvaluationController::finished);
        tab.runEvaluation();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last()[0].value<dbse::EvaluationProgress>().phase == "judge" &&
                                     progress.last()[0].value<dbse::EvaluationProgress>().step >= 1,
                                 kRunTimeoutMs);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(tab.cancelButton(), Qt::LeftButton);
        QVERIFY(!tab.cancelButton()->isEnabled());
        QVERIFY(cancelled.wait(10000));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!tab.controller()->isRunning());
        QVERIFY(tab.runButton()->isEnabled());
        QVERIFY(tab.protocolBox()->isEnabled());
        QVERIFY(tab.messageText().contains(QStringLiteral("cancelled")));
        // No half-trained judge was kept.
        QDirIterator judges(cache_.path(), {QStringLiteral("*.pt")}, QDir::Files, QDirIterator::Subdirectories);
        int kept = 0;
        while (judges.hasNext()) {
            judges.next();
            ++kept;
        }
        QCOMPARE(kept, judgesBefore_);
    }

private:
    // A tiny run trained once for the tests that evaluate one.
    QString tinyRun() {
        const QString run = runs_.filePath(QStringLiteral("tiny"));
        if (!QFile::exists(QDir(run).filePath(QStringLiteral("config.json")))) {
            const std::string error = dbse::testing::trainTinyRun(run.toStdString());
            if (!error.empty())
                qFatal("%s", error.c_str());
        }
        QDirIterator judges(cache_.path(), {QStringLiteral("*.pt")}, QDir::Files, QDirIterator::Subdirectories);
        judgesBefore_ = 0;
        while (judges.hasNext()) {
            judges.next();
            ++judgesBefore_;
        }
        return run;
    }

    QTemporaryDir cache_, runs_;
    int judgesBefore_ = 0;
};

QTEST_MAIN(TestEvaluationTab)
#include "test_evaluation_tab.moc"
