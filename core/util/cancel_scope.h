// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CancelScope: makes a cancel flag visible to the loops of a long job on the calling thread
// (the evaluation protocols' batch loops, core/eval/dataset_batches.h), so that the flag
// need not travel through every function in between. While a scope lives, throwIfCancelled()
// on that thread throws dbse::Cancelled once the flag reads true; with no scope it does
// nothing (the CLI, which stops on Ctrl-C by exiting). Scopes nest; the innermost one counts.
// The flag is not owned and must outlive the scope; it may be set from any thread.

#include "core/util/cancelled.h"

#include <atomic>

namespace dbse {

class CancelScope {
public:
    explicit CancelScope(const std::atomic<bool>* flag);
    ~CancelScope();
    CancelScope(const CancelScope&) = delete;
    CancelScope& operator=(const CancelScope&) = delete;

private:
    const std::atomic<bool>* previous_;
};

// Throws Cancelled when the innermost CancelScope of this thread has its flag set.
void throwIfCancelled();

}  // namespace dbse
