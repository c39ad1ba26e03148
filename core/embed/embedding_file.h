// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a 2-D or 3-D embedding (t-SNE, PCA) to a file chosen by its extension, atomically.

#include <torch/types.h>

#include <string>

namespace dbse {

// embedding: float [N, dims] (dims 2 or 3, any device). ".csv": a header "x,y" (or "x,y,z")
// then one line per point, 9 significant digits; ".npy": float32 [N, dims]. Throws
// std::invalid_argument for another extension or shape, std::runtime_error "<path>: <reason>"
// when the file cannot be written.
void writeEmbedding(const std::string& path, const torch::Tensor& embedding);

}  // namespace dbse
