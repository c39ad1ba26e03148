// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dbse-studio main window: loads the built-in dataset off the GUI thread and shows its
// size and labels; the play/pause and step buttons drive the grid; bad datasets show an error.

#include "app/studio/dataset_browser.h"
#include "app/studio/main_window.h"
#include "core/api/dataset_preview.h"
#include "temporary_settings.h"
#include "widgets/dataset_list_model.h"
#include "widgets/sequence_grid_view.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using namespace dbse;
using studio::MainWindow;

namespace {
constexpr int kLoadTimeoutMs = 60000;
}

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // The expected numbers, straight from the api (the window must show the same).
        const api::DatasetPreview reference = api::previewDataset("builtin:shapes", "train", 0);
        total_ = reference.total;
        QVERIFY(total_ > MainWindow::kDefaultPreviewCount);
    }

    void showsTheBuiltinDataset() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("DBSE Studio"));
        QSignalSpy shown(&window, &MainWindow::previewShown);
        window.openDataset(QStringLiteral("builtin:shapes"));
        // Loading is asynchronous: openDataset() returns before the data is there.
        QCOMPARE(window.state(), MainWindow::State::Loading);
        QVERIFY(window.statusText().contains(QStringLiteral("Loading")));

        QTRY_COMPARE_WITH_TIMEOUT(window.state(), MainWindow::State::Ready, kLoadTimeoutMs);
        QCOMPARE(shown.count(), 1);
        const QString header = window.headerText();
        QVERIFY2(header.contains(QStringLiteral("builtin:shapes/train")), qPrintable(header));
        QVERIFY2(header.contains(QLocale().toString(total_)), qPrintable(header));
        for (const char* label : {"shape", "colour", "background", "motion"})
            QVERIFY2(header.contains(QLatin1String(label)), qPrintable(header));
        QVERIFY2(window.statusText().contains(QLocale().toString(total_)), qPrintable(window.statusText()));
        QCOMPARE(window.grid()->count(), MainWindow::kDefaultPreviewCount);
        QVERIFY(window.grid()->isVisible());
        QVERIFY(window.grid()->frameCount() > 1);
        QVERIFY(!window.grid()->caption(0).isEmpty());
        // Above the grid, the browser lists every train sequence, not only the first ones.
        studio::DatasetBrowser* browser = window.datasetPanel()->browser();
        QCOMPARE(browser->model()->rowCount(), static_cast<int>(total_));
        QCOMPARE(browser->model()->datasetSpec(), QStringLiteral("builtin:shapes"));
        QVERIFY(browser->view()->isVisible());
    }

    void playPauseAndStepButtons() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDataset(QStringLiteral("builtin:shapes"), 6);
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), MainWindow::State::Ready, kLoadTimeoutMs);
        widgets::SequenceGridView* grid = window.grid();
        auto* play = window.findChild<QToolButton*>(QStringLiteral("playPauseButton"));
        auto* step = window.findChild<QToolButton*>(QStringLiteral("stepButton"));
        auto* frameLabel = window.findChild<QLabel*>(QStringLiteral("frameLabel"));
        QVERIFY(play && step && frameLabel);
        QVERIFY(play->isEnabled());
        QVERIFY(grid->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("Pause"));

        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(!grid->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("Play"));
        const int paused = grid->currentFrame();
        QTest::qWait(400);  // three ticks at 8 fps if it were still playing
        QCOMPARE(grid->currentFrame(), paused);

        QTest::mouseClick(step, Qt::LeftButton);
        QCOMPARE(grid->currentFrame(), (paused + 1) % grid->frameCount());
        QVERIFY(!grid->isPlaying());
        QCOMPARE(frameLabel->text(),
                 QStringLiteral("Frame %1 / %2").arg(grid->currentFrame() + 1).arg(grid->frameCount()));

        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(grid->isPlaying());
        const int resumed = grid->currentFrame();
        QTRY_VERIFY_WITH_TIMEOUT(grid->currentFrame() != resumed, 5000);
    }

    void badDatasetShowsAnError_data() {
        QTest::addColumn<QString>("spec");
        QTest::newRow("unknown kind") << QStringLiteral("nosuchkind:whatever");
        QTest::newRow("unknown builtin") << QStringLiteral("builtin:nope");
        QTest::newRow("no kind") << QStringLiteral("justtext");
    }
    void badDatasetShowsAnError() {
        QFETCH(QString, spec);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openDataset(spec);
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), MainWindow::State::Failed, kLoadTimeoutMs);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!window.errorText().isEmpty());
        auto* error = window.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text().remove(QChar(0x200B)), window.errorText());  // long paths may wrap after '/'
        QVERIFY2(window.statusText().startsWith(QStringLiteral("Error")), qPrintable(window.statusText()));
        QVERIFY(window.headerText().contains(spec));
        QCOMPARE(window.grid()->count(), 0);
        QVERIFY(!window.grid()->isVisible());
        QCOMPARE(window.datasetPanel()->browser()->model()->rowCount(), 0);
        QVERIFY(!window.findChild<QToolButton*>(QStringLiteral("playPauseButton"))->isEnabled());
    }

    void aNewerDatasetSupersedesALoadingOne() {
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QSignalSpy shown(&window, &MainWindow::previewShown);
        window.openDataset(QStringLiteral("nosuchkind:whatever"));
        window.openDataset(QStringLiteral("builtin:shapes"), 4);
        QTRY_COMPARE_WITH_TIMEOUT(window.state(), MainWindow::State::Ready, kLoadTimeoutMs);
        QTest::qWait(100);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(window.grid()->count(), 4);
        QCOMPARE(window.datasetSpec(), QStringLiteral("builtin:shapes"));
    }

    void closingWhileLoadingIsSafe() {
        auto* window = new MainWindow;
        window->show();
        window->openDataset(QStringLiteral("builtin:shapes"));
        QCOMPARE(window->state(), MainWindow::State::Loading);
        delete window;  // waits for the worker; must not crash or deliver to a dead window
        QTest::qWait(50);
    }

private:
    TemporarySettings settings_;  // the windows must not touch the user's settings
    qint64 total_ = 0;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
