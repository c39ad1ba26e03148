// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// EventLoopStallMeter: a blocked event loop is measured, a free one is not.
#include "widgets/event_loop_stall_meter.h"

#include <QTest>
#include <QThread>

using dbse::widgets::EventLoopStallMeter;

class TestEventLoopStallMeter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blockingTheLoopIsMeasured() {
        EventLoopStallMeter meter(5);
        meter.start();
        QTRY_VERIFY(meter.ticks() >= 3);
        QThread::msleep(250);  // the event loop is blocked on purpose: this is what is measured
        QTRY_VERIFY(meter.ticks() >= 5);
        meter.stop();
        QVERIFY2(meter.longestStallMs() >= 200, qPrintable(QString::number(meter.longestStallMs())));
    }

    void anOpenGapCountsWhileRunning() {
        EventLoopStallMeter meter(5);
        meter.start();
        QTRY_VERIFY(meter.ticks() >= 1);
        QThread::msleep(120);
        QVERIFY(meter.longestStallMs() >= 100);
        meter.stop();
    }

    void startResetsTheStatistics() {
        EventLoopStallMeter meter(5);
        meter.start();
        QTRY_VERIFY(meter.ticks() >= 1);
        QThread::msleep(150);
        QTRY_VERIFY(meter.ticks() >= 3);
        meter.start();
        QCOMPARE(meter.ticks(), 0);
        QVERIFY(meter.longestStallMs() < 100);
        meter.stop();
    }
};

QTEST_MAIN(TestEventLoopStallMeter)
#include "test_event_loop_stall_meter.moc"
