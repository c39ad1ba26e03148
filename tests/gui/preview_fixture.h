// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-built api::DatasetPreview objects for GUI tests (no torch involved).
// Pixel (t, y, x) of item i has colour expectedPixel(i, t, y, x).

#include "core/api/dataset_preview.h"

#include <QColor>

#include <string>
#include <utility>
#include <vector>

namespace dbse::test {

inline QRgb expectedPixel(int item, int t, int y, int x) {
    return qRgb((item * 16 + t * 3) & 0xff, (y * 5) & 0xff, (x * 7) & 0xff);
}

inline api::SequencePreview makeSequence(int item, int frames, int height, int width,
                                         std::vector<std::pair<std::string, std::string>> labels) {
    api::SequencePreview s;
    s.index = item;
    s.frames = frames;
    s.height = height;
    s.width = width;
    s.rgb.resize(static_cast<size_t>(frames) * height * width * 3);
    for (int t = 0; t < frames; ++t)
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const QRgb c = expectedPixel(item, t, y, x);
                uint8_t* p = s.rgb.data() + ((static_cast<size_t>(t) * height + y) * width + x) * 3;
                p[0] = static_cast<uint8_t>(qRed(c));
                p[1] = static_cast<uint8_t>(qGreen(c));
                p[2] = static_cast<uint8_t>(qBlue(c));
            }
    s.labels = std::move(labels);
    return s;
}

// `count` sequences of `frames` frames, shapes-like labels: item i is
// colours[i % 3] + " " + shapes[i % 4] and moves motions[i % 2].
inline api::DatasetPreview makePreview(int count, int frames = 4, int height = 16, int width = 16) {
    static const char* shapes[] = {"circle", "square", "triangle", "star"};
    static const char* colours[] = {"red", "green", "blue"};
    static const char* backgrounds[] = {"checker", "stripes"};
    static const char* motions[] = {"slide right", "spin clockwise"};
    api::DatasetPreview p;
    p.name = "test:fixture/train";
    p.total = 1000;
    p.static_labels = {"shape", "colour", "background"};
    p.dynamic_labels = {"motion"};
    for (int i = 0; i < count; ++i)
        p.items.push_back(makeSequence(i, frames, height, width,
                                       {{"shape", shapes[i % 4]},
                                        {"colour", colours[i % 3]},
                                        {"background", backgrounds[i % 2]},
                                        {"motion", motions[i % 2]}}));
    return p;
}

}  // namespace dbse::test
