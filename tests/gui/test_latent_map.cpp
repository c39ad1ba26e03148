// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Latent map tab on a tiny trained run: the map of a split appears and refines (several
// t-SNE layouts), colouring by a label gives its class counts in the legend, a click on a
// point selects that sequence in both plots and in the dataset browser (and the browser's
// selection highlights the points), a rectangle selects exactly the points inside, the
// selection drags as the browser's payload, CSV/PNG/SVG exports read back, the tooltip shows
// the thumbnail and labels, a lasso selects the points inside its polygon, and new inputs
// cancel the computation in flight; series and audio runs are mapped too. The scatter plot
// alone: hit tests through the grid agree with a scan of every point, at 10,000 points.

#include "app/studio/dataset_browser.h"
#include "app/studio/latent_map_tab.h"
#include "core/api/opened_dataset.h"
#include "core/api/run_model.h"
#include "tests/gui/tiny_runs.h"
#include "tests/gui/trained_run_fixture.h"
#include "widgets/dataset_filter_model.h"
#include "widgets/dataset_list_model.h"
#include "widgets/event_loop_stall_meter.h"
#include "widgets/latent_scatter_plot.h"
#include "widgets/plot_image_export.h"
#include "widgets/sequence_mime.h"
#include "widgets/thumbnail_tooltip.h"
#ifdef DBSE_HAVE_MEDIA
#include "core/media/media_datasets.h"
#endif

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QListView>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <map>
#include <memory>

using namespace dbse;
using studio::LatentMapTab;
using widgets::LatentScatterPlot;

namespace {

constexpr int kComputeTimeoutMs = 60000;

// The points of `plot` whose pixel position lies inside `rect`, by a scan of every point.
QList<qint64> scanInside(const LatentScatterPlot& plot, const QRectF& rect) {
    QList<qint64> inside;
    for (qint64 i = 0; i < plot.pointCount(); ++i)
        if (rect.contains(plot.pixelOf(i)))
            inside.append(i);
    return inside;
}

// A point that a click at its own pixel position finds (no other point nearer).
qint64 clickablePoint(const LatentScatterPlot& plot, qint64 from) {
    for (qint64 i = from; i < plot.pointCount(); ++i)
        if (plot.pointAt(plot.pixelOf(i)) == i)
            return i;
    return -1;
}

QStringList splitCsvLine(const QString& line) { return line.split(QLatin1Char(',')); }

}  // namespace

class TestLatentMap : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::shared_ptr<api::RunModel> model_;
    std::shared_ptr<const api::OpenedDataset> dataset_;

    // A shown tab (a hidden one does not compute) with these t-SNE settings.
    static std::unique_ptr<LatentMapTab> shownTab(int iterations, int progressEvery) {
        auto tab = std::make_unique<LatentMapTab>();
        tab->setTsneIterations(iterations, progressEvery);
        tab->resize(1100, 560);
        tab->show();
        if (!QTest::qWaitForWindowExposed(tab.get()))
            return nullptr;
        return tab;
    }

    // A shown tab with a finished map of the test split.
    std::unique_ptr<LatentMapTab> mappedTab() {
        auto tab = shownTab(120, 60);
        if (!tab)
            return nullptr;
        QSignalSpy ended(tab.get(), &LatentMapTab::computationEnded);
        tab->setInputs(model_, dataset_);
        if (!ended.wait(kComputeTimeoutMs))
            return nullptr;
        for (int p : {LatentMapTab::kStatic, LatentMapTab::kDynamic})
            tab->plot(p)->replot();  // lay the axes out for pixel positions now
        return tab;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qputenv("DBSE_CACHE_DIR", dir_.filePath(QStringLiteral("cache")).toUtf8());  // this test's own caches
#ifdef DBSE_HAVE_MEDIA
        registerMediaDatasetKinds();
#endif
        const std::string run = dir_.filePath(QStringLiteral("run")).toStdString();
        const std::string error = testing::trainTinyRun(run);
        QVERIFY2(error.empty(), error.c_str());
        model_ = api::RunModel::open(run);
        dataset_ = api::OpenedDataset::open(model_->datasetSpec());
    }

    void mapAppearsAndRefines() {
        const auto owned = shownTab(300, 25);
        QVERIFY(owned);
        LatentMapTab& tab = *owned;
        QSignalSpy shown(&tab, &LatentMapTab::layoutShown);
        QSignalSpy ended(&tab, &LatentMapTab::computationEnded);
        widgets::EventLoopStallMeter stalls;
        stalls.start();
        tab.setInputs(model_, dataset_);
        QVERIFY(tab.isComputing());
        QVERIFY(ended.wait(kComputeTimeoutMs));
        stalls.stop();
        const int points = static_cast<int>(dataset_->count("test"));
        int intermediate[2] = {0, 0}, finals[2] = {0, 0};
        for (const QList<QVariant>& layout : shown) {
            const int which = layout.at(0).toInt();
            QCOMPARE(layout.at(1).toInt(), points);
            ++(layout.at(2).toBool() ? finals : intermediate)[which];
        }
        QVERIFY2(intermediate[0] > 1 && intermediate[1] > 1, "t-SNE layouts are shown while it refines");
        QCOMPARE(finals[0], 1);
        QCOMPARE(finals[1], 1);
        QCOMPARE(tab.plot(LatentMapTab::kStatic)->pointCount(), points);
        QCOMPARE(tab.plot(LatentMapTab::kDynamic)->pointCount(), points);
        QCOMPARE(tab.mapSplit(), QStringLiteral("test"));
        QVERIFY2(stalls.longestStallMs() < 100.0, qPrintable(QString::number(stalls.longestStallMs())));

        // PCA: one final layout per code.
        shown.clear();
        tab.methodBox()->setCurrentIndex(tab.methodBox()->findData(static_cast<int>(api::MapMethod::Pca)));
        QVERIFY(ended.wait(kComputeTimeoutMs));
        QCOMPARE(shown.size(), 2);
        QVERIFY(shown.at(0).at(2).toBool() && shown.at(1).at(2).toBool());
    }

    void colourByCountsClasses() {
        auto tab = mappedTab();
        QVERIFY(tab);
        QComboBox* colour = tab->colourBox();
        QCOMPARE(colour->count(), static_cast<int>(dataset_->labels("test").size()));
        for (int item = 0; item < colour->count(); ++item) {
            colour->setCurrentIndex(item);
            const QString name = colour->currentData().toString();
            const auto labels = dataset_->labels("test");
            const auto column = std::find_if(labels.begin(), labels.end(),
                                             [&](const api::SplitLabels& l) { return QString::fromStdString(l.name) == name; });
            QVERIFY(column != labels.end());
            QVector<int> expected(static_cast<int>(column->classes.size()), 0);
            for (int32_t v : column->values)
                ++expected[v];
            for (int p : {LatentMapTab::kStatic, LatentMapTab::kDynamic}) {
                QCOMPARE(tab->plot(p)->classCounts(), expected);
                const QStringList legend = tab->plot(p)->legendTexts();
                QCOMPARE(legend.size(), expected.size());
                for (int c = 0; c < expected.size(); ++c)
                    QCOMPARE(legend.at(c), QStringLiteral("%1 (%2)").arg(QString::fromStdString(column->classes[c])).arg(expected[c]));
            }
        }
    }

    void clickSelectsEverywhere() {
        auto tab = mappedTab();
        QVERIFY(tab);
        studio::DatasetBrowser browser;
        browser.setDataset(dataset_);
        studio::linkSelection(tab.get(), &browser);
        QSignalSpy selected(tab.get(), &LatentMapTab::sequencesSelected);
        LatentScatterPlot* plot = tab->plot(LatentMapTab::kDynamic);
        const qint64 point = clickablePoint(*plot, 3);
        QVERIFY(point >= 0);
        QTest::mouseClick(plot, Qt::LeftButton, {}, plot->pixelOf(point).toPoint());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(plot->selection(), QList<qint64>{point});
        QCOMPARE(tab->plot(LatentMapTab::kStatic)->selection(), QList<qint64>{point});
        QCOMPARE(browser.model()->split(), QStringLiteral("test"));
        QCOMPARE(browser.selectedSequences(), QList<qint64>{point});

        // The browser's selection highlights the same sequence in both plots.
        const qint64 other = (point + 5) % plot->pointCount();
        const QModelIndex row = browser.filter()->mapFromSource(browser.model()->index(static_cast<int>(other)));
        browser.view()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(plot->selection(), QList<qint64>{other});
        QCOMPARE(tab->plot(LatentMapTab::kStatic)->selection(), QList<qint64>{other});
        QCOMPARE(selected.size(), 1);  // no echo back

        // A click on empty space clears the selection.
        QPoint empty;
        for (int y = 5; y < plot->height() && empty.isNull(); y += 7)
            for (int x = plot->width() / 4; x < plot->width() && empty.isNull(); x += 7)
                if (plot->axisRect()->rect().contains(x, y) && plot->pointAt(QPointF(x, y)) < 0 &&
                    !plot->legend->outerRect().contains(x, y))
                    empty = QPoint(x, y);
        QVERIFY(!empty.isNull());
        QTest::mouseClick(plot, Qt::LeftButton, {}, empty);
        QVERIFY(plot->selection().isEmpty());
        QVERIFY(browser.selectedSequences().isEmpty());
    }

    void rectangleSelectsInsideAndDrags() {
        auto tab = mappedTab();
        QVERIFY(tab);
        tab->modeButton(1)->click();
        LatentScatterPlot* plot = tab->plot(LatentMapTab::kStatic);
        QCOMPARE(plot->mode(), LatentScatterPlot::Mode::Rectangle);
        const QRect area = plot->axisRect()->rect();
        const QRect band(area.left() + area.width() / 5, area.top() + area.height() / 5, area.width() / 2,
                         area.height() / 2);
        QVERIFY2(plot->pointAt(band.topLeft()) < 0, "the rectangle starts on empty space");
        QSignalSpy selected(tab.get(), &LatentMapTab::sequencesSelected);
        QTest::mousePress(plot, Qt::LeftButton, {}, band.topLeft());
        QTest::mouseMove(plot, band.center());
        QTest::mouseMove(plot, band.bottomRight());
        QTest::mouseRelease(plot, Qt::LeftButton, {}, band.bottomRight());
        QCOMPARE(selected.size(), 1);
        QList<qint64> chosen = plot->selection();
        std::sort(chosen.begin(), chosen.end());
        const QList<qint64> expected = scanInside(*plot, QRectF(band));
        QVERIFY2(!expected.isEmpty(), "the rectangle holds points");
        QVERIFY2(expected.size() < plot->pointCount(), "the rectangle leaves points out");
        QCOMPARE(chosen, expected);
        QCOMPARE(tab->plot(LatentMapTab::kDynamic)->selection(), plot->selection());

        std::unique_ptr<QMimeData> mime(plot->selectionMimeData());
        QVERIFY(mime);
        const auto decoded = widgets::decodeSequences(mime.get());
        QVERIFY(decoded);
        QCOMPARE(decoded->dataset, QString::fromStdString(dataset_->spec()));
        QCOMPARE(decoded->split, QStringLiteral("test"));
        QCOMPARE(decoded->indices, plot->selection());
    }

    void lassoSelectsInsideThePolygon() {
        auto tab = mappedTab();
        QVERIFY(tab);
        tab->modeButton(2)->click();
        LatentScatterPlot* plot = tab->plot(LatentMapTab::kDynamic);
        QCOMPARE(plot->mode(), LatentScatterPlot::Mode::Lasso);
        const QRect area = plot->axisRect()->rect();
        auto at = [&](double fx, double fy) {
            return QPoint(area.left() + static_cast<int>(fx * area.width()), area.top() + static_cast<int>(fy * area.height()));
        };
        const QList<QPoint> path = {at(0.15, 0.15), at(0.85, 0.25), at(0.5, 0.9)};
        QVERIFY2(plot->pointAt(path.front()) < 0, "the lasso starts on empty space");
        QTest::mousePress(plot, Qt::LeftButton, {}, path.at(0));
        QTest::mouseMove(plot, path.at(1));
        QTest::mouseMove(plot, path.at(2));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, path.at(2));
        QPolygonF polygon;
        for (const QPoint& p : {path.at(0), path.at(1), path.at(2), path.at(2)})
            polygon.append(QPointF(p));
        QList<qint64> expected;
        for (qint64 i = 0; i < plot->pointCount(); ++i)
            if (polygon.containsPoint(plot->pixelOf(i), Qt::OddEvenFill))
                expected.append(i);
        QVERIFY2(!expected.isEmpty() && expected.size() < plot->pointCount(), "the lasso holds some points");
        QList<qint64> chosen = plot->selection();
        std::sort(chosen.begin(), chosen.end());
        QCOMPARE(chosen, expected);
        QCOMPARE(tab->plot(LatentMapTab::kStatic)->selection(), plot->selection());
    }

    void hoverShowsThumbnailAndLabels() {
        auto tab = mappedTab();
        QVERIFY(tab);
        LatentScatterPlot* plot = tab->plot(LatentMapTab::kStatic);
        const qint64 point = clickablePoint(*plot, 0);
        QVERIFY(point >= 0);
        QTest::mouseMove(plot, plot->pixelOf(point).toPoint());
        QTRY_VERIFY(tab->tooltip()->isVisible());
        for (const auto& [label, value] : dataset_->labelsOf("test", point))
            QVERIFY2(tab->tooltip()->text().contains(QString::fromStdString(label + ": " + value)),
                     qPrintable(tab->tooltip()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(tab->tooltip()->hasImage(), 10000);
    }

    void exportsReadBack() {
        auto tab = mappedTab();
        QVERIFY(tab);
        const QString csv = dir_.filePath(QStringLiteral("map-s.csv"));
        QCOMPARE(tab->saveCsv(LatentMapTab::kStatic, csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto labels = dataset_->labels("test");
        QStringList header = {QStringLiteral("index"), QStringLiteral("x"), QStringLiteral("y")};
        for (const api::SplitLabels& l : labels)
            header.append(QString::fromStdString(l.name));
        QCOMPARE(splitCsvLine(lines.at(0)), header);
        LatentScatterPlot* plot = tab->plot(LatentMapTab::kStatic);
        QCOMPARE(lines.size(), plot->pointCount() + 1);
        for (int i = 0; i < plot->pointCount(); ++i) {
            const QStringList fields = splitCsvLine(lines.at(i + 1));
            QCOMPARE(fields.size(), header.size());
            QCOMPARE(fields.at(0).toInt(), i);
            QVERIFY(qAbs(fields.at(1).toDouble() - plot->points().at(i).x()) <= 1e-5 * (1 + qAbs(plot->points().at(i).x())));
            QVERIFY(qAbs(fields.at(2).toDouble() - plot->points().at(i).y()) <= 1e-5 * (1 + qAbs(plot->points().at(i).y())));
            for (size_t c = 0; c < labels.size(); ++c)
                QCOMPARE(fields.at(3 + static_cast<int>(c)), QString::fromStdString(labels[c].classes[labels[c].values[i]]));
        }

        const QString png = dir_.filePath(QStringLiteral("map.png"));
        QCOMPARE(tab->saveImage(png), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > image.height());  // two plots side by side
        if (widgets::canSaveSvg()) {
            const QString svg = dir_.filePath(QStringLiteral("map.svg"));
            QCOMPARE(tab->saveImage(svg), QString());
            QFile svgFile(svg);
            QVERIFY(svgFile.open(QIODevice::ReadOnly));
            const QByteArray text = svgFile.readAll();
            QVERIFY(text.contains("<svg"));
            QVERIFY(text.contains("Static code s"));
        }
        QVERIFY(!tab->saveImage(dir_.filePath(QStringLiteral("map.bmp2"))).isEmpty());
        QVERIFY(!tab->saveCsv(LatentMapTab::kStatic, dir_.filePath(QStringLiteral("missing/dir/map.csv"))).isEmpty());
    }

    void newInputsCancelTheComputation() {
        const auto owned = shownTab(5000, 10);
        QVERIFY(owned);
        LatentMapTab& tab = *owned;
        QSignalSpy shown(&tab, &LatentMapTab::layoutShown);
        QSignalSpy ended(&tab, &LatentMapTab::computationEnded);
        tab.setInputs(model_, dataset_);
        QVERIFY(shown.wait(kComputeTimeoutMs));  // the long test-split map is under way
        QCOMPARE(shown.last().at(1).toInt(), static_cast<int>(dataset_->count("test")));
        tab.setTsneIterations(100, 25);
        tab.splitBox()->setCurrentIndex(tab.splitBox()->findData(QStringLiteral("train")));
        shown.clear();
        QVERIFY(ended.wait(kComputeTimeoutMs));
        QCOMPARE(ended.size(), 1);  // the cancelled computation ends silently
        QVERIFY(!shown.isEmpty());
        for (const QList<QVariant>& layout : shown)
            QCOMPARE(layout.at(1).toInt(), static_cast<int>(dataset_->count("train")));
        QCOMPARE(tab.mapSplit(), QStringLiteral("train"));
        QCOMPARE(tab.plot(LatentMapTab::kStatic)->pointCount(), static_cast<int>(dataset_->count("train")));
        QCOMPARE(tab.labels().front().values.size(), static_cast<size_t>(dataset_->count("train")));

        // Closing the run stops everything; nothing arrives afterwards.
        tab.setTsneIterations(5000, 10);
        tab.recompute();
        QVERIFY(shown.wait(kComputeTimeoutMs));
        tab.setInputs(nullptr, nullptr);
        shown.clear();
        QTest::qWait(200);
        QVERIFY(shown.isEmpty());
        QCOMPARE(tab.plot(LatentMapTab::kStatic)->pointCount(), 0);
        QVERIFY(!tab.isComputing());
    }

    void newerSnapshotKeepsTheOldMapUntilFinal() {
        auto tab = mappedTab();
        QVERIFY(tab);
        const QVector<QPointF> before = tab->plot(LatentMapTab::kStatic)->points();
        QSignalSpy shown(tab.get(), &LatentMapTab::layoutShown);
        QSignalSpy ended(tab.get(), &LatentMapTab::computationEnded);
        tab->setInputs(api::RunModel::open(dir_.filePath(QStringLiteral("run")).toStdString()), dataset_);
        QVERIFY(tab->isComputing());
        QCOMPARE(tab->plot(LatentMapTab::kStatic)->points(), before);  // still the old map
        QVERIFY(ended.wait(kComputeTimeoutMs));
        QCOMPARE(shown.size(), 2);  // no intermediate layout replaced the old map
        QVERIFY(shown.at(0).at(2).toBool() && shown.at(1).at(2).toBool());
    }

    void hiddenTabComputesWhenShown() {
        LatentMapTab tab;
        tab.setTsneIterations(100, 25);
        QSignalSpy ended(&tab, &LatentMapTab::computationEnded);
        tab.setInputs(model_, dataset_);
        QVERIFY(!tab.isComputing());
        tab.show();
        QVERIFY(tab.isComputing());
        QVERIFY(ended.wait(kComputeTimeoutMs));
        QCOMPARE(tab.plot(LatentMapTab::kStatic)->pointCount(), static_cast<int>(dataset_->count("test")));
    }

    void tenThousandPointsStayFluid() {
        LatentScatterPlot plot;
        plot.resize(800, 600);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        constexpr int n = 10000, classes = 10;
        QRandomGenerator random(7);
        QVector<QPointF> points(n);
        QVector<int> classOf(n);
        for (int i = 0; i < n; ++i) {
            classOf[i] = i % classes;
            points[i] = QPointF(random.bounded(100.0) + 30 * (i % classes), random.bounded(100.0));
        }
        plot.setPoints(points);
        QStringList names;
        for (int c = 0; c < classes; ++c)
            names.append(QStringLiteral("c%1").arg(c));
        plot.setClasses(classOf, names);
        plot.replot();
        QElapsedTimer timer;
        timer.start();
        constexpr int replots = 5;
        for (int r = 0; r < replots; ++r)
            plot.replot();
        const double replotMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / replots;
        // Hit tests through the grid agree with a scan of every point.
        timer.restart();
        int found = 0;
        constexpr int probes = 2000;
        for (int k = 0; k < probes; ++k) {
            const QPointF at(random.bounded(plot.width()), random.bounded(plot.height()));
            const qint64 hit = plot.pointAt(at);
            double best = 36.0;
            qint64 expected = -1;
            for (int i = 0; i < n; ++i) {
                const QPointF d = plot.pixelOf(i) - at;
                const double d2 = d.x() * d.x() + d.y() * d.y();
                if (d2 < best) {
                    best = d2;
                    expected = i;
                }
            }
            if (hit >= 0) {
                ++found;
                const QPointF d = plot.pixelOf(hit) - at;
                QCOMPARE(d.x() * d.x() + d.y() * d.y(), best);
            } else {
                QCOMPARE(expected, qint64(-1));
            }
        }
        QVERIFY(found > 0);
        timer.restart();
        for (int k = 0; k < probes; ++k)
            plot.pointAt(QPointF(random.bounded(plot.width()), random.bounded(plot.height())));
        const double hitUs = static_cast<double>(timer.nsecsElapsed()) / 1e3 / probes;
        qInfo("10,000 points: replot %.1f ms, hit test %.1f us", replotMs, hitUs);
        const QRectF band(100, 100, 300, 200);
        QCOMPARE(plot.pointsInside(band), scanInside(plot, band));
    }

    // Runs of the other modalities: every sequence of the test split is a point of both maps.
    void seriesAndAudioRunsMapEverySequence() {
        std::vector<std::pair<QString, std::string>> runs;
        const QString series = dir_.filePath(QStringLiteral("series"));
        QVERIFY(QDir().mkpath(series));
        const std::string seriesError = testing::trainSeriesRun(series);
        QVERIFY2(seriesError.empty(), seriesError.c_str());
        runs.emplace_back(series + QStringLiteral("/series-run"), "series");
#ifdef DBSE_HAVE_MEDIA
        const QString audio = dir_.filePath(QStringLiteral("audio"));
        QVERIFY(QDir().mkpath(audio));
        const std::string audioError = testing::trainAudioRun(audio);
        QVERIFY2(audioError.empty(), audioError.c_str());
        runs.emplace_back(audio + QStringLiteral("/audio-run"), "audio");
#endif
        for (const auto& [run, modality] : runs) {
            const auto model = api::RunModel::open(run.toStdString());
            QCOMPARE(model->modality(), modality);
            const auto dataset = api::OpenedDataset::open(model->datasetSpec());
            auto tab = shownTab(120, 60);
            QVERIFY(tab);
            QSignalSpy ended(tab.get(), &LatentMapTab::computationEnded);
            tab->setInputs(model, dataset);
            QVERIFY(ended.wait(kComputeTimeoutMs));
            const int points = static_cast<int>(dataset->count("test"));
            QVERIFY(points > 0);
            QCOMPARE(tab->plot(LatentMapTab::kStatic)->pointCount(), points);
            QCOMPARE(tab->plot(LatentMapTab::kDynamic)->pointCount(), points);
        }
    }
};

QTEST_MAIN(TestLatentMap)
#include "test_latent_map.moc"
