// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/termination_signals.h"

#include "app/studio/main_window.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace dbse::studio {
namespace {

int signalPipe[2] = {-1, -1};  // [0] read by the notifier, [1] written by the handler

void onSignal(int signal) {
    // Async-signal-safe only: the next signal of either kind takes the default action.
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    const char code = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &code, 1);
}

}  // namespace

TerminationSignals::TerminationSignals(QObject* parent) : QObject(parent) {
    if (signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;  // no signal handling then; the defaults stay
    notifier_ = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, [this] {
        char code = 0;
        if (::read(signalPipe[0], &code, 1) == 1)
            Q_EMIT received(code);
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

TerminationSignals::~TerminationSignals() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

void closeOnTerminationSignals(MainWindow& window) {
    auto* handler = new TerminationSignals(&window);
    QObject::connect(handler, &TerminationSignals::received, &window, &MainWindow::closeWithoutAsking);
}

}  // namespace dbse::studio
