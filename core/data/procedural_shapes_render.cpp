// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/procedural_shapes_render.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace dbse {

namespace {

struct Rgb {
    double r, g, b;  // [0, 1]
};

constexpr std::array<Rgb, kShapeColours> kObjectColours = {{
    {0.86, 0.16, 0.15},  // red
    {0.96, 0.80, 0.12},  // yellow
    {0.22, 0.72, 0.28},  // green
    {0.12, 0.78, 0.86},  // cyan
    {0.20, 0.36, 0.92},  // blue
    {0.82, 0.22, 0.80},  // magenta
}};

// Lighting in the object's own frame, so that it turns with the object.
constexpr double kLightX = -0.543, kLightY = -0.840;       // unit vector towards the light
constexpr double kHighlightX = -0.40, kHighlightY = -0.40;  // highlight centre, radii
constexpr double kHighlightSpread = 0.06;                   // squared radii
constexpr double kHighlightStrength = 0.62;
constexpr double kOutlineDarkness = 0.30;  // outline colour = fill colour * this
constexpr double kShadowStrength = 0.38;   // fraction of the background removed under the shadow

// Drop shadow geometry, fractions of the frame size (the world light is at the upper left).
constexpr double kShadowOffsetX = 0.018, kShadowOffsetY = 0.025, kShadowBlur = 0.03;

double sign(double v) { return v > 0.0 ? 1.0 : (v < 0.0 ? -1.0 : 0.0); }
double clamp01(double v) { return std::min(1.0, std::max(0.0, v)); }
double length(double x, double y) { return std::sqrt(x * x + y * y); }  // std::hypot is slow

// Exact 2-D signed distance functions (after Inigo Quilez), unit radius, y downwards.
double circleDistance(double x, double y) { return length(x, y) - 0.9; }

double squareDistance(double x, double y) {
    constexpr double half = 0.68, rounding = 0.06;
    const double dx = std::abs(x) - half, dy = std::abs(y) - half;
    const double outside = length(std::max(dx, 0.0), std::max(dy, 0.0));
    return outside + std::min(std::max(dx, dy), 0.0) - rounding;
}

double triangleDistance(double x, double y) {  // equilateral, apex up, circumradius 1.08
    const double k = std::sqrt(3.0);
    constexpr double half_side = 0.935;
    double px = std::abs(x) - half_side;
    double py = -y + half_side / k;
    if (px + k * py > 0.0) {
        const double nx = (px - k * py) / 2.0, ny = (-k * px - py) / 2.0;
        px = nx;
        py = ny;
    }
    px -= std::min(std::max(px, -2.0 * half_side), 0.0);
    return -length(px, py) * sign(py);
}

double diamondDistance(double x, double y) {  // rhombus, taller than wide
    constexpr double bx = 0.66, by = 1.05;
    const double px = std::abs(x), py = std::abs(y);
    const double h = std::min(1.0, std::max(-1.0, ((bx - 2.0 * px) * bx - (by - 2.0 * py) * by) /
                                                      (bx * bx + by * by)));
    const double d = length(px - 0.5 * bx * (1.0 - h), py - 0.5 * by * (1.0 + h));
    return d * sign(px * by + py * bx - bx * by);
}

double ringDistance(double x, double y) {  // a disc of radius 0.95 with a hole of radius 0.42
    constexpr double middle = 0.685, half_width = 0.265;
    return std::abs(length(x, y) - middle) - half_width;
}

double crossDistance(double x, double y) {  // "+" with arms of half-thickness 0.3
    constexpr double arm = 1.0, half_thickness = 0.3;
    double px = std::abs(x), py = std::abs(y);
    if (py > px) std::swap(px, py);
    const double qx = px - arm, qy = py - half_thickness;
    const double k = std::max(qx, qy);
    const double wx = k > 0.0 ? qx : half_thickness - px;
    const double wy = k > 0.0 ? qy : -k;
    return sign(k) * length(std::max(wx, 0.0), std::max(wy, 0.0));
}

uint8_t toByte(double v) { return static_cast<uint8_t>(clamp01(v) * 255.0 + 0.5); }

// Smooth, muted backdrops that differ in hue and brightness. They carry no texture and no
// per-sequence offset: a high-contrast pattern dominates the reconstruction error of a small
// model and slows the learning of the object, which is what the dataset is about.
Rgb backgroundColour(int background, int size, int row, int col) {
    const double u = (col + 0.5) / size, v = (row + 0.5) / size;
    const double r2 = (u - 0.5) * (u - 0.5) + (v - 0.45) * (v - 0.45);  // for radial vignettes
    switch (background) {
        case 0: {  // dark slate: cool vertical gradient
            const double t = v;
            return {(54 - 22 * t) / 255.0, (62 - 24 * t) / 255.0, (80 - 28 * t) / 255.0};
        }
        case 1: {  // sand: warm, lighter at the upper left
            const double t = 0.5 * (u + v);
            return {(238 - 36 * t) / 255.0, (220 - 48 * t) / 255.0, (178 - 56 * t) / 255.0};
        }
        case 2: {  // steel: neutral mid grey, lit at the centre
            const double t = std::min(1.0, 2.0 * r2);
            return {(146 - 40 * t) / 255.0, (150 - 40 * t) / 255.0, (156 - 40 * t) / 255.0};
        }
        default: {  // lavender: pale violet, lit at the centre
            const double t = std::min(1.0, 2.0 * r2);
            return {(200 - 44 * t) / 255.0, (192 - 46 * t) / 255.0, (222 - 40 * t) / 255.0};
        }
    }
}

// Draws the object over whatever rgb_chw holds; pixels it does not touch keep their bytes.
void drawObject(const ShapeParams& params, const ShapePose& pose, int size, uint8_t* rgb_chw) {
    const int plane = size * size;
    const double cos_a = std::cos(pose.angle), sin_a = std::sin(pose.angle);
    const double radius = pose.radius, inv_radius = 1.0 / radius;
    const double foot = shapeFootprintRadius(radius, size);
    const int col0 = std::max(0, static_cast<int>(std::floor(pose.x - foot)));
    const int col1 = std::min(size - 1, static_cast<int>(std::ceil(pose.x + foot)));
    const int row0 = std::max(0, static_cast<int>(std::floor(pose.y - foot)));
    const int row1 = std::min(size - 1, static_cast<int>(std::ceil(pose.y + foot)));
    const double shadow_dx = kShadowOffsetX * size, shadow_dy = kShadowOffsetY * size;
    const double shadow_blur = kShadowBlur * size + 0.5;
    const double shadow_reach = std::sqrt(shadow_dx * shadow_dx + shadow_dy * shadow_dy) + 0.5 * shadow_blur;
    const double outline = std::max(0.9, 0.07 * radius);
    const Rgb base = kObjectColours[static_cast<size_t>(params.colour)];
    const int shape = params.shape;

    for (int row = row0; row <= row1; ++row) {
        const double wy = row + 0.5 - pose.y;
        for (int col = col0; col <= col1; ++col) {
            const double wx = col + 0.5 - pose.x;
            const double lx = (cos_a * wx + sin_a * wy) * inv_radius;
            const double ly = (-sin_a * wx + cos_a * wy) * inv_radius;
            const double distance = shapeSignedDistance(shape, lx, ly) * radius;  // pixels
            const double alpha = clamp01(0.5 - distance);
            double shadow = 0.0;
            // Distances are exact (1-Lipschitz), so far from the object the shadow is zero.
            if (alpha < 1.0 && distance < shadow_reach) {
                const double sx = wx - shadow_dx, sy = wy - shadow_dy;
                const double slx = (cos_a * sx + sin_a * sy) * inv_radius;
                const double sly = (-sin_a * sx + cos_a * sy) * inv_radius;
                const double shadow_distance = shapeSignedDistance(shape, slx, sly) * radius;
                shadow = kShadowStrength * clamp01(0.5 - shadow_distance / shadow_blur);
            }
            if (alpha <= 0.0 && shadow <= 0.0) continue;

            Rgb object{0.0, 0.0, 0.0};
            if (alpha > 0.0) {
                const double diffuse = 0.78 + 0.36 * std::max(-1.0, std::min(1.0, lx * kLightX + ly * kLightY));
                const double hx = lx - kHighlightX, hy = ly - kHighlightY;
                const double highlight = kHighlightStrength * std::exp(-(hx * hx + hy * hy) / kHighlightSpread);
                const double ink = clamp01(distance + outline + 0.5);
                auto shade = [&](double c) {
                    double fill = std::min(1.0, c * diffuse);
                    fill += (1.0 - fill) * highlight;
                    return fill + (c * kOutlineDarkness - fill) * ink;
                };
                object = {shade(base.r), shade(base.g), shade(base.b)};
            }
            const int index = row * size + col;
            const double keep = (1.0 - alpha) * (1.0 - shadow) / 255.0;
            const double channels[3] = {object.r, object.g, object.b};
            for (int c = 0; c < 3; ++c) {
                uint8_t& byte = rgb_chw[c * plane + index];
                byte = toByte(byte * keep + channels[c] * alpha);
            }
        }
    }
}

}  // namespace

ShapePose shapePoseAt(const ShapeParams& params, int frame, int frames, int size) {
    const double t = frames > 1 ? static_cast<double>(frame) / (frames - 1) : 0.0;  // [0, 1]
    ShapePose pose;
    pose.x = params.start_x * size;
    pose.y = params.start_y * size;
    pose.radius = kShapeNominalRadius * size * params.base_scale;
    pose.angle = params.start_angle;
    const double travel = params.slide_travel * size * t;
    switch (static_cast<ShapeMotion>(params.motion)) {
        case ShapeMotion::SlideRight: pose.x += travel; break;
        case ShapeMotion::SlideLeft: pose.x -= travel; break;
        case ShapeMotion::SlideUp: pose.y -= travel; break;
        case ShapeMotion::SlideDown: pose.y += travel; break;
        case ShapeMotion::SpinClockwise: pose.angle += kShapeSpinAngle * t; break;
        case ShapeMotion::SpinCounterClockwise: pose.angle -= kShapeSpinAngle * t; break;
        case ShapeMotion::Grow:
            pose.radius *= std::pow(kShapeGrowTo, t);
            break;
        case ShapeMotion::Shrink:
            pose.radius *= std::pow(kShapeShrinkTo, t);
            break;
    }
    return pose;
}

double shapeFootprintRadius(double radius, int size) {
    // Outline and anti-aliasing reach 0.5 px past the shape; the shadow reaches its offset
    // (|offset| < 0.031 * size) plus half its blur; one more pixel of safety.
    return radius * kShapeMaxExtent + 1.0 + 0.05 * size;
}

double shapeSignedDistance(int shape, double x, double y) {
    switch (static_cast<ShapeKind>(shape)) {
        case ShapeKind::Circle: return circleDistance(x, y);
        case ShapeKind::Square: return squareDistance(x, y);
        case ShapeKind::Triangle: return triangleDistance(x, y);
        case ShapeKind::Diamond: return diamondDistance(x, y);
        case ShapeKind::Ring: return ringDistance(x, y);
        case ShapeKind::Cross: return crossDistance(x, y);
    }
    return circleDistance(x, y);
}

void renderShapesBackground(const ShapeParams& params, int size, uint8_t* rgb_chw) {
    const int plane = size * size;
    for (int row = 0; row < size; ++row) {
        for (int col = 0; col < size; ++col) {
            const Rgb c = backgroundColour(params.background, size, row, col);
            const int index = row * size + col;
            rgb_chw[index] = toByte(c.r);
            rgb_chw[plane + index] = toByte(c.g);
            rgb_chw[2 * plane + index] = toByte(c.b);
        }
    }
}

void renderShapesFrame(const ShapeParams& params, int frame, int frames, int size, uint8_t* rgb_chw) {
    renderShapesBackground(params, size, rgb_chw);
    drawObject(params, shapePoseAt(params, frame, frames, size), size, rgb_chw);
}

void renderShapesSequence(const ShapeParams& params, int frames, int size, uint8_t* rgb_tchw) {
    const size_t frame_bytes = static_cast<size_t>(3) * size * size;
    renderShapesBackground(params, size, rgb_tchw);
    for (int frame = 1; frame < frames; ++frame)
        std::memcpy(rgb_tchw + frame * frame_bytes, rgb_tchw, frame_bytes);
    for (int frame = 0; frame < frames; ++frame)
        drawObject(params, shapePoseAt(params, frame, frames, size), size, rgb_tchw + frame * frame_bytes);
}

}  // namespace dbse
