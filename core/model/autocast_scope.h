// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Mixed precision for a training forward pass (TrainConfig::precision). Inside a scope with
// Precision::BFloat16, LibTorch's autocast runs matrix products, convolutions and recurrent
// layers on the scope's device type in bfloat16; parameters, gradients and optimizer state stay
// float32. Float32 scopes change nothing. Scopes nest; autocast state is per thread.

#include "core/model/config.h"

#include <c10/core/DeviceType.h>
#include <c10/core/ScalarType.h>

namespace dbse {

class AutocastScope {
public:
    AutocastScope(c10::DeviceType device, Precision precision);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

    // The precision autocast currently runs in on `device` (this thread).
    static Precision current(c10::DeviceType device);

private:
    c10::DeviceType device_;
    bool active_;
    bool was_enabled_ = false;
    c10::ScalarType was_dtype_ = c10::ScalarType::Float;
};

}  // namespace dbse
