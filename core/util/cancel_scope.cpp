// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/cancel_scope.h"

namespace dbse {
namespace {
thread_local const std::atomic<bool>* current_flag = nullptr;
}  // namespace

CancelScope::CancelScope(const std::atomic<bool>* flag) : previous_(current_flag) { current_flag = flag; }

CancelScope::~CancelScope() { current_flag = previous_; }

void throwIfCancelled() {
    if (current_flag && current_flag->load())
        throw Cancelled();
}

}  // namespace dbse
