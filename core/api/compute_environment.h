// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade for the GUI status bar: where computation runs and how much memory the
// process holds. Safe to include from Qt code (no torch headers).

#include <string>

namespace dbse::api {

struct ComputeDevice {
    bool cuda = false;         // LibTorch sees a CUDA device
    std::string gpu_name;      // e.g. "NVIDIA H200" when known; may be empty even with cuda
    int cuda_devices = 0;
    int cpu_threads = 1;       // LibTorch intra-op threads in effect in this process
    int cpu_cores = 1;         // cores this process may use
};

// Cheap after the first call's CUDA probe; any thread.
ComputeDevice computeDevice();

// Resident set size of this process in MiB, 0 when unknown (non-Linux). Any thread.
double residentMemoryMiB();

}  // namespace dbse::api
