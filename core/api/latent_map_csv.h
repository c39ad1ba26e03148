// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The coordinates of a latent map with the labels of its points as CSV, written by the GUI's
// Latent map tab and by `dbse tsne --run ... --out map.csv`. Torch-free.

#include "core/api/opened_dataset.h"

#include <string>
#include <vector>

namespace dbse::api {

// Writes "index,x,y,<label>..." then one row per point: its index, its coordinates and the
// class name of every label column (fields with commas, quotes or newlines quoted as RFC 4180
// says). xy is [N * 2] (see LatentLayout); every column has N values. Atomic. Throws
// std::invalid_argument "<path>: ..." for inconsistent sizes or a class index out of range,
// std::runtime_error "<path>: ..." when the file cannot be written.
void writeLatentMapCsv(const std::string& path, const std::vector<float>& xy, const std::vector<SplitLabels>& labels);

// One CSV field, quoted when it must be.
std::string csvField(const std::string& text);

}  // namespace dbse::api
