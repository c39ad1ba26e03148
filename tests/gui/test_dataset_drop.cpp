// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening what the user drops: guessDatasetSpec() on files and folders made by the test, and
// simulated drag-and-drop events on the window (a folder of frame folders loads as a video
// dataset; a file of no known kind shows an error naming it).

#include "app/studio/dataset_guess.h"
#include "app/studio/main_window.h"
#include "temporary_settings.h"
#include "widgets/sequence_grid_view.h"
#ifdef DBSE_HAVE_MEDIA
#include "core/media/media_datasets.h"
#endif

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace dbse::studio;

namespace {

constexpr int kLoadTimeoutMs = 60000;

bool touch(const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

// <root>/<label>/<clip>/<frame>.png: two labels, two clips each, 8 frames of 16 x 16.
bool writeFrameFolders(const QString& root) {
    for (const QString& label : {QStringLiteral("walk"), QStringLiteral("jump")})
        for (int clip = 0; clip < 2; ++clip) {
            const QString dir = QStringLiteral("%1/%2/clip%3").arg(root, label).arg(clip);
            if (!QDir().mkpath(dir))
                return false;
            for (int t = 0; t < 8; ++t) {
                QImage frame(16, 16, QImage::Format_RGB32);
                frame.fill(QColor::fromHsv((t * 40 + clip * 90) % 360, 200, 220));
                if (!frame.save(QStringLiteral("%1/%2.png").arg(dir).arg(t, 3, 10, QLatin1Char('0'))))
                    return false;
            }
        }
    return true;
}

QMimeData* urlsMime(const QStringList& paths) {
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    return mime;
}

// Sends a drag-enter and, when accepted, a drop of `mime` at the window's centre; returns
// whether the drag was accepted.
bool dropOn(MainWindow& window, QMimeData* mime) {
    const QPointF centre(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    return drop.isAccepted();
}

const QStringList kAllKinds{QStringLiteral("builtin"), QStringLiteral("npy"), QStringLiteral("csv"), QStringLiteral("etth1"),
                            QStringLiteral("air-quality"), QStringLiteral("physionet"), QStringLiteral("fsdd"),
                            QStringLiteral("audio"), QStringLiteral("sprites"), QStringLiteral("video")};

}  // namespace

class TestDatasetDrop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
#ifdef DBSE_HAVE_MEDIA
        dbse::registerMediaDatasetKinds();
#endif
        QVERIFY(dir_.isValid());
        qputenv("DBSE_CACHE_DIR", dir_.filePath(QStringLiteral("cache")).toUtf8());
    }

    void guessesTheKind_data() {
        QTest::addColumn<QStringList>("files");  // made empty under the root; "" -> root only
        QTest::addColumn<QString>("open");       // relative to the root
        QTest::addColumn<QString>("expected");   // "KIND:" + relative path
        QTest::newRow("npy") << QStringList{QStringLiteral("clips.npy")} << QStringLiteral("clips.npy") << QStringLiteral("npy:clips.npy");
        QTest::newRow("csv") << QStringList{QStringLiteral("load.csv")} << QStringLiteral("load.csv") << QStringLiteral("csv:load.csv");
        QTest::newRow("etth1 file") << QStringList{QStringLiteral("ETTh1.csv")} << QStringLiteral("ETTh1.csv") << QStringLiteral("etth1:ETTh1.csv");
        QTest::newRow("etth1 folder") << QStringList{QStringLiteral("ett/ETTh1.csv")} << QStringLiteral("ett") << QStringLiteral("etth1:ett/ETTh1.csv");
        QTest::newRow("air quality") << QStringList{QStringLiteral("aq/PRSA_Data_Dongsi_20130301-20170228.csv")} << QStringLiteral("aq")
                                     << QStringLiteral("air-quality:aq");
        QTest::newRow("physionet") << QStringList{QStringLiteral("p/set-a/132539.txt"), QStringLiteral("p/Outcomes-a.txt")}
                                   << QStringLiteral("p") << QStringLiteral("physionet:p");
        QTest::newRow("fsdd by name") << QStringList{QStringLiteral("FSDD/readme.md")} << QStringLiteral("FSDD") << QStringLiteral("fsdd:FSDD");
        QTest::newRow("fsdd by recordings") << QStringList{QStringLiteral("digits/recordings/0_jackson_0.wav")} << QStringLiteral("digits")
                                            << QStringLiteral("fsdd:digits");
        QTest::newRow("sprites") << QStringList{QStringLiteral("lpc/body/0.png"), QStringLiteral("lpc/hair/0.png")} << QStringLiteral("lpc")
                                 << QStringLiteral("sprites:lpc");
        QTest::newRow("video clips") << QStringList{QStringLiteral("v/happy/a.mp4"), QStringLiteral("v/sad/b.mp4")} << QStringLiteral("v")
                                     << QStringLiteral("video:v");
        QTest::newRow("frame folders") << QStringList{QStringLiteral("f/c1/0.png"), QStringLiteral("f/c1/1.png")} << QStringLiteral("f")
                                       << QStringLiteral("video:f");
        QTest::newRow("audio") << QStringList{QStringLiteral("a/alice/hello.wav"), QStringLiteral("a/bob/hi.flac")} << QStringLiteral("a")
                               << QStringLiteral("audio:a");
    }
    void guessesTheKind() {
        QFETCH(QStringList, files);
        QFETCH(QString, open);
        QFETCH(QString, expected);
        QTemporaryDir root;
        for (const QString& file : files)
            QVERIFY(touch(root.filePath(file)));
        const DatasetGuess guess = guessDatasetSpec(root.filePath(open), kAllKinds);
        QVERIFY2(guess.ok(), qPrintable(guess.error));
        const int colon = static_cast<int>(expected.indexOf(QLatin1Char(':')));
        QCOMPARE(guess.spec, expected.left(colon + 1) + QDir(root.path()).absoluteFilePath(expected.mid(colon + 1)));
    }

    void refusesWhatItCannotOpen_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown file") << QStringLiteral("notes.xyz") << QStringLiteral("does not know this kind of file");
        QTest::newRow("one clip") << QStringLiteral("one.mp4") << QStringLiteral("not a dataset");
        QTest::newRow("empty folder") << QStringLiteral("empty/") << QStringLiteral("no video clips");
        QTest::newRow("missing") << QString() << QStringLiteral("does not exist");
    }
    void refusesWhatItCannotOpen() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir root;
        QString path = root.filePath(QStringLiteral("nothing-here"));
        if (file.endsWith(QLatin1Char('/'))) {
            path = root.filePath(file.chopped(1));
            QVERIFY(QDir().mkpath(path));
        } else if (!file.isEmpty()) {
            path = root.filePath(file);
            QVERIFY(touch(path));
        }
        const DatasetGuess guess = guessDatasetSpec(path, kAllKinds);
        QVERIFY(!guess.ok());
        QVERIFY2(guess.error.contains(message), qPrintable(guess.error));
        QVERIFY2(guess.error.contains(QDir::toNativeSeparators(QFileInfo(path).fileName())), qPrintable(guess.error));
    }

    void aKindThisBuildLacksIsAnError() {
        QTemporaryDir root;
        QVERIFY(touch(root.filePath(QStringLiteral("v/a/x.mp4"))));
        const DatasetGuess guess = guessDatasetSpec(root.filePath(QStringLiteral("v")), {QStringLiteral("builtin"), QStringLiteral("npy")});
        QVERIFY(!guess.ok());
        QVERIFY2(guess.error.contains(QStringLiteral("“video”")), qPrintable(guess.error));
    }

    void onlyOneLocalPathIsAccepted() {
        TemporarySettings settings;
        MainWindow window;
        window.show();
        QMimeData text;
        text.setText(QStringLiteral("builtin:shapes"));
        QVERIFY(!dropOn(window, &text));
        QMimeData two;
        two.setUrls({QUrl::fromLocalFile(dir_.path()), QUrl::fromLocalFile(QDir::tempPath())});
        QVERIFY(!dropOn(window, &two));
        QMimeData remote;
        remote.setUrls({QUrl(QStringLiteral("https://example.invalid/data.npy"))});
        QVERIFY(!dropOn(window, &remote));
        QCOMPARE(window.state(), MainWindow::State::Idle);
    }

    void droppingAnUnknownFileShowsTheError() {
        TemporarySettings settings;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Deep enough that the message is far wider than the window.
        const QString file = dir_.filePath(QString(QStringLiteral("very-long-folder-name/")).repeated(20) + QStringLiteral("weights.bin"));
        QVERIFY(touch(file));
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        const int widthBefore = window.width();
        std::unique_ptr<QMimeData> mime(urlsMime({file}));
        QVERIFY(dropOn(window, mime.get()));
        QCOMPARE(window.state(), MainWindow::State::Failed);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(window.errorText().contains(QStringLiteral("weights.bin")), qPrintable(window.errorText()));
        auto* error = window.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error && error->isVisible());
        QVERIFY(window.statusText().startsWith(QStringLiteral("Error")));
        // The long path wraps or is cut; it does not widen the window.
        for (int pass = 0; pass < 3; ++pass)  // nested layouts: each pass activates one level
            QCoreApplication::processEvents();
        QVERIFY(window.fontMetrics().horizontalAdvance(window.statusText()) > 2 * widthBefore);
        QCOMPARE(window.width(), widthBefore);
    }

#ifdef DBSE_HAVE_MEDIA
    void droppingAFolderOfFrameFoldersLoadsIt() {
        TemporarySettings settings;
        const QString root = dir_.filePath(QStringLiteral("clips"));
        QVERIFY(writeFrameFolders(root));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::previewShown);
        std::unique_ptr<QMimeData> mime(urlsMime({root}));
        QVERIFY(dropOn(window, mime.get()));
        QCOMPARE(window.datasetSpec(), QStringLiteral("video:") + QDir(root).absolutePath());
        QVERIFY(shown.wait(kLoadTimeoutMs));
        QCOMPARE(window.state(), MainWindow::State::Ready);
        QVERIFY(window.grid()->count() > 0);
        QVERIFY(window.grid()->frameCount() == 8);
        QCOMPARE(QSettings().value(QStringLiteral("recent/datasets")).toStringList().value(0), window.datasetSpec());
    }
#endif

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestDatasetDrop)
#include "test_dataset_drop.moc"
