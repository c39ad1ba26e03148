// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SequenceGridView: cells, captions, playback (timer, keys), stepping, reflow, painting.

#include "preview_fixture.h"
#include "widgets/sequence_grid_view.h"

#include <QSignalSpy>
#include <QTest>

using namespace dbse;
using widgets::SequenceGridView;

class TestSequenceGridView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsOneCellPerItem() {
        SequenceGridView grid;
        grid.resize(800, 600);
        grid.setPreview(test::makePreview(7));
        QCOMPARE(grid.count(), 7);
        QCOMPARE(grid.frameCount(), 4);
        for (int i = 0; i < grid.count(); ++i) {
            const QRect r = grid.cellRect(i);
            QVERIFY(!r.isEmpty());
            QCOMPARE(grid.cellAt(r.center()), i);
            QVERIFY(r.contains(grid.thumbnailRect(i)));
            QCOMPARE(grid.thumbnailRect(i).size(), QSize(16, 16) * grid.thumbnailScale());
            for (int j = 0; j < i; ++j)
                QVERIFY2(!r.intersects(grid.cellRect(j)), qPrintable(QStringLiteral("cells %1 and %2 overlap").arg(i).arg(j)));
        }
        QVERIFY(grid.cellRect(7).isEmpty());
        QCOMPARE(grid.cellAt(QPoint(1, 1)), -1);

        grid.setPreview(test::makePreview(2));
        QCOMPARE(grid.count(), 2);
        grid.clear();
        QCOMPARE(grid.count(), 0);
        QCOMPARE(grid.frameCount(), 0);
    }

    void captionsAndToolTipsComeFromLabels() {
        SequenceGridView grid;
        grid.setPreview(test::makePreview(3));
        QCOMPARE(grid.caption(0), QStringLiteral("red circle \u00b7 slide right"));
        QCOMPARE(grid.caption(1), QStringLiteral("green square \u00b7 spin clockwise"));
        QCOMPARE(grid.caption(2), QStringLiteral("blue triangle \u00b7 slide right"));
        QVERIFY(grid.toolTip(1).contains(QStringLiteral("background: stripes")));
        QCOMPARE(grid.sequenceIndex(2), 2);
        QCOMPARE(grid.caption(3), QString());
        QCOMPARE(grid.sequenceIndex(-1), -1);
    }

    void reflowsToTheWidth() {
        SequenceGridView grid;
        grid.setPreview(test::makePreview(12));
        QVERIFY(grid.hasHeightForWidth());
        QVERIFY(grid.heightForWidth(300) > grid.heightForWidth(1200));
        grid.resize(1200, grid.heightForWidth(1200));
        const int wideRowY = grid.cellRect(1).top();
        QCOMPARE(wideRowY, grid.cellRect(0).top());  // side by side
        grid.resize(grid.minimumSizeHint().width(), 2000);
        QVERIFY(grid.cellRect(1).top() > grid.cellRect(0).top());  // one column
    }

    void timerAdvancesAndSpaceToggles() {
        SequenceGridView grid;
        grid.setFramesPerSecond(50);
        grid.setPreview(test::makePreview(3, 6));
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QVERIFY(grid.isPlaying());
        QSignalSpy frames(&grid, &SequenceGridView::currentFrameChanged);
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 3, 5000);

        QSignalSpy playing(&grid, &SequenceGridView::playingChanged);
        QTest::keyClick(&grid, Qt::Key_Space);
        QVERIFY(!grid.isPlaying());
        QCOMPARE(playing.count(), 1);
        QCOMPARE(playing.at(0).at(0).toBool(), false);
        const int paused = grid.currentFrame();
        frames.clear();
        QTest::qWait(300);  // 15 ticks at 50 fps if the timer were still running
        QCOMPARE(frames.count(), 0);
        QCOMPARE(grid.currentFrame(), paused);

        QTest::keyClick(&grid, Qt::Key_Space);
        QVERIFY(grid.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(grid.currentFrame() != paused, 5000);
    }

    void stepWrapsAroundAfterTFrames() {
        SequenceGridView grid;
        grid.setPlaying(false);
        grid.setPreview(test::makePreview(2, 5));
        QCOMPARE(grid.currentFrame(), 0);
        for (int t = 1; t <= 5; ++t) {
            grid.stepFrame();
            QCOMPARE(grid.currentFrame(), t % 5);
        }
        grid.stepBack();
        QCOMPARE(grid.currentFrame(), 4);
        grid.setCurrentFrame(99);
        QCOMPARE(grid.currentFrame(), 4);
    }

    void arrowKeysPauseAndStep() {
        SequenceGridView grid;
        grid.setPreview(test::makePreview(2, 3));
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QVERIFY(grid.isPlaying());
        const int before = grid.currentFrame();
        QTest::keyClick(&grid, Qt::Key_Right);
        QVERIFY(!grid.isPlaying());
        QCOMPARE(grid.currentFrame(), (before + 1) % 3);
        grid.setCurrentFrame(1);
        QTest::keyClick(&grid, Qt::Key_Left);
        QTest::keyClick(&grid, Qt::Key_Left);
        QCOMPARE(grid.currentFrame(), 2);  // wrapped backwards
    }

    void newPreviewRewinds() {
        SequenceGridView grid;
        grid.setPlaying(false);
        grid.setPreview(test::makePreview(2, 4));
        grid.stepFrame();
        grid.stepFrame();
        grid.setPreview(test::makePreview(2, 4));
        QCOMPARE(grid.currentFrame(), 0);
        QVERIFY(!grid.isPlaying());
    }

    void mixedLengthsCycleOverTheLongest() {
        api::DatasetPreview p = test::makePreview(1, 3);
        p.items.push_back(test::makeSequence(1, 5, 16, 16, {}));
        SequenceGridView grid;
        grid.setPreview(p);
        QCOMPARE(grid.frameCount(), 5);
    }

    void emptyGridIsSafe() {
        SequenceGridView grid;
        grid.stepFrame();
        grid.stepBack();
        grid.togglePlaying();
        QCOMPARE(grid.currentFrame(), 0);
        QCOMPARE(grid.count(), 0);
        QVERIFY(!grid.grab().isNull());
    }

    // The painted thumbnail shows frame currentFrame(), magnified by thumbnailScale().
    void paintsTheCurrentFrame() {
        SequenceGridView grid;
        grid.setPlaying(false);
        grid.setPreview(test::makePreview(3, 4));
        grid.resize(800, 600);
        for (int t : {0, 1, 3}) {
            grid.setCurrentFrame(t);
            const QImage shot = grid.grab().toImage();
            const int scale = grid.thumbnailScale();
            for (int cell : {0, 2}) {
                const QPoint origin = grid.thumbnailRect(cell).topLeft();
                for (auto [x, y] : {std::pair{0, 0}, std::pair{15, 0}, std::pair{7, 9}, std::pair{15, 15}}) {
                    const QRgb got = shot.pixel(origin + QPoint(x * scale + scale / 2, y * scale + scale / 2));
                    QCOMPARE(QColor(got).name(), QColor(test::expectedPixel(cell, t, y, x)).name());
                }
            }
        }
    }

    void scaleAndSpeedAreClamped() {
        SequenceGridView grid;
        grid.setThumbnailScale(0);
        QCOMPARE(grid.thumbnailScale(), 1);
        grid.setThumbnailScale(3);
        QCOMPARE(grid.thumbnailScale(), 3);
        grid.setFramesPerSecond(1000);
        QCOMPARE(grid.framesPerSecond(), 60);
    }
};

QTEST_MAIN(TestSequenceGridView)
#include "test_sequence_grid_view.moc"
