// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs dock: run folders written by the test (config.json + metrics.jsonl) are listed with
// their preset, dataset and epochs; rename and delete (with the confirmation answered by the
// test) change the folders on disk; opening a run shows its configuration read-only.

#include "app/studio/main_window.h"
#include "app/studio/run_compare_dialog.h"
#include "app/studio/run_config_dialog.h"
#include "app/studio/runs_panel.h"
#include "app/studio/status_indicators.h"
#include "dialog_answer.h"
#include "temporary_settings.h"
#include "widgets/loss_curves_plot.h"
#include "widgets/run_list_model.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using dbse::widgets::RunListModel;
using namespace dbse::studio;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A run folder as `dbse train` makes it: config.json, and metrics.jsonl with `epochs` lines.
bool writeRun(const QString& dir, const QString& preset, const QString& dataset, int planned, int epochs) {
    if (!QDir().mkpath(dir))
        return false;
    const QByteArray config = QStringLiteral(R"({"kind": "dbse-run", "version": 1, "dataset": "%1", "ablation": "none",
        "on_error": "stop", "preset": {"name": "%2", "description": "test", "train": {"epochs": %3, "lr": 0.001}}})")
                                  .arg(dataset, preset)
                                  .arg(planned)
                                  .toUtf8();
    QByteArray metrics;
    for (int epoch = 1; epoch <= epochs; ++epoch)
        metrics += QStringLiteral(R"({"epoch": %1, "lr": 0.001, "train": {"loss": %2, "padding": "%3"}})")
                       .arg(epoch)
                       .arg(1.0 / epoch)
                       .arg(QString(40, QLatin1Char('x')))
                       .toUtf8() +
                   '\n';
    return writeFile(QDir(dir).filePath(QStringLiteral("config.json")), config) &&
           (epochs == 0 || writeFile(QDir(dir).filePath(QStringLiteral("metrics.jsonl")), metrics));
}

}  // namespace

class TestRunsPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        runs_.reset(new QTemporaryDir);
        QVERIFY(runs_->isValid());
        QVERIFY(writeRun(runs_->filePath(QStringLiteral("alpha")), QStringLiteral("quick"), QStringLiteral("builtin:shapes"), 10, 3));
        QVERIFY(writeRun(runs_->filePath(QStringLiteral("beta")), QStringLiteral("sprites"), QStringLiteral("sprites:/data/lpc"), 400, 0));
        // A long metrics file: only its tail is read, and the last epoch is still found.
        QVERIFY(writeRun(runs_->filePath(QStringLiteral("gamma")), QStringLiteral("etth1"), QStringLiteral("etth1:/d/ETTh1.csv"), 3000, 2500));
        QVERIFY(QDir().mkpath(runs_->filePath(QStringLiteral("not-a-run"))));
        QVERIFY(QDir().mkpath(runs_->filePath(QStringLiteral("broken"))));
        QVERIFY(writeFile(runs_->filePath(QStringLiteral("broken/config.json")), "{ not json"));
    }

    void listsTheRunFolders() {
        RunListModel model;
        model.setRunsDirectory(runs_->path());
        QCOMPARE(model.rowCount(), 4);  // alpha, beta, broken, gamma (not-a-run has no config.json)
        QCOMPARE(model.run(0).name, QStringLiteral("alpha"));
        QCOMPARE(model.run(0).preset, QStringLiteral("quick"));
        QCOMPARE(model.run(0).dataset, QStringLiteral("builtin:shapes"));
        QCOMPARE(model.run(0).epochsDone, 3);
        QCOMPARE(model.run(0).epochsPlanned, 10);
        QVERIFY(model.run(0).error.isEmpty());
        QCOMPARE(model.run(1).epochsDone, 0);
        QCOMPARE(model.run(2).name, QStringLiteral("broken"));
        QVERIFY(model.run(2).error.contains(QStringLiteral("config.json")));
        QCOMPARE(model.run(3).epochsDone, 2500);
        QVERIFY(QFileInfo(runs_->filePath(QStringLiteral("gamma/metrics.jsonl"))).size() > 64 * 1024);
        const QString text = model.data(model.index(0)).toString();
        QVERIFY2(text.contains(QStringLiteral("quick")) && text.contains(QStringLiteral("3 of 10 epochs")), qPrintable(text));
        QCOMPARE(model.data(model.index(0), RunListModel::PathRole).toString(), QDir(runs_->path()).filePath(QStringLiteral("alpha")));
        QCOMPARE(model.rowOfPath(runs_->filePath(QStringLiteral("gamma"))), 3);
    }

    void aNewRunFolderAppears() {
        RunListModel model;
        model.setRunsDirectory(runs_->path());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(writeRun(runs_->filePath(QStringLiteral("delta")), QStringLiteral("quick"), QStringLiteral("builtin:shapes"), 5, 1));
        model.refresh();
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(reset.count() >= 1);
    }

    void renameRefusesBadNames() {
        RunListModel model;
        model.setRunsDirectory(runs_->path());
        QString error;
        QVERIFY(!model.rename(0, QStringLiteral("beta"), &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(!model.rename(0, QStringLiteral("../escape"), &error));
        QVERIFY(!model.rename(0, QString(), &error));
        QVERIFY(QDir(runs_->filePath(QStringLiteral("alpha"))).exists());
    }

    void compareTwoSelectedRuns() {
        QVERIFY(writeRun(runs_->filePath(QStringLiteral("delta")), QStringLiteral("quick"), QStringLiteral("builtin:shapes?train=64"), 12, 2));
        RunsPanel panel;
        panel.setRunsDirectory(runs_->path());
        panel.show();
        auto* compare = panel.findChild<QPushButton*>(QStringLiteral("compareRunsButton"));
        QVERIFY(compare);
        panel.selectRun(runs_->filePath(QStringLiteral("alpha")));
        QVERIFY(!compare->isEnabled());
        // Ctrl+click adds the second run, as a user selects two.
        const int delta = panel.model()->rowOfPath(runs_->filePath(QStringLiteral("delta")));
        const QRect rect = panel.view()->visualRect(panel.model()->index(delta));
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
        QCOMPARE(panel.selectedRuns().size(), 2);
        QVERIFY(panel.selectedRun().isEmpty());  // open/rename/delete act on one run
        QVERIFY(compare->isEnabled());
        compare->click();
        auto* dialog = panel.findChild<RunCompareDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->curves()->pointCount(0), 3);  // A train: alpha's epochs
        QCOMPARE(dialog->curves()->pointCount(1), 0);  // no validation in these metrics
        QCOMPARE(dialog->curves()->pointCount(2), 2);  // B train: delta's epochs
        const QStringList differences = dialog->differences();
        QCOMPARE(differences, (QStringList{QStringLiteral("dataset: builtin:shapes | builtin:shapes?train=64"),
                                           QStringLiteral("preset.train.epochs: 10 | 12")}));
        dialog->close();
    }

    void renameThroughThePanel() {
        RunsPanel panel;
        panel.setRunsDirectory(runs_->path());
        panel.show();
        panel.selectRun(runs_->filePath(QStringLiteral("alpha")));
        QCOMPARE(panel.selectedRun(), QDir(runs_->path()).filePath(QStringLiteral("alpha")));
        answerNextDialog([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            QCOMPARE(input->textValue(), QStringLiteral("alpha"));
            input->setTextValue(QStringLiteral("alpha-renamed"));
            input->accept();
        });
        panel.findChild<QPushButton*>(QStringLiteral("renameRunButton"))->click();
        QVERIFY(!QDir(runs_->filePath(QStringLiteral("alpha"))).exists());
        QVERIFY(QFile::exists(runs_->filePath(QStringLiteral("alpha-renamed/config.json"))));
        QCOMPARE(panel.model()->run(0).name, QStringLiteral("alpha-renamed"));
        QCOMPARE(panel.selectedRun(), QDir(runs_->path()).filePath(QStringLiteral("alpha-renamed")));
        // The folder watcher's rescan, or any refresh, keeps the selection.
        panel.model()->refresh();
        QCOMPARE(panel.selectedRun(), QDir(runs_->path()).filePath(QStringLiteral("alpha-renamed")));
    }

    void deleteAsksFirst() {
        RunsPanel panel;
        panel.setRunsDirectory(runs_->path());
        panel.show();
        panel.selectRun(runs_->filePath(QStringLiteral("beta")));
        QPushButton* remove = panel.findChild<QPushButton*>(QStringLiteral("deleteRunButton"));
        QVERIFY(remove->isEnabled());

        answerNextDialog([](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("confirmDeleteRun"));
            QVERIFY(box->text().contains(QStringLiteral("beta")));
            box->button(QMessageBox::Cancel)->click();
        });
        remove->click();
        QVERIFY(QFile::exists(runs_->filePath(QStringLiteral("beta/config.json"))));
        QCOMPARE(panel.model()->rowCount(), 4);

        answerNextDialog([](QWidget* dialog) {
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        remove->click();
        QVERIFY(!QDir(runs_->filePath(QStringLiteral("beta"))).exists());
        QCOMPARE(panel.model()->rowCount(), 3);
        QCOMPARE(panel.model()->rowOfPath(runs_->filePath(QStringLiteral("beta"))), -1);
        QVERIFY(QDir(runs_->filePath(QStringLiteral("alpha"))).exists());
    }

    void openingARunShowsItsConfiguration() {
        TemporarySettings settings;
        QSettings().setValue(QStringLiteral("runs/directory"), runs_->path());
        MainWindow window;
        window.show();
        QCOMPARE(window.runsPanel()->runsDirectory(), QDir(runs_->path()).absolutePath());
        QCOMPARE(window.runsPanel()->model()->rowCount(), 4);
        window.runsPanel()->selectRun(runs_->filePath(QStringLiteral("alpha")));
        window.runsPanel()->findChild<QPushButton*>(QStringLiteral("openRunButton"))->click();
        auto* dialog = window.findChild<RunConfigDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->configText().contains(QStringLiteral("\"quick\"")));
        QVERIFY(dialog->findChild<QPlainTextEdit*>()->isReadOnly());
        QCOMPARE(window.indicators()->runText(), QStringLiteral("Run alpha: 3 of 10 epochs"));
        QCOMPARE(QSettings().value(QStringLiteral("recent/runs")).toStringList().value(0),
                 QDir(runs_->path()).filePath(QStringLiteral("alpha")));
    }

private:
    std::unique_ptr<QTemporaryDir> runs_;
};

QTEST_MAIN(TestRunsPanel)
#include "test_runs_panel.moc"
