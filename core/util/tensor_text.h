// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tensor facts as text for error messages.

#include <torch/types.h>

#include <sstream>
#include <string>

namespace dbse {

// "[2, 8, 3, 64, 64]"
inline std::string shapeText(const torch::Tensor& t) {
    std::ostringstream out;
    out << t.sizes();
    return out.str();
}

}  // namespace dbse
