// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ctrl-C for long commands: while a StopRequest lives, SIGINT and SIGTERM set a flag that
// training polls after every step (it then saves a checkpoint and returns); a second signal
// ends the process at once. One instance at a time, on the main thread.

#include <atomic>

namespace dbse::cli {

class StopRequest {
public:
    StopRequest();   // installs the handlers and clears the flag
    ~StopRequest();  // restores the default handlers
    StopRequest(const StopRequest&) = delete;
    StopRequest& operator=(const StopRequest&) = delete;

    const std::atomic<bool>* flag() const;
    bool requested() const { return flag()->load(); }
};

}  // namespace dbse::cli
