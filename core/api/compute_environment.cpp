// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/compute_environment.h"

#include "core/util/runtime.h"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace dbse::api {
namespace {

// The "Model:" line of the NVIDIA driver's description of its first GPU (Linux), else "".
// LibTorch's C++ API has no device-name call without the CUDA headers, which a CPU build lacks.
std::string nvidiaGpuName() {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const fs::directory_entry& gpu : fs::directory_iterator("/proc/driver/nvidia/gpus", ec)) {
        std::ifstream info(gpu.path() / "information");
        std::string line;
        const std::string key = "Model:";
        while (std::getline(info, line)) {
            if (line.compare(0, key.size(), key) != 0)
                continue;
            const size_t start = line.find_first_not_of(" \t", key.size());
            return start == std::string::npos ? std::string() : line.substr(start);
        }
    }
    return {};
}

}  // namespace

ComputeDevice computeDevice() {
    const RuntimeInfo info = runtimeInfo();
    ComputeDevice device;
    device.cuda = info.cuda_available;
    device.cuda_devices = static_cast<int>(info.cuda_devices.size());
    device.cpu_threads = info.threads;
    device.cpu_cores = info.cores;
    if (device.cuda)
        device.gpu_name = nvidiaGpuName();
    return device;
}

double residentMemoryMiB() { return residentMiB(); }

}  // namespace dbse::api
