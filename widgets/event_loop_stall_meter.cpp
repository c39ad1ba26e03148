// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/event_loop_stall_meter.h"

#include <QTimer>

#include <algorithm>

namespace dbse::widgets {

EventLoopStallMeter::EventLoopStallMeter(int tickMs, QObject* parent)
    : QObject(parent), timer_(new QTimer(this)), tickMs_(std::max(1, tickMs)) {
    timer_->setTimerType(Qt::PreciseTimer);
    timer_->setInterval(tickMs_);
    connect(timer_, &QTimer::timeout, this, &EventLoopStallMeter::tick);
}

void EventLoopStallMeter::start() {
    longestNs_ = 0;
    ticks_ = 0;
    clock_.start();
    lastTickNs_ = 0;
    timer_->start();
}

void EventLoopStallMeter::stop() {
    if (timer_->isActive())
        tick();
    timer_->stop();
}

void EventLoopStallMeter::tick() {
    const qint64 now = clock_.nsecsElapsed();
    longestNs_ = std::max(longestNs_, now - lastTickNs_ - qint64(tickMs_) * 1000000);
    lastTickNs_ = now;
    ++ticks_;
}

double EventLoopStallMeter::longestStallMs() const {
    qint64 longest = longestNs_;
    if (timer_->isActive())
        longest = std::max(longest, clock_.nsecsElapsed() - lastTickNs_ - qint64(tickMs_) * 1000000);
    return static_cast<double>(std::max<qint64>(0, longest)) / 1e6;
}

}  // namespace dbse::widgets
