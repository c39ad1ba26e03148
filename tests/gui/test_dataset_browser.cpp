// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset browser: DatasetListModel lists every sequence of a split, makes thumbnails
// lazily off the GUI thread (only for rows asked for), filters by label and text through
// DatasetFilterModel, and drags sequences as an "application/x-dbse-sequences" payload that
// decodeSequences() reads back. Series and audio give sparkline and spectrogram thumbnails.
// The Datasets dock's play view follows the browser's split and filter.

#include "app/studio/dataset_browser.h"
#include "app/studio/dataset_panel.h"
#include "core/api/opened_dataset.h"
#include "tiny_runs.h"
#include "widgets/dataset_filter_model.h"
#include "widgets/dataset_list_model.h"
#include "widgets/event_loop_stall_meter.h"
#include "widgets/sequence_grid_view.h"
#include "widgets/sequence_mime.h"
#ifdef DBSE_HAVE_MEDIA
#include "core/media/media_datasets.h"
#endif

#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPixmap>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <memory>

using namespace dbse;
using studio::DatasetBrowser;
using widgets::DatasetFilterModel;
using widgets::DatasetListModel;

namespace {

constexpr int kThumbnailTimeoutMs = 30000;


// A mono 16-bit PCM WAV of a sine at `hz`, `seconds` long, at 8 kHz.
bool writeSineWav(const QString& path, double hz, double seconds) {
    constexpr quint32 rate = 8000;
    const auto samples = static_cast<quint32>(seconds * rate);
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + samples * 2);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << rate << quint32(rate * 2) << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(samples * 2);
    for (quint32 i = 0; i < samples; ++i)
        out << qint16(qRound(12000 * qSin(2 * M_PI * hz * i / rate)));
    return out.status() == QDataStream::Ok;
}

// Waits until the model has rendered the thumbnail of `row` (asking for it once).
bool waitForThumbnail(DatasetListModel& model, int row) {
    model.index(row).data(Qt::DecorationRole);
    return QTest::qWaitFor([&] { return model.hasThumbnail(row); }, kThumbnailTimeoutMs);
}

// Shows `browser` at `size` on `dataset`; true once the window is exposed.
bool showBrowser(DatasetBrowser& browser, std::shared_ptr<const api::OpenedDataset> dataset, const QSize& size) {
    browser.resize(size);
    browser.setDataset(std::move(dataset));
    browser.show();
    return QTest::qWaitForWindowExposed(&browser);
}

// Whether the item of source row `row` intersects the browser's viewport.
bool onScreen(const DatasetBrowser& browser, int row) {
    const QModelIndex shown = browser.filter()->mapFromSource(browser.model()->index(row));
    return browser.view()->visualRect(shown).intersects(browser.view()->viewport()->rect());
}

QPixmap decoration(const DatasetListModel& model, int row) { return model.index(row).data(Qt::DecorationRole).value<QPixmap>(); }

}  // namespace

class TestDatasetBrowser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
#ifdef DBSE_HAVE_MEDIA
        registerMediaDatasetKinds();
#endif
        QVERIFY(dir_.isValid());
        qputenv("DBSE_CACHE_DIR", dir_.filePath(QStringLiteral("cache")).toUtf8());
        shapes_ = api::OpenedDataset::open("builtin:shapes");
        QVERIFY(shapes_->count("train") != shapes_->count("test"));
    }

    void listsEverySequenceOfASplit() {
        DatasetListModel model;
        model.setDataset(shapes_, QStringLiteral("train"));
        QCOMPARE(model.rowCount(), static_cast<int>(shapes_->count("train")));
        QCOMPARE(model.labelNames(), (QStringList{QStringLiteral("shape"), QStringLiteral("colour"), QStringLiteral("background"),
                                                  QStringLiteral("motion")}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSplit(QStringLiteral("test"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), static_cast<int>(shapes_->count("test")));
        // Every row speaks for its own sequence of the split.
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last).data(DatasetListModel::SequenceIndexRole).toLongLong(), qint64(last));
        const auto labels = shapes_->labelsOf("test", last);
        const QVariantMap map = model.index(last).data(DatasetListModel::LabelsRole).toMap();
        QCOMPARE(map.size(), static_cast<int>(labels.size()));
        for (const auto& [name, value] : labels)
            QCOMPARE(map.value(QString::fromStdString(name)).toString(), QString::fromStdString(value));
        const QString tip = model.index(last).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QString::fromStdString(labels.back().second)), qPrintable(tip));
        QVERIFY(!model.index(last).data(Qt::DisplayRole).toString().isEmpty());
    }

    void thumbnailsAreMadeOnlyForRowsAskedFor() {
        DatasetListModel model;
        model.setThumbnailSize(QSize(40, 30), 2.0);
        model.setDataset(shapes_, QStringLiteral("train"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QPixmap placeholder = decoration(model, 7);
        QCOMPARE(placeholder.size(), QSize(80, 60));
        QVERIFY(!model.index(7).data(DatasetListModel::ThumbnailReadyRole).toBool());
        QVERIFY(changed.wait(kThumbnailTimeoutMs));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 7);
        QVERIFY(model.index(7).data(DatasetListModel::ThumbnailReadyRole).toBool());
        const QPixmap thumbnail = decoration(model, 7);
        QCOMPARE(thumbnail.size(), QSize(80, 60));
        QCOMPARE(thumbnail.devicePixelRatio(), 2.0);
        // A square 64 x 64 frame fits as 60 x 60 in the middle: transparent at the sides,
        // the frame's own (opaque) pixels inside.
        const QImage image = thumbnail.toImage();
        QCOMPARE(qAlpha(image.pixel(2, 30)), 0);
        QCOMPARE(qAlpha(image.pixel(40, 30)), 255);
        QCOMPARE(model.thumbnailCount(), 1);
        QVERIFY(!model.hasThumbnail(0));
        QVERIFY(!model.hasThumbnail(model.rowCount() - 1));
        // Switching the split forgets the thumbnails of the old one.
        model.setSplit(QStringLiteral("test"));
        QCOMPARE(model.thumbnailCount(), 0);
    }

    void aModelDyingWhileRenderingStopsItsThread() {
        auto model = std::make_unique<DatasetListModel>();
        model->setDataset(shapes_, QStringLiteral("train"));
        for (int row = 0; row < 200; ++row)
            model->index(row).data(Qt::DecorationRole);
        QCoreApplication::processEvents();  // the first batch of 24 starts on its worker thread
        QVERIFY(model->thumbnailsPending());
        model.reset();  // asks the batch to stop and joins it; must neither hang nor crash
        QCoreApplication::processEvents();
    }

    void theBrowserRendersOnlyVisibleRows() {
        DatasetBrowser browser;
        QVERIFY(showBrowser(browser, shapes_, QSize(360, 260)));
        QListView* view = browser.view();
        QCOMPARE(view->viewMode(), QListView::IconMode);
        QVERIFY(view->uniformItemSizes());
        QCOMPARE(view->iconSize(), QSize(DatasetBrowser::kThumbnailSize, DatasetBrowser::kThumbnailSize));
        DatasetListModel* model = browser.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->thumbnailCount() > 0 && !model->thumbnailsPending(), kThumbnailTimeoutMs);
        QVERIFY2(model->thumbnailCount() < model->rowCount() / 4, qPrintable(QString::number(model->thumbnailCount())));
        // Each thumbnail made belongs to a row that is (or was, at the first paint) on screen.
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->hasThumbnail(row))
                QVERIFY2(onScreen(browser, row), qPrintable(QString::number(row)));
        QVERIFY(!model->hasThumbnail(model->rowCount() - 1));
        // The split selector switches the rows.
        browser.splitBox()->setCurrentIndex(browser.splitBox()->findData(QStringLiteral("test")));
        QCOMPARE(model->split(), QStringLiteral("test"));
        QCOMPARE(view->model()->rowCount(), static_cast<int>(shapes_->count("test")));
        QVERIFY(browser.splitBox()->currentText().contains(QString::number(shapes_->count("test"))));
    }

    // Scrolling through all 3,000 train sequences: thumbnails are rendered on the worker, so the
    // GUI thread only paints. The longest event-loop stall is printed (and must stay far from a
    // freeze; the bound is loose because these machines are shared and noisy).
    void scrollingNeverFreezesTheWindow() {
        DatasetBrowser browser;
        QVERIFY(showBrowser(browser, shapes_, QSize(560, 420)));
        QScrollBar* bar = browser.view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        widgets::EventLoopStallMeter meter;
        meter.start();
        constexpr int kSteps = 30;
        for (int step = 1; step <= kSteps; ++step) {
            bar->setValue(bar->maximum() * step / kSteps);
            // Painted and rendered: the last row on screen has its thumbnail.
            int row = browser.model()->rowCount() - 1;
            while (row >= 0 && !onScreen(browser, row))
                --row;
            QVERIFY(row >= 0);
            QTRY_VERIFY_WITH_TIMEOUT(browser.model()->hasThumbnail(row), kThumbnailTimeoutMs);
        }
        const double stall = meter.longestStallMs();
        qInfo("longest event-loop stall while scrolling: %.1f ms, %d thumbnails made of %d rows", stall,
              browser.model()->thumbnailCount(), browser.model()->rowCount());
        QVERIFY(browser.model()->hasThumbnail(browser.model()->rowCount() - 1));
        QVERIFY2(stall < 500, qPrintable(QString::number(stall)));
    }

    void filtersByLabelAndText() {
        DatasetListModel model;
        model.setDataset(shapes_, QStringLiteral("train"));
        DatasetFilterModel filter;
        filter.setSourceModel(&model);
        const int colour = static_cast<int>(model.labelNames().indexOf(QStringLiteral("colour")));
        QVERIFY(colour >= 0);
        const QString wanted = model.classNames(colour).value(1);
        int expected = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            expected += model.index(row).data(DatasetListModel::FirstLabelRole + colour).toString() == wanted;
        filter.setLabelFilter(colour, wanted);
        QVERIFY(expected > 0 && expected < model.rowCount());
        QCOMPARE(filter.rowCount(), expected);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(DatasetListModel::LabelsRole).toMap().value(QStringLiteral("colour")).toString(), wanted);
        // Text search narrows further, case-insensitively, over captions and labels.
        const QString shape = model.classNames(static_cast<int>(model.labelNames().indexOf(QStringLiteral("shape")))).value(0);
        filter.setSearchText(shape.toUpper());
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < expected);
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QVariantMap labels = filter.index(row, 0).data(DatasetListModel::LabelsRole).toMap();
            QCOMPARE(labels.value(QStringLiteral("colour")).toString(), wanted);
            QVERIFY(labels.values().contains(shape));
        }
        filter.clearLabelFilter();
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void theBrowserCombosDriveTheFilter() {
        DatasetBrowser browser;
        browser.setDataset(shapes_);
        QComboBox* label = browser.labelBox();
        QVERIFY(!browser.classBox()->isEnabled());
        label->setCurrentIndex(label->findText(QStringLiteral("motion")));
        QVERIFY(browser.classBox()->isEnabled());
        browser.classBox()->setCurrentIndex(2);
        const QString motion = browser.classBox()->currentText();
        QVERIFY(browser.filter()->rowCount() < browser.model()->rowCount());
        for (int row = 0; row < browser.filter()->rowCount(); ++row)
            QCOMPARE(browser.filter()->index(row, 0).data(DatasetListModel::LabelsRole).toMap().value(QStringLiteral("motion")).toString(),
                     motion);
        QVERIFY2(browser.countText().contains(QString::number(browser.filter()->rowCount())), qPrintable(browser.countText()));
        browser.searchField()->setText(QStringLiteral("no class is called this"));
        QCOMPARE(browser.filter()->rowCount(), 0);
        label->setCurrentIndex(0);
        browser.searchField()->clear();
        QCOMPARE(browser.filter()->rowCount(), browser.model()->rowCount());
    }

    void selectedRowsDragTheirSequences() {
        DatasetBrowser browser;
        browser.setDataset(shapes_);
        browser.setSplit(QStringLiteral("test"));
        QListView* view = browser.view();
        QVERIFY(view->dragEnabled());
        QCOMPARE(view->dragDropMode(), QAbstractItemView::DragOnly);
        QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
        // Filter first, so that view rows and sequence indices differ.
        browser.labelBox()->setCurrentIndex(browser.labelBox()->findText(QStringLiteral("shape")));
        browser.classBox()->setCurrentIndex(1);
        QAbstractItemModel* shown = view->model();
        QVERIFY(shown->rowCount() > 3);
        QVERIFY(shown->flags(shown->index(2, 0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(shown->mimeTypes().contains(QLatin1String(widgets::kSequencesMimeType)));
        QVERIFY(shown->supportedDragActions().testFlag(Qt::CopyAction));
        view->selectionModel()->select(shown->index(3, 0), QItemSelectionModel::Select);
        view->selectionModel()->select(shown->index(1, 0), QItemSelectionModel::Select);
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        QCOMPARE(selected.size(), 2);
        std::unique_ptr<QMimeData> mime(shown->mimeData(selected));
        QVERIFY(mime);
        const auto decoded = widgets::decodeSequences(mime.get());
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->dataset, QStringLiteral("builtin:shapes"));
        QCOMPARE(decoded->split, QStringLiteral("test"));
        QList<qint64> expected;
        for (const QModelIndex& i : selected)
            expected << i.data(DatasetListModel::SequenceIndexRole).toLongLong();
        QCOMPARE(decoded->indices, expected);
        QVERIFY(expected.value(0) != 3 || expected.value(1) != 1);  // not the view rows
    }

    void thePlayViewFollowsTheBrowser() {
        studio::DatasetPanel panel;
        QSignalSpy shown(&panel, &studio::DatasetPanel::previewShown);
        QSignalSpy changed(&panel, &studio::DatasetPanel::playViewChanged);
        panel.openDataset(QStringLiteral("builtin:shapes"), 5);
        QVERIFY(shown.wait(kThumbnailTimeoutMs));
        widgets::SequenceGridView* grid = panel.grid();
        QCOMPARE(grid->count(), 5);
        DatasetBrowser* browser = panel.browser();
        QCOMPARE(browser->model()->rowCount(), static_cast<int>(shapes_->count("train")));
        // Choosing a class plays only sequences of that class, in the browser's order.
        browser->labelBox()->setCurrentIndex(browser->labelBox()->findText(QStringLiteral("shape")));
        browser->classBox()->setCurrentIndex(2);
        const std::string wanted = browser->classBox()->currentText().toStdString();
        QVERIFY(changed.wait(kThumbnailTimeoutMs));
        QCOMPARE(grid->count(), 5);
        const QList<qint64> expected = browser->filter()->sequenceIndices(5);
        for (int cell = 0; cell < grid->count(); ++cell) {
            QCOMPARE(qint64(grid->sequenceIndex(cell)), expected[cell]);
            QCOMPARE(shapes_->labelsOf("train", grid->sequenceIndex(cell)).front().second, wanted);
        }
        QVERIFY(grid->caption(0).contains(QString::fromStdString(wanted)));
        // The test split: the play view shows its sequences.
        browser->setSplit(QStringLiteral("test"));
        QVERIFY(changed.wait(kThumbnailTimeoutMs));
        const QList<qint64> test = browser->filter()->sequenceIndices(5);
        QCOMPARE(qint64(grid->sequenceIndex(0)), test.value(0));
        QCOMPARE(shapes_->labelsOf("test", grid->sequenceIndex(0)).front().second, wanted);
        // A filter that keeps nothing empties it.
        browser->searchField()->setText(QStringLiteral("no class is called this"));
        QVERIFY(changed.wait(kThumbnailTimeoutMs));
        QCOMPARE(grid->count(), 0);
    }

    void decodingRefusesWhatIsNotASelection_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not json") << QByteArray("{dataset");
        QTest::newRow("no dataset") << QByteArray(R"({"split":"train","indices":[1]})");
        QTest::newRow("bad split") << QByteArray(R"({"dataset":"builtin:shapes","split":"valid","indices":[1]})");
        QTest::newRow("negative index") << QByteArray(R"({"dataset":"builtin:shapes","split":"train","indices":[-1]})");
        QTest::newRow("fractional index") << QByteArray(R"({"dataset":"builtin:shapes","split":"train","indices":[1.5]})");
        QTest::newRow("text index") << QByteArray(R"({"dataset":"builtin:shapes","split":"train","indices":["1"]})");
        QTest::newRow("no index") << QByteArray(R"({"dataset":"builtin:shapes","split":"train","indices":[]})");
    }
    void decodingRefusesWhatIsNotASelection() {
        QFETCH(QByteArray, payload);
        QMimeData mime;
        mime.setData(QLatin1String(widgets::kSequencesMimeType), payload);
        QVERIFY(!widgets::decodeSequences(&mime).has_value());
        QMimeData text;
        text.setText(QStringLiteral("builtin:shapes train 1"));
        QVERIFY(!widgets::decodeSequences(&text).has_value());
        // And a well-formed one round-trips.
        const widgets::SequenceSelection good{QStringLiteral("csv:/x.csv?length=4"), QStringLiteral("train"), {5, 0, 9}};
        std::unique_ptr<QMimeData> encoded(widgets::encodeSequences(good));
        QCOMPARE(widgets::decodeSequences(encoded.get()).value(), good);
    }

    void seriesGiveSparklines() {
        const QString csv = testing::writeSensorsCsv(dir_.path(), 400, 30);
        QVERIFY(!csv.isEmpty());
        const auto series = api::OpenedDataset::open("csv:" + csv.toStdString() + "?length=24&stride=12");
        const api::Thumbnail source = series->thumbnail("train", 0);
        QCOMPARE(source.kind, api::Thumbnail::Kind::Series);
        QCOMPARE(source.series.size(), size_t{2});  // temp and flow
        QCOMPARE(source.series[0].size(), size_t{24});
        DatasetListModel model;
        model.setThumbnailSize(QSize(64, 48));
        model.setDataset(series, QStringLiteral("train"));
        QVERIFY(waitForThumbnail(model, 0));
        const QImage image = decoration(model, 0).toImage();
        QCOMPARE(image.size(), QSize(64, 48));
        // The dark card; the first feature's light-blue line in the top lane, the second's
        // orange one in the bottom lane.
        QCOMPARE(image.pixelColor(32, 2), QColor(0x20, 0x25, 0x2b));
        int blue[2] = {0, 0}, orange[2] = {0, 0};
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                blue[2 * y / image.height()] += qBlue(p) > 180 && qRed(p) < 120;
                orange[2 * y / image.height()] += qRed(p) > 200 && qBlue(p) < 120;
            }
        QVERIFY2(blue[0] > 20 && blue[1] == 0, qPrintable(QStringLiteral("%1 %2").arg(blue[0]).arg(blue[1])));
        QVERIFY2(orange[1] > 20 && orange[0] == 0, qPrintable(QStringLiteral("%1 %2").arg(orange[0]).arg(orange[1])));
    }

#ifdef DBSE_HAVE_MEDIA
    void audioGivesSpectrograms() {
        const QString root = dir_.filePath(QStringLiteral("speech"));
        for (const char* speaker : {"ann", "bob"})
            for (int word = 0; word < 2; ++word)
                QVERIFY(writeSineWav(QStringLiteral("%1/%2/w%3.wav").arg(root, QLatin1String(speaker)).arg(word),
                                     300.0 + 500.0 * word, 0.5));
        const auto audio = api::OpenedDataset::open("audio:" + root.toStdString() + "?test=0.25");
        const api::Thumbnail source = audio->thumbnail("train", 0);
        QCOMPARE(source.kind, api::Thumbnail::Kind::Image);
        QCOMPARE(source.height, api::OpenedDataset::kSpectrogramHeight);
        QCOMPARE(source.rgb.size(), static_cast<size_t>(source.width) * source.height * 3);
        DatasetListModel model;
        model.setThumbnailSize(QSize(48, 48));
        model.setDataset(audio, QStringLiteral("train"));
        QVERIFY(model.labelNames().contains(QStringLiteral("static")));
        QVERIFY(waitForThumbnail(model, 0));
        const QImage image = decoration(model, 0).toImage();
        QCOMPARE(image.size(), QSize(48, 48));
        QCOMPARE(qAlpha(image.pixel(24, 24)), 255);
    }
#endif

private:
    QTemporaryDir dir_;
    std::shared_ptr<const api::OpenedDataset> shapes_;
};

QTEST_MAIN(TestDatasetBrowser)
#include "test_dataset_browser.moc"
