// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ExploreSession: opening a trained run gives its model snapshot and its dataset; a refresh
// keeps the dataset; a dataset offered with the same spec is reused, not opened again; a run
// without a checkpoint and a newer setRun() that supersedes an older one are reported right.

#include "app/studio/explore_session.h"
#include "trained_run_fixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using dbse::studio::ExploreSession;

namespace {
const std::string kDataset = "builtin:shapes?train=32&test=16";
}

class TestExploreSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        run_ = dir_.filePath(QStringLiteral("run"));
        const std::string error = dbse::testing::trainTinyRun(run_.toStdString(), kDataset, 1);
        QVERIFY2(error.empty(), error.c_str());
    }

    void opensModelAndDataset() {
        ExploreSession session;
        QSignalSpy ready(&session, &ExploreSession::ready);
        QSignalSpy started(&session, &ExploreSession::loadingStarted);
        session.setRun(run_);
        QCOMPARE(started.count(), 1);
        QVERIFY(session.isLoading());
        QVERIFY(ready.wait(60000));
        QVERIFY(!session.isLoading());
        QVERIFY(session.model() && session.dataset());
        QCOMPARE(session.model()->epoch(), 1);
        QCOMPARE(session.model()->modality(), std::string("video"));
        QCOMPARE(session.dataset()->spec(), kDataset);
        QCOMPARE(session.dataset()->count("test"), 16);

        const auto dataset = session.dataset();
        const auto model = session.model();
        session.refresh();
        QVERIFY(ready.wait(60000));
        QVERIFY(session.model() != model);  // a new snapshot
        QCOMPARE(session.dataset(), dataset);  // the same dataset, not opened again

        QSignalSpy closed(&session, &ExploreSession::closed);
        session.setRun(QString());
        QCOMPARE(closed.count(), 1);
        QVERIFY(!session.model() && !session.dataset());
    }

    void reusesOfferedDataset() {
        const auto offered = dbse::api::OpenedDataset::open(kDataset);
        ExploreSession session;
        session.offerDataset(offered);
        QSignalSpy ready(&session, &ExploreSession::ready);
        session.setRun(run_);
        QVERIFY(ready.wait(60000));
        QCOMPARE(session.dataset(), offered);
    }

    void runWithoutCheckpointFails() {
        const QString copy = dir_.filePath(QStringLiteral("no-checkpoint"));
        QVERIFY(QDir().mkpath(copy));
        QVERIFY(QFile::copy(QDir(run_).filePath(QStringLiteral("config.json")), QDir(copy).filePath(QStringLiteral("config.json"))));
        ExploreSession session;
        QSignalSpy failed(&session, &ExploreSession::failed);
        QSignalSpy ready(&session, &ExploreSession::ready);
        session.setRun(copy);
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("checkpoint")), qPrintable(failed.first().first().toString()));
        QCOMPARE(ready.count(), 0);
        QVERIFY(!session.model());
    }

    void newerRunSupersedesOlder() {
        ExploreSession session;
        QSignalSpy ready(&session, &ExploreSession::ready);
        QSignalSpy failed(&session, &ExploreSession::failed);
        session.setRun(dir_.filePath(QStringLiteral("does-not-exist")));
        session.setRun(run_);
        QVERIFY(ready.wait(60000));
        QCOMPARE(session.runFolder(), run_);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 0);  // the superseded load never reports
        QCOMPARE(ready.count(), 1);
    }

private:
    QTemporaryDir dir_;
    QString run_;
};

QTEST_MAIN(TestExploreSession)
#include "test_explore_session.moc"
