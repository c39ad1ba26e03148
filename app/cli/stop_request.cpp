// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stop_request.h"

#include <csignal>

namespace dbse::cli {
namespace {

std::atomic<bool> g_stop_requested{false};

extern "C" void requestStop(int signal_number) {
    g_stop_requested.store(true);
    std::signal(signal_number, SIG_DFL);  // a second signal ends the process at once
}

}  // namespace

StopRequest::StopRequest() {
    g_stop_requested.store(false);
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
}

StopRequest::~StopRequest() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const std::atomic<bool>* StopRequest::flag() const { return &g_stop_requested; }

}  // namespace dbse::cli
