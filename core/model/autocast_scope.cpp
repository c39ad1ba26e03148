// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/autocast_scope.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

// LibTorch 2.4 folded the per-device calls (set_enabled for CUDA, set_cpu_enabled, ...) into
// calls taking the device type and deprecated the old ones.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define DBSE_AUTOCAST_BY_DEVICE_TYPE 1
#endif

namespace dbse {
namespace {

bool isEnabled(c10::DeviceType device) {
#ifdef DBSE_AUTOCAST_BY_DEVICE_TYPE
    return at::autocast::is_autocast_enabled(device);
#else
    return device == c10::DeviceType::CUDA ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
#endif
}

void setEnabled(c10::DeviceType device, bool enabled) {
#ifdef DBSE_AUTOCAST_BY_DEVICE_TYPE
    at::autocast::set_autocast_enabled(device, enabled);
#else
    if (device == c10::DeviceType::CUDA)
        at::autocast::set_enabled(enabled);
    else
        at::autocast::set_cpu_enabled(enabled);
#endif
}

c10::ScalarType dtypeOf(c10::DeviceType device) {
#ifdef DBSE_AUTOCAST_BY_DEVICE_TYPE
    return at::autocast::get_autocast_dtype(device);
#else
    return device == c10::DeviceType::CUDA ? at::autocast::get_autocast_gpu_dtype()
                                           : at::autocast::get_autocast_cpu_dtype();
#endif
}

void setDtype(c10::DeviceType device, c10::ScalarType dtype) {
#ifdef DBSE_AUTOCAST_BY_DEVICE_TYPE
    at::autocast::set_autocast_dtype(device, dtype);
#else
    if (device == c10::DeviceType::CUDA)
        at::autocast::set_autocast_gpu_dtype(dtype);
    else
        at::autocast::set_autocast_cpu_dtype(dtype);
#endif
}

}  // namespace

AutocastScope::AutocastScope(c10::DeviceType device, Precision precision)
    : device_(device), active_(precision == Precision::BFloat16) {
    if (!active_)
        return;
    was_enabled_ = isEnabled(device_);
    was_dtype_ = dtypeOf(device_);
    setDtype(device_, c10::ScalarType::BFloat16);
    setEnabled(device_, true);
    at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
    if (!active_)
        return;
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache();  // the bfloat16 copies of the weights made in the scope
    setEnabled(device_, was_enabled_);
    setDtype(device_, was_dtype_);
}

Precision AutocastScope::current(c10::DeviceType device) {
    return isEnabled(device) && dtypeOf(device) == c10::ScalarType::BFloat16 ? Precision::BFloat16
                                                                              : Precision::Float32;
}

}  // namespace dbse
