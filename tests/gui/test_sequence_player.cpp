// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SequencePlayer: rows of video, audio and series in sync; step, scrub, keyboard, play, loop,
// speed, row selection, sound requests, and no late ticks for 4 rows of 64x64 video.

#include "widgets/player_rows.h"
#include "widgets/qcustomplot_include.h"
#include "widgets/sequence_player.h"

#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <cmath>

using namespace dbse;
using widgets::SequencePlayer;

namespace {

// `rows` video rows of `steps` frames of side x side pixels; frame t of row r is a grey level
// that differs per (r, t).
api::RowSet videoRows(int rows, int steps, int side) {
    api::RowSet set;
    set.modality = "video";
    set.steps = steps;
    for (int r = 0; r < rows; ++r) {
        api::SequenceRow row;
        row.name = "row " + std::to_string(r);
        row.labels = {{"colour", "red"}, {"motion", "left"}};
        row.pictures.frames = steps;
        row.pictures.height = row.pictures.width = side;
        row.pictures.rgb.resize(size_t(steps) * side * side * 3);
        for (int t = 0; t < steps; ++t)
            std::fill_n(row.pictures.rgb.begin() + size_t(t) * side * side * 3, side * side * 3, uint8_t(20 * t + r));
        set.rows.push_back(std::move(row));
    }
    return set;
}

api::RowSet seriesRows(int rows, int steps) {
    api::RowSet set;
    set.modality = "series";
    set.steps = steps;
    set.feature_names = {"temp", "flow"};
    for (int r = 0; r < rows; ++r) {
        api::SequenceRow row;
        row.name = "series " + std::to_string(r);
        row.values.resize(2);
        for (int t = 0; t < steps; ++t) {
            row.values[0].push_back(float(t + r));
            row.values[1].push_back(t == 3 ? std::nanf("") : float(std::sin(t)));
        }
        set.rows.push_back(std::move(row));
    }
    return set;
}

api::RowSet audioRows(int rows, int steps) {
    api::RowSet set;
    set.modality = "audio";
    set.steps = steps;
    set.steps_per_second = 50;
    for (int r = 0; r < rows; ++r) {
        api::SequenceRow row;
        row.name = "sound " + std::to_string(r);
        row.pictures.frames = 1;
        row.pictures.height = 32;
        row.pictures.width = 4 * steps;
        row.pictures.rgb.assign(size_t(32) * 4 * steps * 3, uint8_t(100 + r));
        set.rows.push_back(std::move(row));
    }
    return set;
}

}  // namespace

class TestSequencePlayer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepsAndScrubs() {
        SequencePlayer player;
        player.setRows(videoRows(4, 8, 16));
        QCOMPARE(player.rowCount(), 4);
        QCOMPARE(player.frameCount(), 8);
        QCOMPARE(player.currentFrame(), 0);
        QSignalSpy frames(&player, &SequencePlayer::currentFrameChanged);
        player.stepForward();
        player.stepForward();
        QCOMPARE(player.currentFrame(), 2);
        player.stepBack();
        QCOMPARE(player.currentFrame(), 1);
        player.stepBack();
        player.stepBack();  // stays at the first frame
        QCOMPARE(player.currentFrame(), 0);
        QCOMPARE(frames.count(), 4);
        for (int r = 0; r < player.rowCount(); ++r) QCOMPARE(player.rowView(r)->shownStep(), 0);

        auto* scrub = player.findChild<QSlider*>(QStringLiteral("scrubBar"));
        QVERIFY(scrub);
        QCOMPARE(scrub->maximum(), 7);
        scrub->setValue(5);  // as a drag of the handle does
        QCOMPARE(player.currentFrame(), 5);
        for (int r = 0; r < player.rowCount(); ++r) QCOMPARE(player.rowView(r)->shownStep(), 5);
        player.setCurrentFrame(99);
        QCOMPARE(player.currentFrame(), 7);
        QCOMPARE(scrub->value(), 7);
    }

    void completingAFirstLookKeepsTheFrameShown() {
        SequencePlayer player;
        api::RowSet early = videoRows(4, 8, 16);
        early.partial = true;
        for (int r = 2; r < 4; ++r) {  // made rows: their first frame only
            early.rows[size_t(r)].pictures.frames = 1;
            early.rows[size_t(r)].pictures.rgb.resize(size_t(16) * 16 * 3);
        }
        player.setRows(early);
        QCOMPARE(player.frameCount(), 8);
        player.setCurrentFrame(3);
        QCOMPARE(player.rowView(2)->shownStep(), 3);  // shows its only picture meanwhile
        player.selectRow(1);
        QSignalSpy frames(&player, &SequencePlayer::currentFrameChanged);
        player.setRows(videoRows(4, 8, 16));
        QCOMPARE(player.currentFrame(), 3);
        QCOMPARE(player.selectedRow(), 1);
        QCOMPARE(player.rowView(2)->shownStep(), 3);
        QCOMPARE(frames.count(), 0);
        player.setRows(videoRows(4, 8, 16));  // new rows (not completing): rewind
        QCOMPARE(player.currentFrame(), 0);
        QCOMPARE(player.selectedRow(), 0);
    }

    void keyboard() {
        SequencePlayer player;
        player.resize(600, 500);
        player.setRows(videoRows(2, 8, 16));
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        QTest::keyClick(&player, Qt::Key_Right);
        QTest::keyClick(&player, Qt::Key_Right);
        QCOMPARE(player.currentFrame(), 2);
        QTest::keyClick(&player, Qt::Key_Left);
        QCOMPARE(player.currentFrame(), 1);
        QTest::keyClick(&player, Qt::Key_End);
        QCOMPARE(player.currentFrame(), 7);
        QTest::keyClick(&player, Qt::Key_Home);
        QCOMPARE(player.currentFrame(), 0);
        QTest::keyClick(&player, Qt::Key_Space);
        QVERIFY(player.isPlaying());
        QTest::keyClick(&player, Qt::Key_Space);
        QVERIFY(!player.isPlaying());
        player.play();
        QTest::keyClick(&player, Qt::Key_Right);  // stepping pauses
        QVERIFY(!player.isPlaying());
    }

    void playAdvancesLoopsAndStops() {
        SequencePlayer player;
        player.setRows(videoRows(1, 4, 8));
        player.setSpeed(4.0);  // 32 steps per second
        QCOMPARE(player.intervalMs(), 31);
        QSignalSpy frames(&player, &SequencePlayer::currentFrameChanged);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 6, 5000);  // wrapped past the last frame
        QVERIFY(player.isPlaying());
        player.setLoop(false);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);
        QCOMPARE(player.currentFrame(), 3);
        player.play();  // from the end without loop: starts again at 0
        QVERIFY(player.currentFrame() < 3);
        player.pause();
    }

    // Four rows of 64x64 video at the default rate: every tick on time.
    void fourVideoRowsWithoutLateTicks() {
        SequencePlayer player;
        player.resize(900, 800);
        player.setRows(videoRows(4, 8, 64));
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        player.play();  // 8 frames per second
        QTRY_VERIFY_WITH_TIMEOUT(player.ticks() >= 12, 10000);
        player.pause();
        QVERIFY2(player.lateTicks() == 0, qPrintable(QStringLiteral("%1 late ticks of %2").arg(player.lateTicks()).arg(player.ticks())));
    }

    void seriesRowsMarkTheStep() {
        SequencePlayer player;
        player.setRows(seriesRows(2, 12));
        QCOMPARE(player.frameCount(), 12);
        auto* view = qobject_cast<widgets::SeriesRowView*>(player.rowView(1));
        QVERIFY(view);
        QCOMPARE(view->plot()->graphCount(), 2);
        QCOMPARE(view->plot()->graph(0)->name(), QStringLiteral("temp"));
        QCOMPARE(view->plot()->graph(0)->data()->size(), 12);
        player.setCurrentFrame(6);
        QCOMPARE(view->shownStep(), 6);
        auto* cursor = qobject_cast<QCPItemStraightLine*>(view->plot()->item(0));
        QVERIFY(cursor);
        QCOMPARE(cursor->point1->key(), 6.0);
    }

    void audioRowsMoveTheCursorAndAskForSound() {
        SequencePlayer player;
        player.resize(700, 500);
        player.setRows(audioRows(3, 20));
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        QCOMPARE(player.intervalMs(), 20);
        auto* view = qobject_cast<widgets::SpectrogramRowView*>(player.rowView(0));
        QVERIFY(view);
        QVERIFY(view->cursorX(10) > view->cursorX(2));
        QSignalSpy wanted(&player, &SequencePlayer::soundWanted);
        QSignalSpy selected(&player, &SequencePlayer::selectedRowChanged);
        QTest::mouseClick(player.rowView(2), Qt::LeftButton);
        QCOMPARE(player.selectedRow(), 2);
        QCOMPARE(selected.count(), 1);
        QVERIFY(player.rowView(2)->isSelected());
        QVERIFY(!player.rowView(0)->isSelected());
        player.play();
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.first().first().toInt(), 2);
        player.setRowSound(2, QVector<float>(3200, 0.1f), 16000);
        QVERIFY(player.hasRowSound(2));
        player.pause();
        player.play();  // has its sound now: not asked again
        QCOMPARE(wanted.count(), 1);
        player.pause();
    }

    void captionsShowLabelsAndJudge() {
        api::RowSet set = videoRows(2, 4, 8);
        set.rows[1].judged = {{"colour", "blue"}, {"motion", "right"}};
        SequencePlayer player;
        player.setRows(set, {"motion"});
        QVERIFY(player.rowCaption(0).contains(QStringLiteral("red")));
        QVERIFY(!player.rowCaption(0).contains(QStringLiteral("judge")));
        QVERIFY(player.rowCaption(1).contains(QStringLiteral("blue")));
        QVERIFY(player.rowCaption(1).contains(QStringLiteral("right")));
        player.clear();
        QCOMPARE(player.rowCount(), 0);
        QCOMPARE(player.frameCount(), 0);
        player.play();
        QVERIFY(!player.isPlaying());
    }
};

QTEST_MAIN(TestSequencePlayer)
#include "test_sequence_player.moc"
