// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "--dataset npy:FILE": video sequences saved with NumPy, for users coming from Python.
//
// FILE holds the frames, uint8 [N, T, C, H, W] (C = 1 or 3) or [N, T, H, W] (grey), or float32 /
// float64 of either shape with values in [0, 1] (stored as round(255 * v)). Optional integer
// label arrays (uint8 or int64, [N], values >= 0) sit next to it, named
//   <stem>.static.<label>.npy   and   <stem>.dynamic.<label>.npy
// where FILE is <stem>.npy; class k of a label is called "k". The sequences are split once,
// with a fixed seed, into 90% train and 10% test (at least one each).

#include "core/data/dataset_spec.h"

#include <string>

namespace dbse {

// Throws std::runtime_error "<file>: <problem>" for a missing or malformed file, a shape or
// dtype it cannot use, float values outside [0, 1], fewer than 2 sequences, or a label array
// of the wrong length, dtype or with negative values.
DatasetSplits loadNpyDataset(const std::string& path);

}  // namespace dbse
