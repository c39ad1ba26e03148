// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EventLoopStallMeter: measures how long the event loop of the thread it lives on (the GUI
// thread) goes without serving a timer. A precise QTimer fires every `tickMs`; the gap between
// two ticks minus the interval is a stall. Used by tests and benchmarks to show that training
// and dataset building never freeze the window. Units: milliseconds. Not thread-safe: use it
// from the thread it was created on.

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace dbse::widgets {

class EventLoopStallMeter : public QObject {
    Q_OBJECT

public:
    explicit EventLoopStallMeter(int tickMs = 5, QObject* parent = nullptr);

    void start();  // resets the statistics
    void stop();

    // The longest stall since start(), ms (0 if none). Includes the current open gap when
    // called while running, so a caller blocked since the last tick sees it too.
    double longestStallMs() const;
    // Number of ticks served since start().
    qint64 ticks() const { return ticks_; }

private:
    void tick();

    QTimer* timer_ = nullptr;  // owned (child)
    QElapsedTimer clock_;
    qint64 lastTickNs_ = 0;
    qint64 longestNs_ = 0;
    qint64 ticks_ = 0;
    int tickMs_;
};

}  // namespace dbse::widgets
