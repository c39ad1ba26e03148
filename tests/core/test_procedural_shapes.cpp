// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset_spec.h"
#include "core/data/procedural_shapes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace dbse {
namespace {

constexpr double kPi = 3.141592653589793;
constexpr int kCombinations = kShapeKinds * kShapeColours * kShapeBackgrounds * kShapeMotions;  // 1152

ShapesOptions options(int64_t count, uint64_t seed, int frames = 8, int size = 64) {
    ShapesOptions o;
    o.count = count;
    o.seed = seed;
    o.frames = frames;
    o.size = size;
    return o;
}

// One sequence per (shape, colour, background, motion) combination, shared by several tests.
const SequenceDataset& fullDataset() {
    static const SequenceDataset dataset = makeShapesDataset(options(kCombinations, 7));
    return dataset;
}
const std::vector<ShapeParams>& fullParams() {
    static const std::vector<ShapeParams> params = makeShapesParams(options(kCombinations, 7));
    return params;
}

// Where the object (with its shadow) is in one frame: the pixels that differ from the
// sequence's background.
struct ObjectTrace {
    double area = 0.0;  // pixels
    double x = 0.0;     // centroid, pixels (column + 0.5)
    double y = 0.0;     // centroid, pixels (row + 0.5), grows downwards
    bool border_untouched = true;  // the outermost ring of pixels equals the background exactly
};

int colourDifference(const uint8_t* a, const uint8_t* b, int plane, int index) {
    int sum = 0;
    for (int c = 0; c < 3; ++c) sum += std::abs(int(a[c * plane + index]) - int(b[c * plane + index]));
    return sum;
}

ObjectTrace traceObject(const uint8_t* frame, const uint8_t* background, int size) {
    const int plane = size * size;
    ObjectTrace trace;
    double sx = 0.0, sy = 0.0;
    for (int row = 0; row < size; ++row) {
        for (int col = 0; col < size; ++col) {
            const int index = row * size + col;
            const int difference = colourDifference(frame, background, plane, index);
            const bool border = row == 0 || col == 0 || row == size - 1 || col == size - 1;
            if (border && difference != 0) trace.border_untouched = false;
            if (difference > 24) {
                trace.area += 1.0;
                sx += col + 0.5;
                sy += row + 0.5;
            }
        }
    }
    if (trace.area > 0) {
        trace.x = sx / trace.area;
        trace.y = sy / trace.area;
    }
    return trace;
}

std::vector<ObjectTrace> traceSequence(const SequenceDataset& dataset, const ShapeParams& params, int64_t index) {
    const int frames = static_cast<int>(dataset.length()), size = static_cast<int>(dataset.height());
    std::vector<uint8_t> background(static_cast<size_t>(3 * size * size));
    renderShapesBackground(params, size, background.data());
    const uint8_t* sequence = dataset.frames[index].data_ptr<uint8_t>();
    std::vector<ObjectTrace> traces;
    for (int t = 0; t < frames; ++t)
        traces.push_back(traceObject(sequence + t * 3 * size * size, background.data(), size));
    return traces;
}

std::vector<int64_t> classCounts(const LabelColumn& column) {
    std::vector<int64_t> counts(column.classes.size(), 0);
    const torch::Tensor values = column.values.contiguous();
    const int64_t* v = values.data_ptr<int64_t>();
    for (int64_t i = 0; i < values.size(0); ++i) ++counts.at(static_cast<size_t>(v[i]));
    return counts;
}

TEST(ProceduralShapes, FramesAndLabelsHaveTheDocumentedLayout) {
    const SequenceDataset d = makeShapesDataset(options(20, 1, 5, 32));
    EXPECT_EQ(d.name, "builtin:shapes");
    ASSERT_TRUE(d.frames.defined());
    EXPECT_EQ(d.frames.sizes(), (std::vector<int64_t>{20, 5, 3, 32, 32}));
    EXPECT_EQ(d.frames.scalar_type(), torch::kByte);
    EXPECT_TRUE(d.frames.is_contiguous());
    EXPECT_TRUE(d.frames.device().is_cpu());
    EXPECT_DOUBLE_EQ(d.pixel_scale, 1.0 / 255.0);
    EXPECT_NO_THROW(validate(d));

    ASSERT_EQ(d.static_labels.size(), 3u);
    ASSERT_EQ(d.dynamic_labels.size(), 1u);
    EXPECT_EQ(d.static_labels[0].name, "shape");
    EXPECT_EQ(d.static_labels[1].name, "colour");
    EXPECT_EQ(d.static_labels[2].name, "background");
    EXPECT_EQ(d.dynamic_labels[0].name, "motion");
    EXPECT_EQ(d.static_labels[0].classes,
              (std::vector<std::string>{"circle", "square", "triangle", "diamond", "ring", "cross"}));
    EXPECT_EQ(d.static_labels[1].classes,
              (std::vector<std::string>{"red", "yellow", "green", "cyan", "blue", "magenta"}));
    EXPECT_EQ(d.static_labels[2].classes,
              (std::vector<std::string>{"dark slate", "sand", "steel", "lavender"}));
    EXPECT_EQ(d.dynamic_labels[0].classes,
              (std::vector<std::string>{"slide right", "slide left", "slide up", "slide down", "spin clockwise",
                                        "spin counter-clockwise", "grow", "shrink"}));
    for (const auto* columns : {&d.static_labels, &d.dynamic_labels}) {
        for (const LabelColumn& column : *columns) {
            EXPECT_EQ(column.values.scalar_type(), torch::kLong) << column.name;
            EXPECT_EQ(column.values.sizes(), (std::vector<int64_t>{20})) << column.name;
        }
    }
    // Not blank: every frame has an object on it.
    EXPECT_GT(d.frames.to(torch::kFloat).std().item<double>(), 5.0);
}

TEST(ProceduralShapes, SameOptionsGiveIdenticalBytesAndOtherSeedsDiffer) {
    const SequenceDataset a = makeShapesDataset(options(60, 3));
    const SequenceDataset b = makeShapesDataset(options(60, 3));
    const SequenceDataset c = makeShapesDataset(options(60, 4));
    EXPECT_TRUE(torch::equal(a.frames, b.frames));
    for (size_t k = 0; k < a.static_labels.size(); ++k)
        EXPECT_TRUE(torch::equal(a.static_labels[k].values, b.static_labels[k].values));
    EXPECT_TRUE(torch::equal(a.dynamic_labels[0].values, b.dynamic_labels[0].values));

    EXPECT_FALSE(torch::equal(a.frames, c.frames));
    EXPECT_FALSE(torch::equal(a.static_labels[0].values, c.static_labels[0].values));
    EXPECT_FALSE(torch::equal(a.dynamic_labels[0].values, c.dynamic_labels[0].values));
}

TEST(ProceduralShapes, ClassCountsAreBalancedForAnyCount) {
    for (const int64_t count : {int64_t{37}, int64_t{1000}, int64_t{kCombinations}, int64_t{3000}}) {
        const std::vector<ShapeParams> params = makeShapesParams(options(count, 11));
        ASSERT_EQ(static_cast<int64_t>(params.size()), count);
        std::vector<std::vector<int64_t>> counts = {std::vector<int64_t>(kShapeKinds),
                                                    std::vector<int64_t>(kShapeColours),
                                                    std::vector<int64_t>(kShapeBackgrounds),
                                                    std::vector<int64_t>(kShapeMotions)};
        for (const ShapeParams& p : params) {
            ++counts[0].at(static_cast<size_t>(p.shape));
            ++counts[1].at(static_cast<size_t>(p.colour));
            ++counts[2].at(static_cast<size_t>(p.background));
            ++counts[3].at(static_cast<size_t>(p.motion));
        }
        for (size_t column = 0; column < counts.size(); ++column) {
            const auto [lo, hi] = std::minmax_element(counts[column].begin(), counts[column].end());
            EXPECT_LE(*hi - *lo, 1) << "count " << count << ", column " << column;
            EXPECT_GE(*lo, count / static_cast<int64_t>(counts[column].size()));
        }
    }
    // The dataset's label tensors hold the same balanced values.
    const SequenceDataset& d = fullDataset();
    for (const LabelColumn& column : d.static_labels) {
        const std::vector<int64_t> counts = classCounts(column);
        for (int64_t n : counts) EXPECT_EQ(n, kCombinations / static_cast<int64_t>(counts.size())) << column.name;
    }
    for (int64_t n : classCounts(d.dynamic_labels[0])) EXPECT_EQ(n, kCombinations / kShapeMotions);
}

TEST(ProceduralShapes, OneBlockHoldsEveryCombinationOnce) {
    std::vector<int> seen(kCombinations, 0);
    for (const ShapeParams& p : fullParams())
        ++seen[static_cast<size_t>(((p.shape * kShapeColours + p.colour) * kShapeBackgrounds + p.background) *
                                       kShapeMotions + p.motion)];
    EXPECT_EQ(std::count(seen.begin(), seen.end(), 1), kCombinations);
}

TEST(ProceduralShapes, LabelsAndFramesFollowTheParameters) {
    const SequenceDataset& d = fullDataset();
    const std::vector<ShapeParams>& params = fullParams();
    std::vector<uint8_t> sequence(static_cast<size_t>(8 * 3 * 64 * 64));
    for (int64_t i = 0; i < d.size(); ++i) {
        const ShapeParams& p = params[static_cast<size_t>(i)];
        ASSERT_EQ(d.static_labels[0].values[i].item<int64_t>(), p.shape);
        ASSERT_EQ(d.static_labels[1].values[i].item<int64_t>(), p.colour);
        ASSERT_EQ(d.static_labels[2].values[i].item<int64_t>(), p.background);
        ASSERT_EQ(d.dynamic_labels[0].values[i].item<int64_t>(), p.motion);
        EXPECT_GE(p.base_scale, 0.85);
        EXPECT_LE(p.base_scale, 1.0);
        if (i % 97 == 0) {
            renderShapesSequence(p, 8, 64, sequence.data());
            EXPECT_TRUE(std::equal(sequence.begin(), sequence.end(), d.frames[i].data_ptr<uint8_t>())) << i;
        }
    }
    // Nuisance factors vary between sequences.
    double min_scale = 2.0, max_scale = 0.0, min_x = 1.0, max_x = 0.0;
    for (const ShapeParams& p : params) {
        min_scale = std::min(min_scale, p.base_scale);
        max_scale = std::max(max_scale, p.base_scale);
        if (static_cast<ShapeMotion>(p.motion) == ShapeMotion::Grow) {
            min_x = std::min(min_x, p.start_x);
            max_x = std::max(max_x, p.start_x);
        }
    }
    EXPECT_GT(max_scale - min_scale, 0.1);
    EXPECT_GT((max_x - min_x) * 64, 4.0);
}

TEST(ProceduralShapes, TheFirstFrameSaysNothingAboutTheMotion) {
    // Same nuisance draws, different motion: the first frame is byte-identical.
    const std::vector<ShapeParams>& params = fullParams();
    std::vector<uint8_t> reference(3 * 64 * 64), other(3 * 64 * 64);
    for (size_t i = 0; i < params.size(); i += 53) {
        ShapeParams p = params[i];
        renderShapesFrame(p, 0, 8, 64, reference.data());
        for (int motion = 0; motion < kShapeMotions; ++motion) {
            p.motion = motion;
            renderShapesFrame(p, 0, 8, 64, other.data());
            ASSERT_EQ(reference, other) << "sequence " << i << ", motion " << kShapeMotionNames[motion];
        }
    }
    // And the start poses are drawn alike for every motion.
    std::array<double, kShapeMotions> sum_x{}, sum_angle{}, sum_scale{}, count{};
    for (const ShapeParams& p : params) {
        sum_x[p.motion] += p.start_x;
        sum_angle[p.motion] += p.start_angle;
        sum_scale[p.motion] += p.base_scale;
        count[p.motion] += 1.0;
    }
    for (int m = 1; m < kShapeMotions; ++m) {
        EXPECT_NEAR(sum_x[m] / count[m], sum_x[0] / count[0], 0.01) << kShapeMotionNames[m];
        EXPECT_NEAR(sum_angle[m] / count[m], sum_angle[0] / count[0], 0.03) << kShapeMotionNames[m];
        EXPECT_NEAR(sum_scale[m] / count[m], sum_scale[0] / count[0], 0.03) << kShapeMotionNames[m];
    }
}

TEST(ProceduralShapes, EveryMotionMovesTheObjectAsLabelled) {
    const SequenceDataset& d = fullDataset();
    const std::vector<ShapeParams>& params = fullParams();
    const int frames = 8;
    for (int64_t i = 0; i < d.size(); ++i) {
        const ShapeParams& p = params[static_cast<size_t>(i)];
        const auto motion = static_cast<ShapeMotion>(d.dynamic_labels[0].values[i].item<int64_t>());
        const std::vector<ObjectTrace> trace = traceSequence(d, p, i);
        const std::string what = "sequence " + std::to_string(i) + " (" + kShapeKindNames[p.shape] + ", " +
                                 kShapeColourNames[p.colour] + ", " + kShapeBackgroundNames[p.background] +
                                 ", " + kShapeMotionNames[p.motion] + ")";
        for (int t = 0; t < frames; ++t) {
            ASSERT_TRUE(trace[t].border_untouched) << what << ", frame " << t;
            ASSERT_GT(trace[t].area, 20.0) << what << ", frame " << t;
        }
        const ObjectTrace& first = trace.front();
        const ObjectTrace& last = trace.back();
        const double dx = last.x - first.x, dy = last.y - first.y;
        const double area_ratio = last.area / first.area;
        switch (motion) {
            case ShapeMotion::SlideRight:
            case ShapeMotion::SlideLeft:
            case ShapeMotion::SlideUp:
            case ShapeMotion::SlideDown: {
                const bool horizontal = motion == ShapeMotion::SlideRight || motion == ShapeMotion::SlideLeft;
                const double sign =
                    (motion == ShapeMotion::SlideRight || motion == ShapeMotion::SlideDown) ? 1.0 : -1.0;
                const double along = horizontal ? dx : dy, across = horizontal ? dy : dx;
                ASSERT_GT(sign * along, 0.85 * kShapeSlideTravel * 64) << what;  // the centroid moves the travel
                ASSERT_LT(std::abs(across), 1.5) << what;
                for (int t = 1; t < frames; ++t) {
                    const double step = horizontal ? trace[t].x - trace[t - 1].x : trace[t].y - trace[t - 1].y;
                    ASSERT_GT(sign * step, 0.0) << what << ", frame " << t;
                }
                ASSERT_NEAR(area_ratio, 1.0, 0.25) << what;
                break;
            }
            case ShapeMotion::SpinClockwise:
            case ShapeMotion::SpinCounterClockwise: {
                const size_t plane = 3 * 64 * 64;
                const uint8_t* bytes = d.frames[i].data_ptr<uint8_t>();
                for (int t = 0; t < frames; ++t) {
                    ASSERT_LT(std::hypot(trace[t].x - first.x, trace[t].y - first.y), 1.5) << what << ", frame " << t;
                    ASSERT_NEAR(trace[t].area / first.area, 1.0, 0.25) << what << ", frame " << t;
                    if (t == 0) continue;
                    int changed = 0;
                    for (size_t k = 0; k < 64 * 64; ++k)
                        changed += colourDifference(bytes + (t - 1) * plane, bytes + t * plane, 64 * 64,
                                                    static_cast<int>(k)) > 24;
                    ASSERT_GT(changed, 0.1 * first.area) << what << ", frame " << t;
                }
                break;
            }
            case ShapeMotion::Grow:
            case ShapeMotion::Shrink: {
                const double sign = motion == ShapeMotion::Grow ? 1.0 : -1.0;
                const double ideal = 2.0 * std::log(motion == ShapeMotion::Grow ? kShapeGrowTo : kShapeShrinkTo);
                ASSERT_GT(std::log(area_ratio) / ideal, 0.7) << what;  // area ~ radius squared (outline: less)
                for (int t = 1; t < frames; ++t)
                    ASSERT_GT(sign * (trace[t].area - trace[t - 1].area), 0.0) << what << ", frame " << t;
                ASSERT_LT(std::hypot(dx, dy), 1.5) << what;
                break;
            }
        }
    }
}

// The angle (radians, clockwise on screen) of the brightest part of the object as seen from
// its centre: the lighting is fixed to the object, so it turns with it, even for a circle.
double highlightBearing(const ShapeParams& p, int frame, int frames, int size) {
    std::vector<uint8_t> rgb(static_cast<size_t>(3 * size * size));
    renderShapesFrame(p, frame, frames, size, rgb.data());
    const ShapePose pose = shapePoseAt(p, frame, frames, size);
    const int plane = size * size;
    std::vector<double> luminance(static_cast<size_t>(plane), -1.0);
    double brightest = 0.0;
    for (int row = 0; row < size; ++row) {
        for (int col = 0; col < size; ++col) {
            const double wx = col + 0.5 - pose.x, wy = row + 0.5 - pose.y;
            const double c = std::cos(pose.angle), s = std::sin(pose.angle);
            const double lx = (c * wx + s * wy) / pose.radius, ly = (-s * wx + c * wy) / pose.radius;
            if (shapeSignedDistance(p.shape, lx, ly) * pose.radius > -1.5) continue;  // interior only
            const int k = row * size + col;
            const double l = 0.3 * rgb[k] + 0.59 * rgb[plane + k] + 0.11 * rgb[2 * plane + k];
            luminance[static_cast<size_t>(k)] = l;
            brightest = std::max(brightest, l);
        }
    }
    double sx = 0.0, sy = 0.0;
    for (int k = 0; k < plane; ++k) {
        const double weight = std::max(0.0, luminance[static_cast<size_t>(k)] - (brightest - 25.0));
        sx += weight * (k % size + 0.5 - pose.x);
        sy += weight * (k / size + 0.5 - pose.y);
    }
    return std::atan2(sy, sx);
}

TEST(ProceduralShapes, SpinsTurnEveryShapeInTheLabelledDirection) {
    const int frames = 8, size = 64;
    for (int shape = 0; shape < kShapeKinds; ++shape) {
        for (int colour = 0; colour < kShapeColours; ++colour) {
            for (const ShapeMotion motion : {ShapeMotion::SpinClockwise, ShapeMotion::SpinCounterClockwise}) {
                ShapeParams p;
                p.shape = shape;
                p.colour = colour;
                p.background = (shape + colour) % kShapeBackgrounds;
                p.motion = static_cast<int>(motion);
                p.start_angle = 0.3 * colour;
                const double expected = motion == ShapeMotion::SpinClockwise ? kShapeSpinAngle : -kShapeSpinAngle;
                const std::string what = std::string(kShapeKindNames[shape]) + ", " + kShapeColourNames[colour] +
                                         ", " + kShapeMotionNames[p.motion];
                double previous = highlightBearing(p, 0, frames, size), turned = 0.0;
                for (int t = 1; t < frames; ++t) {
                    const double bearing = highlightBearing(p, t, frames, size);
                    const double step = std::remainder(bearing - previous, 2.0 * kPi);
                    ASSERT_GT(step * expected, 0.0) << what << ", frame " << t;
                    turned += step;
                    previous = bearing;
                }
                EXPECT_NEAR(turned, expected, 0.3) << what;
            }
        }
    }
}

TEST(ProceduralShapes, SpinningDiamondOutlineTurnsClockwiseOnScreen) {
    // The long axis of the diamond's silhouette, from second moments of its mask; image rows
    // grow downwards, so a growing atan2 angle is a clockwise turn on screen.
    const int frames = 8, size = 64, plane = size * size;
    ShapeParams p;
    p.shape = static_cast<int>(ShapeKind::Diamond);
    p.colour = 4;
    p.background = 0;
    p.motion = static_cast<int>(ShapeMotion::SpinClockwise);
    std::vector<uint8_t> rgb(static_cast<size_t>(3 * plane)), background(static_cast<size_t>(3 * plane));
    renderShapesBackground(p, size, background.data());
    double previous = 0.0, turned = 0.0;
    for (int t = 0; t < frames; ++t) {
        renderShapesFrame(p, t, frames, size, rgb.data());
        const ShapePose pose = shapePoseAt(p, t, frames, size);
        double xx = 0.0, yy = 0.0, xy = 0.0;
        for (int k = 0; k < plane; ++k) {
            // Brighter than the dark background: the body, not the shadow.
            if (rgb[2 * plane + k] < background[2 * plane + k] + 40) continue;
            const double x = k % size + 0.5 - pose.x, y = k / size + 0.5 - pose.y;
            xx += x * x;
            yy += y * y;
            xy += x * y;
        }
        const double axis = 0.5 * std::atan2(2.0 * xy, xx - yy);  // modulo pi
        if (t > 0) {
            const double step = std::remainder(axis - previous, kPi);
            EXPECT_GT(step, 0.0) << "frame " << t;
            turned += step;
        }
        previous = axis;
    }
    EXPECT_NEAR(turned, kShapeSpinAngle, 0.25);
}

TEST(ProceduralShapes, SmallFramesAndShortSequencesStayInside) {
    const SequenceDataset d = makeShapesDataset(options(kCombinations, 5, 2, 16));
    const std::vector<ShapeParams> params = makeShapesParams(options(kCombinations, 5, 2, 16));
    EXPECT_EQ(d.frames.sizes(), (std::vector<int64_t>{kCombinations, 2, 3, 16, 16}));
    for (int64_t i = 0; i < d.size(); ++i) {
        for (const ObjectTrace& t : traceSequence(d, params[static_cast<size_t>(i)], i)) {
            ASSERT_TRUE(t.border_untouched) << i;
            ASSERT_GT(t.area, 2.0) << i;
        }
    }
}

TEST(ProceduralShapes, RejectsInvalidOptions) {
    auto expectMessage = [](const ShapesOptions& o, const std::string& word) {
        try {
            makeShapesDataset(o);
            ADD_FAILURE() << "expected std::invalid_argument mentioning " << word;
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(word), std::string::npos) << e.what();
        }
    };
    expectMessage(options(0, 1), "count");
    expectMessage(options(-5, 1), "count");
    expectMessage(options(10, 1, 1), "frames");
    expectMessage(options(10, 1, 8, 15), "size");
    EXPECT_THROW(makeShapesParams(options(10, 1, 8, 8)), std::invalid_argument);
    EXPECT_NO_THROW(makeShapesDataset(options(1, 1, 2, 16)));
}

}  // namespace
}  // namespace dbse

namespace dbse {

TEST(BuiltinDataset, SplitSizesAreOptionsAndBadOnesAreNamed) {
    const DatasetSplits small = loadDataset(parseDatasetSpec("builtin:shapes?train=24&test=8"));
    EXPECT_EQ(small.train.size(), 24);
    EXPECT_EQ(small.test.size(), 8);
    EXPECT_EQ(small.train.attributes.at("options"), small.test.attributes.at("options"));
    const DatasetSplits again = loadDataset(parseDatasetSpec("builtin:shapes?test=8&train=24"));
    EXPECT_TRUE(torch::equal(small.train.frames, again.train.frames));
    EXPECT_EQ(loadDataset(parseDatasetSpec("builtin:shapes")).train.size(), 3000);
    for (const char* bad : {"builtin:shapes?train=1", "builtin:shapes?frames=4", "builtin:circles?train=10"}) {
        try {
            loadDataset(parseDatasetSpec(bad));
            ADD_FAILURE() << bad << " was accepted";
        } catch (const std::invalid_argument& e) {
            const std::string what = e.what();
            EXPECT_TRUE(what.find("train") != std::string::npos || what.find("frames") != std::string::npos ||
                        what.find("circles") != std::string::npos)
                << what;
        }
    }
}

}  // namespace dbse
