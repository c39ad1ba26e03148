// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "--dataset sprites:DIR": the LPC Sprites benchmark (Li & Mandt 2018) built from the
// Universal-LPC sprite-sheet layers, as ../shared/data/lpc-sprites/LAYOUT.md describes:
//   6^4 = 1296 characters (skin = body/<b>.png, pants = bottomwear/<p>.png, top =
//   topwear/<t>.png, hair = hair/<h>.png, b,p,t,h in 0..5, plus shoes/1.png), composited "over"
//   an opaque black canvas; 9 motions (walk, spellcast, slash x front, left, right; motion label
//   = 3 * action + direction), 8 frames of 64 x 64 RGB each; pixel = byte / 256.
//   The characters are shuffled once (seed kCharacterSeed): the first 1000 are the training
//   set and the other 296 the test set, each with its 9 motions: 9000 / 2664 sequences, each
//   split then shuffled with seed 0. Built once (a few seconds), cached as uint8 (1.1 GB).

#include "core/data/dataset_spec.h"

#include <torch/types.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace dbse {

struct SpriteMotion {
    std::string action;     // "walk", "spellcast", "slash"
    std::string direction;  // "front", "left", "right"
    int row = 0;            // tile row of the sheet
    std::array<int, 8> columns{};  // tile column of frames 0..7
};
// The 9 motions in label order.
const std::vector<SpriteMotion>& lpcSpriteMotions();

// The layers of one sprite folder, decoded and checked (832 x 1344 RGBA, 8 bit each).
class SpriteLayers {
public:
    // Reads DIR/{body,bottomwear,topwear,hair}/0..5.png and DIR/shoes/1.png. A missing or bad
    // file throws std::runtime_error "<file>: <problem>" (OnError::Stop) or is recorded in
    // problems() (OnError::Skip; characters needing it are then left out). Throws when shoes/1.png
    // is unusable, since every character needs it.
    SpriteLayers(const std::string& dir, OnError on_error);
    ~SpriteLayers();
    SpriteLayers(const SpriteLayers&) = delete;
    SpriteLayers& operator=(const SpriteLayers&) = delete;

    // A character: {skin, pants, top, hair}, each in 0..5.
    using Character = std::array<int, 4>;
    bool usable(const Character& character) const;
    // uint8 [9, 8, 3, 64, 64]: the 9 motions of `character` (which must be usable), RGB.
    torch::Tensor compose(const Character& character) const;
    // Writes the same into `out` (72 * 3 * 64 * 64 bytes).
    void composeInto(const Character& character, uint8_t* out) const;

    const std::vector<std::string>& problems() const { return problems_; }  // "<file>: <problem>"
    const std::vector<std::string>& files() const { return files_; }        // every layer file read

private:
    struct Sheets;
    std::unique_ptr<Sheets> sheets_;
    std::vector<std::string> problems_;
    std::vector<std::string> files_;
};

// The kind's loader: builds from DIR (no options), or reloads the cache when the layers have
// not changed.
DatasetForm lpcSpritesForm();  // a folder, no options
DatasetSplits loadLpcSprites(const std::string& path, const DatasetOptions& options);

}  // namespace dbse
