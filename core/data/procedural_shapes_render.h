// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free renderer of the built-in "shapes" videos: one shaded, outlined, anti-aliased object
// with a soft drop shadow over a static background.
//
// Coordinates are in pixels, x to the right, y downwards. Pixel (row, col) covers
// [col, col + 1) x [row, row + 1); it is sampled at its centre (col + 0.5, row + 0.5).
// Angles are in radians; a growing angle turns the object clockwise on screen.
// Images are 8-bit RGB, planar: [3, size, size] per frame, [frames, 3, size, size] per sequence.

#include <array>
#include <cstdint>

namespace dbse {

inline constexpr int kShapeKinds = 6;
inline constexpr int kShapeColours = 6;
inline constexpr int kShapeBackgrounds = 4;
inline constexpr int kShapeMotions = 8;

// Class index -> name; the indices are the values of ShapeParams' fields.
inline constexpr std::array<const char*, kShapeKinds> kShapeKindNames = {
    "circle", "square", "triangle", "diamond", "ring", "cross"};
inline constexpr std::array<const char*, kShapeColours> kShapeColourNames = {
    "red", "yellow", "green", "cyan", "blue", "magenta"};
inline constexpr std::array<const char*, kShapeBackgrounds> kShapeBackgroundNames = {
    "dark slate", "sand", "steel", "lavender"};
inline constexpr std::array<const char*, kShapeMotions> kShapeMotionNames = {
    "slide right", "slide left", "slide up", "slide down",
    "spin clockwise", "spin counter-clockwise", "grow", "shrink"};

enum class ShapeKind : int { Circle, Square, Triangle, Diamond, Ring, Cross };
enum class ShapeMotion : int {
    SlideRight, SlideLeft, SlideUp, SlideDown, SpinClockwise, SpinCounterClockwise, Grow, Shrink
};

// Geometry. Fractions of the frame size unless stated otherwise. Every motion starts from the
// same distribution of poses (near the centre, nearly upright, radius factor 1), so the first
// frame alone says nothing about the motion: a static code read from it cannot predict it.
inline constexpr double kShapeNominalRadius = 0.25;  // object radius at base_scale 1
inline constexpr double kShapeMaxExtent = 1.12;      // every shape lies within this many radii
inline constexpr double kShapeSlideTravel = 0.10;    // first-to-last-frame distance of a slide
inline constexpr double kShapeSpinAngle = 3.141592653589793;  // radians, first to last frame (180 deg)
inline constexpr double kShapeGrowTo = 1.35;         // radius factor at the end of "grow"
inline constexpr double kShapeShrinkTo = 0.65;       // radius factor at the end of "shrink"

// Everything one sequence depends on.
struct ShapeParams {
    int shape = 0;       // [0, kShapeKinds)
    int colour = 0;      // [0, kShapeColours)
    int background = 0;  // [0, kShapeBackgrounds)
    int motion = 0;      // [0, kShapeMotions)
    double start_x = 0.5;     // object centre in the first frame, fraction of the width
    double start_y = 0.5;     // ... fraction of the height
    double base_scale = 1.0;  // radius = kShapeNominalRadius * size * base_scale (* grow factor)
    double start_angle = 0.0;  // radians, clockwise, in the first frame
    double slide_travel = kShapeSlideTravel;  // fraction of the size covered by a slide
};

// Where the object is in one frame (frame in [0, frames), frames >= 2).
struct ShapePose {
    double x = 0.0;       // centre, pixels
    double y = 0.0;       // centre, pixels
    double radius = 0.0;  // pixels
    double angle = 0.0;   // radians, clockwise
};
ShapePose shapePoseAt(const ShapeParams& params, int frame, int frames, int size);

// Pixels the object, its outline and its shadow can touch lie within this many pixels of the
// pose centre (in x and in y) for a frame of `size` pixels.
double shapeFootprintRadius(double radius, int size);

// Signed distance to the outline of a shape of unit radius, in its own (rotating) frame with
// y downwards; negative inside. Multiply by the radius to get pixels.
double shapeSignedDistance(int shape, double x, double y);

// The static background alone: rgb_chw is [3, size, size].
void renderShapesBackground(const ShapeParams& params, int size, uint8_t* rgb_chw);

// One frame, background included: rgb_chw is [3, size, size].
void renderShapesFrame(const ShapeParams& params, int frame, int frames, int size, uint8_t* rgb_chw);

// All frames, identical to renderShapesFrame per frame: rgb_tchw is [frames, 3, size, size].
void renderShapesSequence(const ShapeParams& params, int frames, int size, uint8_t* rgb_tchw);

}  // namespace dbse
