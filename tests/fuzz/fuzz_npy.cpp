// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: .npy files (core/data/npy.h) under a 64 MiB limit — a header that claims
// a huge array must be refused before anything is allocated.

#include "core/data/npy.h"
#include "fuzz_input.h"

#include <torch/torch.h>

#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string file = dbse::fuzz::writeInput(data, size, "array.npy");
    try {
        const torch::Tensor array = dbse::readNpy(file, dbse::NpyLimits{uint64_t(64) << 20});
        if (array.numel() > 0)
            (void)array.sum().item<double>();  // every element is readable
    } catch (const std::exception&) {
    }
    return 0;
}
