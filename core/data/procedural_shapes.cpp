// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/procedural_shapes.h"

#include <ATen/Parallel.h>
#include <torch/types.h>

#include <algorithm>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>

namespace dbse {

namespace {

constexpr double kPositionJitter = 0.05;   // fraction of the size, at most, per axis
constexpr double kScaleJitterMin = 0.85;   // base_scale is uniform in [min, max)
constexpr double kScaleJitterMax = 1.0;
constexpr double kAngleJitter = 0.15;      // radians, either way, of the start angle
constexpr uint64_t kOrderSalt = 0x6a09e667f3bcc909ULL;

uint64_t splitMix64(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Uniform in [0, 1), identical on every standard library (unlike std::uniform_real_distribution).
double unitUniform(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }
double uniform(std::mt19937_64& rng, double lo, double hi) { return lo + (hi - lo) * unitUniform(rng); }

void checkOptions(const ShapesOptions& options) {
    if (options.count < 1)
        throw std::invalid_argument("builtin:shapes: count must be at least 1 (got " +
                                    std::to_string(options.count) + ")");
    if (options.frames < 2)
        throw std::invalid_argument("builtin:shapes: frames must be at least 2 (got " +
                                    std::to_string(options.frames) + ")");
    if (options.size < 16)
        throw std::invalid_argument("builtin:shapes: size must be at least 16 pixels (got " +
                                    std::to_string(options.size) + ")");
}

// Slot j of a balanced schedule: consecutive slots cycle through every class of each column,
// and slots [0, 1152) hold each (shape, colour, background, motion) combination once, so any
// prefix has class counts that differ by at most one per column.
void assignClasses(int64_t slot, ShapeParams& p) {
    p.shape = static_cast<int>(slot % kShapeKinds);
    p.colour = static_cast<int>((slot + slot / kShapeKinds) % kShapeColours);
    p.background = static_cast<int>((slot + slot / (kShapeKinds * kShapeColours)) % kShapeBackgrounds);
    p.motion = static_cast<int>((slot + slot / (kShapeKinds * kShapeColours * kShapeBackgrounds)) %
                                kShapeMotions);
}

// Nuisance factors and a start pose whose distribution is the same for every motion, chosen so
// that object and shadow stay inside every frame whichever way the motion then goes.
void placeObject(std::mt19937_64& rng, int size, ShapeParams& p) {
    p.base_scale = uniform(rng, kScaleJitterMin, kScaleJitterMax);
    p.start_angle = kAngleJitter * uniform(rng, -1.0, 1.0);

    const double largest_radius = kShapeNominalRadius * size * kScaleJitterMax;
    const double start_foot = shapeFootprintRadius(largest_radius, size);
    const double grown_foot = shapeFootprintRadius(largest_radius * kShapeGrowTo, size);
    const double travel = std::min(kShapeSlideTravel * size, std::max(0.0, 0.5 * size - start_foot));
    const double margin = std::max(start_foot + travel, grown_foot);  // centre to the nearest edge
    const double jitter = std::min(kPositionJitter * size, std::max(0.0, 0.5 * size - margin));
    p.slide_travel = travel / size;
    p.start_x = 0.5 + jitter * uniform(rng, -1.0, 1.0) / size;
    p.start_y = 0.5 + jitter * uniform(rng, -1.0, 1.0) / size;
}

LabelColumn labelColumn(const char* name, const char* const* classes, size_t class_count,
                        const std::vector<ShapeParams>& params, int ShapeParams::*field) {
    LabelColumn column;
    column.name = name;
    column.classes.assign(classes, classes + class_count);
    column.values = torch::empty({static_cast<int64_t>(params.size())}, torch::kLong);
    int64_t* values = column.values.data_ptr<int64_t>();
    for (size_t i = 0; i < params.size(); ++i) values[i] = params[i].*field;
    return column;
}

}  // namespace

std::vector<ShapeParams> makeShapesParams(const ShapesOptions& options) {
    checkOptions(options);
    const int64_t n = options.count;
    std::vector<int64_t> slots(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) slots[static_cast<size_t>(i)] = i;
    std::mt19937_64 order_rng(splitMix64(options.seed ^ kOrderSalt));
    for (int64_t i = n - 1; i > 0; --i)
        std::swap(slots[static_cast<size_t>(i)],
                  slots[static_cast<size_t>(order_rng() % static_cast<uint64_t>(i + 1))]);

    std::vector<ShapeParams> params(static_cast<size_t>(n));
    const uint64_t seed_key = splitMix64(options.seed);
    for (int64_t i = 0; i < n; ++i) {
        ShapeParams& p = params[static_cast<size_t>(i)];
        assignClasses(slots[static_cast<size_t>(i)], p);
        std::mt19937_64 rng(splitMix64(seed_key ^ static_cast<uint64_t>(i)));
        placeObject(rng, options.size, p);
    }
    return params;
}

SequenceDataset makeShapesDataset(const ShapesOptions& options) {
    const std::vector<ShapeParams> params = makeShapesParams(options);
    const int64_t n = options.count, frames = options.frames, size = options.size;

    SequenceDataset dataset;
    dataset.name = "builtin:shapes";
    dataset.pixel_scale = 1.0 / 255.0;
    dataset.frames = torch::empty({n, frames, 3, size, size}, torch::kUInt8);
    uint8_t* bytes = dataset.frames.data_ptr<uint8_t>();
    const int64_t sequence_bytes = frames * 3 * size * size;
    // Each sequence depends only on its own parameters, so the bytes do not depend on threading.
    at::parallel_for(0, n, 16, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i)
            renderShapesSequence(params[static_cast<size_t>(i)], options.frames, options.size,
                                 bytes + i * sequence_bytes);
    });

    dataset.static_labels.push_back(
        labelColumn("shape", kShapeKindNames.data(), kShapeKindNames.size(), params, &ShapeParams::shape));
    dataset.static_labels.push_back(labelColumn("colour", kShapeColourNames.data(), kShapeColourNames.size(),
                                                params, &ShapeParams::colour));
    dataset.static_labels.push_back(labelColumn("background", kShapeBackgroundNames.data(),
                                                kShapeBackgroundNames.size(), params, &ShapeParams::background));
    dataset.dynamic_labels.push_back(labelColumn("motion", kShapeMotionNames.data(), kShapeMotionNames.size(),
                                                 params, &ShapeParams::motion));
    return dataset;
}

}  // namespace dbse
