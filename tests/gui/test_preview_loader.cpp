// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PreviewLoader: jobs run off the GUI thread, results and errors arrive on the GUI thread,
// a newer start() supersedes an older one, destruction waits for a running job.

#include "preview_fixture.h"
#include "widgets/preview_loader.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>

using namespace dbse;
using widgets::PreviewLoader;

class TestPreviewLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsTheJobOffTheGuiThread() {
        PreviewLoader loader;
        QSignalSpy loaded(&loader, &PreviewLoader::loaded);
        QSignalSpy failed(&loader, &PreviewLoader::failed);
        std::atomic<QThread*> jobThread{nullptr};
        QThread* deliveredOn = nullptr;
        connect(&loader, &PreviewLoader::loaded, this, [&] { deliveredOn = QThread::currentThread(); });
        loader.start([&jobThread] {
            jobThread = QThread::currentThread();
            return test::makePreview(5, 3);
        });
        QVERIFY(loader.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!loader.isLoading());
        QVERIFY(jobThread.load() != nullptr);
        QVERIFY(jobThread.load() != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        const auto preview = loaded.at(0).at(0).value<api::DatasetPreview>();
        QCOMPARE(preview.items.size(), size_t{5});
        QCOMPARE(preview.items[4].rgb, test::makePreview(5, 3).items[4].rgb);
    }

    void reportsExceptionsAsMessages() {
        PreviewLoader loader;
        QSignalSpy loaded(&loader, &PreviewLoader::loaded);
        QSignalSpy failed(&loader, &PreviewLoader::failed);
        loader.start([]() -> api::DatasetPreview { throw std::runtime_error("no such dataset: x"); });
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("no such dataset: x"));
        QCOMPARE(loaded.count(), 0);

        loader.start([]() -> api::DatasetPreview { throw 42; });
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
        QVERIFY(!failed.at(1).at(0).toString().isEmpty());
    }

    void newerStartSupersedesOlder() {
        PreviewLoader loader;
        QSignalSpy loaded(&loader, &PreviewLoader::loaded);
        QSignalSpy failed(&loader, &PreviewLoader::failed);
        loader.start([] {
            QThread::msleep(200);
            return test::makePreview(1);
        });
        loader.start([] { return test::makePreview(2); });
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QTest::qWait(400);  // the first job has finished by now; it must stay silent
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(loaded.at(0).at(0).value<api::DatasetPreview>().items.size(), size_t{2});
    }

    void destructorWaitsForARunningJob() {
        std::atomic<bool> finished{false};
        {
            PreviewLoader loader;
            loader.start([&finished] {
                QThread::msleep(150);
                finished = true;
                return test::makePreview(1);
            });
        }
        QVERIFY(finished.load());
    }

    void loadsTheBuiltinDatasetThroughTheApi() {
        PreviewLoader loader;
        QSignalSpy loaded(&loader, &PreviewLoader::loaded);
        QSignalSpy failed(&loader, &PreviewLoader::failed);
        loader.start(QStringLiteral("builtin:shapes"), QStringLiteral("test"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        const auto preview = loaded.at(0).at(0).value<api::DatasetPreview>();
        QCOMPARE(preview.name, std::string("builtin:shapes/test"));
        QCOMPARE(preview.items.size(), size_t{3});
        QVERIFY(preview.total > 3);

        loader.start(QStringLiteral("builtin:nope"), QStringLiteral("train"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("nope")));
    }
};

QTEST_MAIN(TestPreviewLoader)
#include "test_preview_loader.moc"
