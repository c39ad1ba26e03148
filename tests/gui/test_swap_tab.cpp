// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Swap and Resample tabs on a tiny trained run, with simulated input: drops of the dataset
// browser's payload on A and B give four rows with the dataset's frame count; a newer drop
// supersedes an older one; a drop from another dataset or an unusable file is refused with a
// message; stepping, scrubbing and keys move the frame; reconstructions on demand; export;
// resampling gives K distinct sequences, the same ones again for the same seed. A series run
// gives the same on line plots.

#include "app/studio/explore_session.h"
#include "app/studio/lab_jobs.h"
#include "app/studio/resample_tab.h"
#include "app/studio/sequence_drop_target.h"
#include "app/studio/swap_tab.h"
#include "core/api/training_job.h"
#include "tiny_runs.h"
#include "trained_run_fixture.h"
#include "widgets/player_rows.h"
#include "widgets/sequence_mime.h"
#include "widgets/sequence_player.h"
#ifdef DBSE_HAVE_MEDIA
#include "core/media/audio_io.h"
#include "core/media/media_datasets.h"
#include "core/media/video_encode.h"
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <functional>
#include <memory>

using namespace dbse;
using testing::trainRun;
using testing::trainSeriesRun;
#ifdef DBSE_HAVE_MEDIA
using testing::trainAudioRun;
#endif
using studio::ExploreSession;
using studio::ResampleTab;
using studio::SwapTab;
using widgets::SequencePlayer;

namespace {

const std::string kShapes = "builtin:shapes?train=32&test=16";
constexpr int kWaitMs = 60000;

// Drops `mime` on `target` as a drag from elsewhere would end.
void dropOn(QWidget* target, QMimeData* mime) {
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    delete mime;
}

QMimeData* sequencesMime(const std::string& dataset, const char* split, qint64 index) {
    return widgets::encodeSequences({QString::fromStdString(dataset), QString::fromLatin1(split), {index}});
}

// The picture bytes of every row, to compare draws.
std::vector<std::vector<uint8_t>> picturesOf(const api::RowSet& rows) {
    std::vector<std::vector<uint8_t>> out;
    for (const auto& r : rows.rows) out.push_back(r.pictures.rgb);
    return out;
}


// A Swap or Resample tab on its own session.
template <typename Tab>
struct TabOnSession {
    ExploreSession session;
    Tab tab{&session};
    QSignalSpy shown{&tab, &Tab::rowsShown};
    // Opens `run` and waits for the tab's first rows.
    bool open(const QString& run) {
        session.setRun(run);
        return shown.wait(kWaitMs);
    }
};

}  // namespace

class TestSwapTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // This test's own caches: no judge is found, so rows carry no predictions.
        qputenv("DBSE_CACHE_DIR", dir_.filePath(QStringLiteral("cache")).toUtf8());
#ifdef DBSE_HAVE_MEDIA
        registerMediaDatasetKinds();
#endif
        run_ = dir_.filePath(QStringLiteral("run"));
        const std::string error = testing::trainTinyRun(run_.toStdString(), kShapes, 1);
        QVERIFY2(error.empty(), error.c_str());
    }

    void dropsGiveFourRows() {
        ExploreSession session;
        SwapTab tab(&session);
        tab.resize(1000, 800);
        tab.show();
        QSignalSpy shown(&tab, &SwapTab::rowsShown);
        session.setRun(run_);
        QVERIFY(shown.wait(kWaitMs));  // the default pair, before any drop
        QCOMPARE(tab.player()->rowCount(), 4);
        QCOMPARE(tab.player()->frameCount(), 8);
        QCOMPARE(tab.sourceA()->index, 0);

        dropOn(tab.targetA(), sequencesMime(kShapes, "test", 5));
        QVERIFY(shown.wait(kWaitMs));
        // A first look (the swapped rows' first frames) comes before the complete rows.
        int firstLooks = 0;
        connect(&tab, &SwapTab::firstLookShown, this, [&] {
            const api::RowSet& early = tab.player()->rows();
            QVERIFY(early.partial);
            QCOMPARE(early.rows.size(), size_t(4));
            QCOMPARE(early.rows[1].pictures.frames, 8);
            QCOMPARE(early.rows[2].pictures.frames, 1);
            ++firstLooks;
        });
        dropOn(tab.targetB(), sequencesMime(kShapes, "test", 7));
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(firstLooks, 1);
        QVERIFY(!tab.player()->rows().partial);
        QCOMPARE(tab.player()->rows().rows[2].pictures.frames, 8);
        QCOMPARE(tab.sourceA()->index, 5);
        QCOMPARE(tab.sourceB()->index, 7);
        const api::RowSet& rows = tab.player()->rows();
        QCOMPARE(tab.player()->rowCount(), 4);
        QCOMPARE(tab.player()->frameCount(), int(8));
        QVERIFY(rows.rows[0].labels == session.dataset()->labelsOf("test", 5));
        QVERIFY(rows.rows[1].labels == session.dataset()->labelsOf("test", 7));
        QVERIFY(rows.rows[2].judged.empty());
        QVERIFY(tab.targetA()->text().contains(QStringLiteral("5")));
        for (int r = 0; r < 4; ++r) QVERIFY(qobject_cast<widgets::FrameRowView*>(tab.player()->rowView(r)));

        // Stepping, scrubbing and keys move every row.
        QTest::keyClick(tab.player(), Qt::Key_Right);
        QCOMPARE(tab.player()->currentFrame(), 1);
        tab.player()->findChild<QSlider*>(QStringLiteral("scrubBar"))->setValue(6);
        QCOMPARE(tab.player()->currentFrame(), 6);
        QCOMPARE(tab.player()->rowView(3)->shownStep(), 6);
        QTest::keyClick(tab.player(), Qt::Key_Home);
        QCOMPARE(tab.player()->currentFrame(), 0);
        QSignalSpy frames(tab.player(), &SequencePlayer::currentFrameChanged);
        tab.player()->play();
        QVERIFY(frames.wait(5000));
        tab.player()->pause();
        QVERIFY(tab.player()->currentFrame() > 0);

        tab.reconstructionsBox()->setChecked(true);
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(tab.player()->rowCount(), 6);
    }

    void newerDropSupersedesOlder() {
        TabOnSession<SwapTab> t;
        QVERIFY(t.open(run_));
        auto& [session, tab, shown] = t;
        shown.clear();
        dropOn(tab.targetA(), sequencesMime(kShapes, "test", 1));
        dropOn(tab.targetA(), sequencesMime(kShapes, "test", 2));
        QVERIFY(shown.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(!tab.jobs()->isBusy(), kWaitMs);
        QTest::qWait(200);  // the superseded job has finished too: it must not report
        QCOMPARE(shown.count(), 1);
        QVERIFY(tab.player()->rows().rows[0].labels == session.dataset()->labelsOf("test", 2));
    }

    void refusesOtherDatasetsAndUnusableFiles() {
        TabOnSession<SwapTab> t;
        QVERIFY(t.open(run_));
        auto& [session, tab, shown] = t;
        dropOn(tab.targetA(), sequencesMime("builtin:shapes", "test", 1));
        QVERIFY2(tab.statusText().contains(QStringLiteral("builtin:shapes?train=32&test=16")), qPrintable(tab.statusText()));
        QCOMPARE(tab.sourceA()->index, 0);

        const QString clip = dir_.filePath(QStringLiteral("clip.mp4"));
        QFile file(clip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a video");
        file.close();
        QSignalSpy failed(&tab, &SwapTab::failed);
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(clip)});
        dropOn(tab.targetB(), mime);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("builtin")), qPrintable(failed.first().first().toString()));
    }

    void exportsRows() {
        TabOnSession<SwapTab> t;
        QVERIFY(t.open(run_));
        auto& [session, tab, shown] = t;
        QSignalSpy exported(&tab, &SwapTab::exported);
        const QString png = dir_.filePath(QStringLiteral("swap.png"));
        tab.exportTo(png);
        QVERIFY(exported.wait(kWaitMs));
        QCOMPARE(exported.first().first().toString(), png);
        const QImage strip(png);
        QVERIFY(strip.width() > 8 * 64 && strip.height() > 4 * 64);
    }

    void resampleIsRepeatableUnderASeed() {
        TabOnSession<ResampleTab> t;
        QVERIFY(t.open(run_));
        auto& [session, tab, shown] = t;
        QCOMPARE(tab.player()->rowCount(), 9);  // the original and 8 samples
        tab.countBox()->setValue(3);
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(tab.player()->rowCount(), 4);
        QCOMPARE(tab.player()->frameCount(), 8);
        const auto first = picturesOf(tab.player()->rows());
        for (size_t i = 1; i < first.size(); ++i)
            for (size_t j = 0; j < i; ++j) QVERIFY2(first[i] != first[j], qPrintable(QStringLiteral("%1 = %2").arg(i).arg(j)));

        const int seed = tab.seedBox()->value();
        tab.drawAgainButton()->click();
        QVERIFY(tab.seedBox()->value() != seed);
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY(picturesOf(tab.player()->rows()) != first);
        tab.seedBox()->setValue(seed);
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY(picturesOf(tab.player()->rows()) == first);

        tab.fixBox()->setCurrentIndex(1);  // fix dynamics, draw static codes
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY(picturesOf(tab.player()->rows()) != first);
        dropOn(tab.target(), sequencesMime(kShapes, "train", 4));
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(tab.source()->split, std::string("train"));
        QVERIFY(tab.player()->rows().rows[0].labels == session.dataset()->labelsOf("train", 4));
    }

    void seriesRunsPlotLines() {
        const std::string error = trainSeriesRun(dir_.path());
        QVERIFY2(error.empty(), error.c_str());
        ExploreSession session;
        SwapTab swap(&session);
        ResampleTab resample(&session);
        QSignalSpy swapped(&swap, &SwapTab::rowsShown);
        QSignalSpy drawn(&resample, &ResampleTab::rowsShown);
        session.setRun(dir_.filePath(QStringLiteral("series-run")));
        QVERIFY(swapped.wait(kWaitMs));
        QCOMPARE(swap.player()->rowCount(), 4);
        QCOMPARE(swap.player()->frameCount(), 24);
        auto* view = qobject_cast<widgets::SeriesRowView*>(swap.player()->rowView(2));
        QVERIFY(view);
        swap.player()->setCurrentFrame(10);
        QCOMPARE(view->shownStep(), 10);

        QTRY_VERIFY_WITH_TIMEOUT(drawn.count() > 0, kWaitMs);
        resample.countBox()->setValue(3);
        QVERIFY(drawn.wait(kWaitMs));
        const api::RowSet rows = resample.player()->rows();
        QCOMPARE(int(rows.rows.size()), 4);
        for (size_t i = 1; i < rows.rows.size(); ++i) QVERIFY(rows.rows[i].values != rows.rows[0].values);
        QVERIFY(rows.rows[1].values != rows.rows[2].values);
    }

#ifdef DBSE_HAVE_MEDIA
    // Audio rows: spectrograms with a cursor; the selected row's Griffin-Lim sound is computed
    // in the background when playback starts; resampled spectrograms differ.
    void audioRunsShowSpectrogramsAndSound() {
        const std::string error = trainAudioRun(dir_.path());
        QVERIFY2(error.empty(), error.c_str());
        TabOnSession<SwapTab> t;
        QVERIFY(t.open(dir_.filePath(QStringLiteral("audio-run"))));
        SwapTab& tab = t.tab;
        QCOMPARE(tab.player()->rowCount(), 4);
        QCOMPARE(tab.player()->frameCount(), 20);
        QVERIFY(qobject_cast<widgets::SpectrogramRowView*>(tab.player()->rowView(2)));
        tab.player()->selectRow(2);
        tab.player()->play();
        QTRY_VERIFY_WITH_TIMEOUT(tab.player()->hasRowSound(2), kWaitMs);
        tab.player()->pause();

        ResampleTab resample(&t.session);
        QSignalSpy drawn(&resample, &ResampleTab::rowsShown);
        resample.countBox()->setValue(2);
        QTRY_VERIFY_WITH_TIMEOUT(drawn.count() > 0 && resample.player()->rowCount() == 3, kWaitMs);
        const auto pictures = picturesOf(resample.player()->rows());
        QVERIFY(pictures[1] != pictures[2] && pictures[0] != pictures[1]);
    }

    // A clip dropped from the file manager on a run of a video:DIR dataset is decoded with the
    // dataset's options and swapped; its first frame stands for it in the target.
    void droppedClipIsSwapped() {
        const QString clips = dir_.filePath(QStringLiteral("clips"));
        QVERIFY(QDir().mkpath(clips));
        for (int k = 0; k < 4; ++k) {
            torch::Tensor frames = torch::zeros({10, 48, 48, 3}, torch::kByte);
            for (int t = 0; t < 10; ++t) frames[t].narrow(0, 8 + 2 * k, 12).narrow(1, 3 * t, 12).fill_(220);
            writeVideoFile(QStringLiteral("%1/clip%2.mp4").arg(clips).arg(k).toStdString(), frames);
        }
        const std::string error = trainRun(dir_.filePath(QStringLiteral("video-run")),
                                           "video:" + clips.toStdString() + "?frames=8&size=64&test=0.25", "quick",
                                           [](Preset& p) {
                                               p.train.batch = 2;
                                               p.train.drop_last = false;
                                           });
        QVERIFY2(error.empty(), error.c_str());
        TabOnSession<SwapTab> t;
        QVERIFY(t.open(dir_.filePath(QStringLiteral("video-run"))));
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(clips + QStringLiteral("/clip2.mp4"))});
        dropOn(t.tab.targetA(), mime);
        QVERIFY(t.shown.wait(kWaitMs));
        QCOMPARE(t.tab.sourceA()->file, QString(clips + QStringLiteral("/clip2.mp4")).toStdString());
        QCOMPARE(t.tab.player()->rowCount(), 4);
        QCOMPARE(t.tab.player()->frameCount(), 8);
        QCOMPARE(t.tab.targetA()->text(), QStringLiteral("clip2.mp4"));
    }
#endif

private:
    QTemporaryDir dir_;
    QString run_;
};

QTEST_MAIN(TestSwapTab)
#include "test_swap_tab.moc"
