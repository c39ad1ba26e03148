// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/runtime.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <dlfcn.h>
#include <fstream>
#include <malloc.h>
#include <unistd.h>
#include <sched.h>
#include <sstream>
#include <thread>

#ifndef DBSE_VERSION
#define DBSE_VERSION "unknown"
#endif

namespace dbse {

int availableCores() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        const int n = CPU_COUNT(&set);
        if (n > 0)
            return n;
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

namespace {
// OpenBLAS's kernel family in effect, lower case; "" when the BLAS is not OpenBLAS.
std::string openBlasKernels() {
    using CoreName = char* (*)();
    const auto name = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    if (!name || !name())
        return {};
    std::string core = name();
    std::transform(core.begin(), core.end(), core.begin(), [](unsigned char c) { return std::tolower(c); });
    return core;
}
}  // namespace

namespace {

constexpr const char* kHugePageTunable = "glibc.malloc.hugetlb=1";
// Blocks from this size up get their own mapping (returned to the system when freed) once
// they are backed by transparent huge pages; smaller ones stay in the heap.
constexpr int kHugePageMmapThreshold = 32 << 20;

// OPENBLAS_CORETYPE for a restart, or nullptr when OpenBLAS's own choice is fine (or was the
// user's).
const char* betterBlasKernels() {
    if (std::getenv("OPENBLAS_CORETYPE"))
        return nullptr;  // the user's choice, or ours after the restart
    const std::string core = openBlasKernels();
    static const char* const fallbacks[] = {"prescott", "core2", "penryn", "dunnington", "nehalem", "atom"};
    if (std::find(std::begin(fallbacks), std::end(fallbacks), core) == std::end(fallbacks))
        return nullptr;
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq") &&
        __builtin_cpu_supports("avx512vl"))
        return "SkylakeX";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "Haswell";
    return nullptr;
}

// Whether the kernel gives transparent huge pages to memory that asks for them.
bool transparentHugePagesAvailable() {
    std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string text;
    std::getline(mode, text);
    return text.find("[always]") != std::string::npos || text.find("[madvise]") != std::string::npos;
}

// `part` of GLIBC_TUNABLES, as set at process start.
bool tunablesHave(const char* part) {
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    return tunables && std::string(tunables).find(part) != std::string::npos;
}

// Whether malloc's mappings ask for transparent huge pages in this process.
bool mallocOnHugePages() { return tunablesHave(kHugePageTunable) && transparentHugePagesAvailable(); }

}  // namespace

void useFastProcessSettings(char** argv) {
    bool restart = false;
    if (const char* kernels = betterBlasKernels()) {
        restart = setenv("OPENBLAS_CORETYPE", kernels, 1) == 0;
    }
    if (!tunablesHave("glibc.malloc.hugetlb") && transparentHugePagesAvailable()) {  // unless the user chose
        const char* tunables = std::getenv("GLIBC_TUNABLES");
        const std::string value = tunables && *tunables ? std::string(tunables) + ":" + kHugePageTunable : kHugePageTunable;
        restart = setenv("GLIBC_TUNABLES", value.c_str(), 1) == 0 || restart;
    }
    if (!restart)
        return;
    execv("/proc/self/exe", argv);
    // The restart failed: carry on as we are (OpenBLAS has loaded already; glibc read its
    // tunables at start, and configureRuntime looks at what is in effect).
    unsetenv("OPENBLAS_CORETYPE");
}

namespace {
std::atomic<bool> low_memory{false};
}  // namespace

std::string mallocPolicy() {
    return low_memory ? "blocks from 32 MiB mapped on transparent huge pages, the rest in the heap"
                      : "heap up to 1 GiB, never trimmed";
}

void setIntraOpThreads(int threads) {
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
    threads = 1;
#endif
#endif
    torch::set_num_threads(threads > 0 ? threads : availableCores());
}

void configureRuntime(int threads) {
    // Keep blocks up to 1 GiB in the heap and never trim it: per-step activations are then
    // reused instead of being unmapped and faulted in again, 4 KiB at a time (up to 15x slower
    // steps on virtual machines).
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, -1);
    setIntraOpThreads(threads);
}

bool preferLowMemory() {
    if (!mallocOnHugePages())
        return false;
    // With huge pages a fault brings in 2 MiB, so large blocks can be mapped and unmapped as
    // needed: peak memory then follows what is in use instead of the heap's high-water mark and
    // its fragmentation.
    mallopt(M_MMAP_THRESHOLD, kHugePageMmapThreshold);
    low_memory = true;
    return true;
}

namespace {
std::string loadedBlasLibrary() {
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        const auto slash = line.find('/');
        if (slash == std::string::npos)
            continue;
        const std::string path = line.substr(slash);
        if (path.find("blas") != std::string::npos)
            return path;
    }
    return {};
}
}  // namespace

RuntimeInfo runtimeInfo() {
    RuntimeInfo info;
    info.dbse_version = DBSE_VERSION;
    std::ostringstream v;
    v << TORCH_VERSION_MAJOR << '.' << TORCH_VERSION_MINOR << '.' << TORCH_VERSION_PATCH;
    info.torch_version = v.str();
    info.threads = torch::get_num_threads();
    info.cores = availableCores();
    info.blas = loadedBlasLibrary();
    info.blas_kernels = openBlasKernels();
    info.malloc = mallocPolicy();
    info.cuda_available = torch::cuda::is_available();
    for (int i = 0; i < static_cast<int>(torch::cuda::device_count()); ++i)
        info.cuda_devices.push_back("cuda:" + std::to_string(i));
    return info;
}

namespace {
// A "Vm...:" line of /proc/self/status in MiB, 0 if unknown.
double statusMiB(const char* wanted) {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == wanted) {
            double kb = 0;
            status >> kb;
            return kb / 1024.0;
        }
        status.ignore(4096, '\n');
    }
    return 0;
}
}  // namespace

double peakResidentMiB() { return statusMiB("VmHWM:"); }

double residentMiB() { return statusMiB("VmRSS:"); }

}  // namespace dbse
