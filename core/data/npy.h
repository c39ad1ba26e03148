// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NumPy .npy (format 1.0/2.0/3.0) for C-order uint8, int64, float32 and float64 arrays.

#include <torch/types.h>

#include <cstdint>
#include <string>

namespace dbse {

// Writes a contiguous CPU copy of `tensor` atomically. Throws std::runtime_error naming the
// file for unsupported dtypes or I/O errors.
void writeNpy(const std::string& path, const torch::Tensor& tensor);

struct NpyLimits {
    uint64_t max_bytes = uint64_t(16) << 30;  // refuse arrays larger than this (default 16 GiB)
};

// Reads an .npy file. Throws std::runtime_error "<path>: <problem>" for a bad magic, a
// malformed header, an unsupported dtype, Fortran order, a size that does not match the file,
// or an array above `limits` — before allocating it.
torch::Tensor readNpy(const std::string& path, const NpyLimits& limits = {});

}  // namespace dbse
