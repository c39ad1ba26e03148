// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/lpc_sprites.h"

#include "core/data/build_progress.h"
#include "core/data/dataset_cache.h"
#include "core/data/spec_options.h"
#include "core/util/file_error.h"

#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <cstring>
#include <thread>

namespace dbse {

namespace fs = std::filesystem;

namespace {

constexpr int kSheetWidth = 832;
constexpr int kSheetHeight = 1344;
constexpr int kTile = 64;
constexpr int kOptions = 6;            // options 0..5 of each of the four varied layers
constexpr int kCharacters = 1296;      // 6^4
constexpr int kTrainCharacters = 1000;
constexpr int kFrames = 8;
constexpr uint64_t kCharacterSeed = 423;  // the published split's seed (its permutation differs)
constexpr uint64_t kOrderSeed = 0;
constexpr const char* kBuilderVersion = "lpc-sprites 1";

// The four varied layers, in label and compositing order; shoes/1.png goes on top of them.
const std::array<const char*, 4> kLayerFolders{"body", "bottomwear", "topwear", "hair"};
const std::array<const char*, 4> kLabelNames{"skin", "pants", "top", "hair"};

}  // namespace

const std::vector<SpriteMotion>& lpcSpriteMotions() {
    static const std::vector<SpriteMotion> motions = [] {
        const std::array<int, 8> walk{8, 1, 2, 3, 4, 5, 6, 7};
        const std::array<int, 8> spellcast{0, 1, 2, 3, 4, 5, 4, 6};
        const std::array<int, 8> slash{0, 1, 2, 3, 4, 5, 4, 0};
        // Rows per action for left, front, right (LAYOUT.md); label order is front, left, right.
        struct Action {
            const char* name;
            int left, front, right;
            std::array<int, 8> columns;
        };
        const std::array<Action, 3> actions{{{"walk", 9, 10, 11, walk},
                                             {"spellcast", 1, 2, 3, spellcast},
                                             {"slash", 13, 14, 15, slash}}};
        std::vector<SpriteMotion> out;
        for (const auto& a : actions) {
            out.push_back({a.name, "front", a.front, a.columns});
            out.push_back({a.name, "left", a.left, a.columns});
            out.push_back({a.name, "right", a.right, a.columns});
        }
        return out;
    }();
    return motions;
}

// BGRA sheets: layers[l][option], empty when unusable; shoes is the top layer of everyone.
struct SpriteLayers::Sheets {
    std::array<std::array<cv::Mat, kOptions>, 4> layers;
    cv::Mat shoes;
};

namespace {

// The sheet at `file`, or the reason it cannot be used.
cv::Mat readSheet(const std::string& file, std::string& problem) {
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        problem = "missing sprite layer";
        return {};
    }
    cv::Mat image;
    try {
        image = cv::imread(file, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        problem = std::string("cannot decode the image: ") + e.what();
        return {};
    }
    if (image.empty()) {
        problem = "not a readable image (PNG expected)";
        return {};
    }
    if (image.cols != kSheetWidth || image.rows != kSheetHeight || image.channels() != 4 ||
        image.depth() != CV_8U) {
        problem = "expected an 832 x 1344 RGBA sprite sheet with 8-bit channels, got " + std::to_string(image.cols) +
                  " x " + std::to_string(image.rows) + " with " + std::to_string(image.channels()) +
                  " channel(s)" + (image.depth() != CV_8U ? " of more than 8 bits" : "");
        return {};
    }
    return image;
}

// dst (BGR, 3 bytes per pixel, opaque) = src over dst, with src BGRA.
void compositeOver(const cv::Mat& sheet, int row, int column, uint8_t* bgr) {
    for (int y = 0; y < kTile; ++y) {
        const uint8_t* src = sheet.ptr<uint8_t>(row * kTile + y) + column * kTile * 4;
        uint8_t* dst = bgr + y * kTile * 3;
        for (int x = 0; x < kTile; ++x, src += 4, dst += 3) {
            const int a = src[3];
            if (a == 0)
                continue;
            for (int c = 0; c < 3; ++c) dst[c] = static_cast<uint8_t>((src[c] * a + dst[c] * (255 - a) + 127) / 255);
        }
    }
}

}  // namespace

SpriteLayers::SpriteLayers(const std::string& dir, OnError on_error) : sheets_(std::make_unique<Sheets>()) {
    auto read = [&](const std::string& file) {
        files_.push_back(file);
        std::string problem;
        cv::Mat sheet = readSheet(file, problem);
        if (sheet.empty()) {
            if (on_error == OnError::Stop)
                throwFileError(file, problem);
            problems_.push_back(file + ": " + problem);
        }
        return sheet;
    };
    const fs::path root(dir);
    for (size_t l = 0; l < kLayerFolders.size(); ++l)
        for (int option = 0; option < kOptions; ++option)
            sheets_->layers[l][option] = read((root / kLayerFolders[l] / (std::to_string(option) + ".png")).string());
    const std::string shoes = (root / "shoes" / "1.png").string();
    sheets_->shoes = read(shoes);
    if (sheets_->shoes.empty())
        throwFileError(shoes, problems_.back().substr(shoes.size() + 2) + "; every character needs this layer");
}

SpriteLayers::~SpriteLayers() = default;

bool SpriteLayers::usable(const Character& character) const {
    for (size_t l = 0; l < 4; ++l)
        if (character[l] < 0 || character[l] >= kOptions || sheets_->layers[l][character[l]].empty())
            return false;
    return true;
}

void SpriteLayers::composeInto(const Character& character, uint8_t* out) const {
    if (!usable(character))
        throw std::invalid_argument("sprite character has an unusable or out-of-range layer option");
    std::array<uint8_t, kTile * kTile * 3> bgr{};
    const auto& motions = lpcSpriteMotions();
    for (size_t m = 0; m < motions.size(); ++m) {
        for (int f = 0; f < kFrames; ++f) {
            bgr.fill(0);  // opaque black canvas
            const int row = motions[m].row;
            const int column = motions[m].columns[f];
            for (size_t l = 0; l < 4; ++l) compositeOver(sheets_->layers[l][character[l]], row, column, bgr.data());
            compositeOver(sheets_->shoes, row, column, bgr.data());
            // BGR interleaved -> RGB planes of frame (m, f).
            uint8_t* frame = out + (m * kFrames + f) * 3 * kTile * kTile;
            for (int p = 0; p < kTile * kTile; ++p)
                for (int c = 0; c < 3; ++c) frame[c * kTile * kTile + p] = bgr[p * 3 + (2 - c)];
        }
    }
}

torch::Tensor SpriteLayers::compose(const Character& character) const {
    torch::Tensor out = torch::empty({static_cast<int64_t>(lpcSpriteMotions().size()), kFrames, 3, kTile, kTile},
                                     torch::kByte);
    composeInto(character, out.data_ptr<uint8_t>());
    return out;
}

namespace {

SpriteLayers::Character characterOf(int index) {
    return {index / 216, (index / 36) % 6, (index / 6) % 6, index % 6};
}

std::vector<std::string> classNames(int count) {
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i) names.push_back(std::to_string(i));
    return names;
}

// All 9 motions of `characters`, in a fixed shuffled order: before shuffling, sequence i is
// character characters[i / 9], motion i % 9; after it, position j holds sequence order[j].
// Each character is composed into a small buffer and its 9 sequences are copied straight to
// their shuffled positions, so the split's frames exist once (no shuffled copy).
// Each composed character is one step of `progress`; after a cancel no new one starts.
SequenceDataset buildSplit(const SpriteLayers& layers, const std::vector<int>& characters, const std::string& name,
                           BuildProgress& progress) {
    const auto& motions = lpcSpriteMotions();
    const int64_t per_character = static_cast<int64_t>(motions.size());
    const int64_t n = static_cast<int64_t>(characters.size()) * per_character;
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(kOrderSeed);
    const torch::Tensor order = torch::randperm(n, generator, torch::kLong);
    const torch::Tensor position = torch::empty_like(order).index_put_({order}, torch::arange(n, torch::kLong));
    const int64_t* position_of = position.data_ptr<int64_t>();

    SequenceDataset d;
    d.name = name;
    d.pixel_scale = 1.0 / 256.0;  // the published scaling
    d.frames = torch::empty({n, kFrames, 3, kTile, kTile}, torch::kByte);
    const int64_t sequence_bytes = kFrames * 3 * kTile * kTile;
    uint8_t* frames = d.frames.data_ptr<uint8_t>();

    const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (unsigned w = 0; w < workers; ++w)
        pool.emplace_back([&, w] {
            std::vector<uint8_t> buffer(static_cast<size_t>(per_character * sequence_bytes));
            for (size_t c = w; c < characters.size() && !progress.cancelled(); c += workers) {
                progress.step(name + ": character " + std::to_string(characters[c]));
                layers.composeInto(characterOf(characters[c]), buffer.data());
                for (int64_t m = 0; m < per_character; ++m)
                    std::memcpy(frames + position_of[static_cast<int64_t>(c) * per_character + m] * sequence_bytes,
                                buffer.data() + m * sequence_bytes, static_cast<size_t>(sequence_bytes));
            }
        });
    for (auto& t : pool) t.join();
    progress.throwIfCancelled();

    std::array<std::vector<int64_t>, 4> attributes;
    std::vector<int64_t> motion, action, direction;
    for (int character : characters) {
        const auto parts = characterOf(character);
        for (int64_t m = 0; m < per_character; ++m) {
            for (size_t l = 0; l < 4; ++l) attributes[l].push_back(parts[l]);
            motion.push_back(m);
            action.push_back(m / 3);
            direction.push_back(m % 3);
        }
    }
    auto column = [&](const std::string& label, std::vector<std::string> classes, const std::vector<int64_t>& values) {
        return LabelColumn{label, std::move(classes), torch::tensor(values, torch::kLong).index_select(0, order)};
    };
    for (size_t l = 0; l < 4; ++l) d.static_labels.push_back(column(kLabelNames[l], classNames(kOptions), attributes[l]));
    std::vector<std::string> motion_names;
    for (const auto& m : motions) motion_names.push_back(m.action + " " + m.direction);
    d.dynamic_labels.push_back(column("motion", motion_names, motion));
    d.dynamic_labels.push_back(column("action", {"walk", "spellcast", "slash"}, action));
    d.dynamic_labels.push_back(column("direction", {"front", "left", "right"}, direction));
    d.attributes["source"] = "LPC sprite-sheet layers (LAYOUT.md); pixel = byte / 256";
    return d;
}

}  // namespace

DatasetForm lpcSpritesForm() { return {DatasetPathType::Folder, "", {}, {}}; }

DatasetSplits loadLpcSprites(const std::string& path, const DatasetOptions& options) {
    SpecOptions spec(path);
    spec.finish();  // the benchmark has no options
    std::error_code error;
    if (!fs::is_directory(spec.path(), error))
        throwFileError(spec.path(), "not a folder of LPC sprite layers (expected body/, bottomwear/, topwear/, hair/, shoes/)");
    const std::string dir = fs::absolute(spec.path()).lexically_normal().string();

    std::vector<std::string> files;
    for (const char* folder : kLayerFolders)
        for (int option = 0; option < kOptions; ++option)
            files.push_back(dir + "/" + folder + "/" + std::to_string(option) + ".png");
    files.push_back(dir + "/shoes/1.png");
    const std::string key = std::string(kBuilderVersion) + "\n" + dir + "\non-error " + toString(options.on_error) +
                            "\n" + sourceFingerprint(files);
    const std::string folder = datasetCacheFolder(options, "sprites", key);
    if (auto cached = loadCachedDataset(folder, key))
        return std::move(*cached);

    const SpriteLayers layers(dir, options.on_error);
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(kCharacterSeed);
    const torch::Tensor order = torch::randperm(kCharacters, generator, torch::kLong);
    std::vector<int> train, test;
    for (int64_t i = 0; i < kCharacters; ++i) {
        const int character = static_cast<int>(order[i].item<int64_t>());
        if (layers.usable(characterOf(character)))
            (i < kTrainCharacters ? train : test).push_back(character);
    }
    if (train.empty() || test.empty())
        throwFileError(dir, "no usable sprite character in the training or the test set");

    DatasetSplits splits;
    BuildProgress progress(options, train.size() + test.size());
    splits.train = buildSplit(layers, train, "sprites:" + dir + "/train", progress);
    splits.test = buildSplit(layers, test, "sprites:" + dir + "/test", progress);
    for (const auto& problem : layers.problems())
        splits.skipped.push_back(problem + " (characters using this layer left out)");
    progress.throwIfCancelled();
    saveCachedDataset(folder, key, splits);
    splits.cache_file = folder;
    return splits;
}

}  // namespace dbse
