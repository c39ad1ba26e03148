// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Process-wide settings that decide CPU training speed on this class of machine, and a
// description of the compute environment for `dbse info` and the GUI status bar.

#include <string>
#include <vector>

namespace dbse {

// Number of cores usable by this process (affinity aware), at least 1.
int availableCores();

// Restarts the program once (execv of /proc/self/exe with the same arguments) with the
// environment that makes CPU training fast, when something in it needs changing:
//  - OPENBLAS_CORETYPE: OpenBLAS picks its kernels from the CPU model when it loads; on
//    virtual machines whose CPU model it does not know (here "Intel(R) Xeon(R) Processor") it
//    falls back to its oldest (Prescott, SSE3) kernels: SGEMM at 30 GFLOP/s on 2 cores where
//    the AVX-512 kernels reach 170-210. Set to SkylakeX (or Haswell) when OpenBLAS runs such a
//    fallback on a CPU with AVX-512 (or AVX2), unless the user set it.
//  - GLIBC_TUNABLES gains glibc.malloc.hugetlb=1 when the kernel offers transparent huge
//    pages: memory malloc maps is then backed by 2 MiB pages, which makes mapping large blocks
//    afresh cheap (see configureRuntime).
// Both can only take effect at process start. Returns when nothing needs changing or the
// restart fails. Call first thing in main(), before any thread starts; `argv` is main's.
void useFastProcessSettings(char** argv);

// Sets LibTorch's intra-op thread count (threads <= 0: all cores). The one place that sets it.
// A ThreadSanitizer build keeps 1: LibTorch's threads come from libgomp, which is not
// instrumented, so TSan cannot see its barriers and would report every parallel region as a
// race with the thread that started it; that build checks the threads of our own.
void setIntraOpThreads(int threads);

// Call once, early, from the thread that will run training. threads <= 0 means all cores.
// Sets LibTorch's intra-op threads and keeps freed memory in the process (glibc mallopt), so
// large per-step tensors do not go through mmap/munmap and page faults every step.
void configureRuntime(int threads);
// Memory before speed, for training that recomputes activations to save memory
// (TrainConfig::activations): when malloc's mappings are on transparent huge pages, blocks from
// 32 MiB get mappings of their own from now on, returned to the system when freed, so peak
// memory follows what is in use instead of the heap's high-water mark (sprites at batch 128:
// 2.8 instead of 4.9 GB; at batch 32 the page faults would cost ~13% of the speed). Returns
// whether the policy changed (false without huge pages). Any thread, any time.
bool preferLowMemory();
// The malloc policy in effect, in words.
std::string mallocPolicy();

struct RuntimeInfo {
    std::string dbse_version;
    std::string torch_version;
    int threads = 1;                 // LibTorch intra-op threads now in effect
    int cores = 1;
    std::string blas;                // resolved shared library that provides BLAS, if found
    std::string blas_kernels;        // OpenBLAS's kernel family (e.g. "SkylakeX"), "" if not OpenBLAS
    std::string malloc;              // mallocPolicy()
    bool cuda_available = false;
    std::vector<std::string> cuda_devices;
};
RuntimeInfo runtimeInfo();

// Peak resident set size of this process in MiB (VmHWM), 0 if unknown.
double peakResidentMiB();
// Resident set size now (VmRSS) in MiB, 0 if unknown.
double residentMiB();

}  // namespace dbse
