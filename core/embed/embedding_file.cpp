// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/embed/embedding_file.h"

#include "core/data/npy.h"
#include "core/util/atomic_file.h"
#include "core/util/tensor_text.h"

#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace dbse {

void writeEmbedding(const std::string& path, const torch::Tensor& embedding) {
    if (!embedding.defined() || embedding.dim() != 2 || embedding.size(1) < 2 || embedding.size(1) > 3)
        throw std::invalid_argument(path + ": expected an embedding [N, 2] or [N, 3], got " +
                                    (embedding.defined() ? shapeText(embedding) : std::string("nothing")));
    const torch::Tensor values = embedding.to(torch::kCPU, torch::kFloat).contiguous();
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".npy") {
        writeNpy(path, values);
        return;
    }
    if (extension != ".csv")
        throw std::invalid_argument(path + ": unknown output format '" + extension + "' (use .csv or .npy)");
    const int64_t n = values.size(0), dims = values.size(1);
    const float* v = values.data_ptr<float>();
    std::string text = dims == 2 ? "x,y\n" : "x,y,z\n";
    text.reserve(text.size() + static_cast<size_t>(n * dims * 16));
    char cell[32];
    for (int64_t i = 0; i < n; ++i)
        for (int64_t d = 0; d < dims; ++d) {
            std::snprintf(cell, sizeof cell, "%.9g%c", static_cast<double>(v[i * dims + d]), d + 1 < dims ? ',' : '\n');
            text += cell;
        }
    writeFileAtomically(path, text);
}

}  // namespace dbse
