// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The built-in procedural video dataset "shapes": one object per sequence with four labelled
// factors. Static: "shape" (6), "colour" (6), "background" (4). Dynamic: "motion" (8).
// Class names and geometry are in procedural_shapes_render.h.

#include "core/data/procedural_shapes_render.h"
#include "core/data/sequence_dataset.h"

#include <cstdint>
#include <vector>

namespace dbse {

struct ShapesOptions {
    int64_t count = 3000;  // number of sequences
    uint64_t seed = 1;     // everything is a pure function of (options)
    int frames = 8;        // T, >= 2
    int size = 64;         // H = W, >= 16
};

// The parameters of every sequence of makeShapesDataset(options), element i for sequence i.
// Each column's class counts differ by at most one; the object stays inside the frame (with
// its shadow) in every frame. Throws std::invalid_argument like makeShapesDataset.
std::vector<ShapeParams> makeShapesParams(const ShapesOptions& options);

// Deterministic: the same options give byte-identical frames and labels. Throws
// std::invalid_argument with a clear message for count < 1, frames < 2, size < 16.
// frames: uint8 [count, frames, 3, size, size]; name "builtin:shapes".
SequenceDataset makeShapesDataset(const ShapesOptions& options);

}  // namespace dbse
