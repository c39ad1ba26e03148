// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "video:DIR" datasets: labels from the layout or a manifest, options, the cache, and broken
// clips under --on-error stop and skip. Clips are generated here with our own encoder.

#include "core/data/dataset_spec.h"
#include "core/media/media_datasets.h"
#include "test_support.h"
#include "video_fixture.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

using namespace dbse;
namespace fs = std::filesystem;

namespace {

const std::array<uint8_t, 3> kRed = {255, 0, 0}, kGreen = {0, 255, 0};

// DIR/red/{0..n-1}.{mp4|gif|frames} with red squares, DIR/green/... with green ones.
void writeLayout(const std::string& dir, int per_class) {
    const char* kinds[] = {".mp4", ".gif", ""};
    for (int i = 0; i < per_class; ++i) {
        test::writeClip(dir + "/red/" + std::to_string(i) + kinds[i % 3], test::movingSquare(12, 40, 64, kRed));
        test::writeClip(dir + "/green/" + std::to_string(i) + kinds[(i + 1) % 3], test::movingSquare(12, 40, 64, kGreen));
    }
}

DatasetOptions cacheIn(const test::ScratchDir& dir, OnError on_error = OnError::Stop) {
    DatasetOptions options;
    options.cache_dir = dir / "cache";
    options.on_error = on_error;
    return options;
}

DatasetSplits load(const std::string& text, const DatasetOptions& options) {
    registerMediaDatasetKinds();
    return loadDataset(parseDatasetSpec(text), options);
}

// 1 when sequence `row` shows a green square (more green than red summed over the clip), else 0.
int64_t greenness(const SequenceDataset& d, int64_t row) {
    const torch::Tensor sums = d.frames[row].to(torch::kFloat).sum({0, 2, 3});
    return sums[1].item<float>() > sums[0].item<float>() ? 1 : 0;
}

}  // namespace

TEST(VideoDataset, LayoutFoldersGiveOneLabel) {
    test::ScratchDir dir;
    writeLayout(dir / "clips", 5);
    const DatasetSplits splits = load("video:" + (dir / "clips") + "?frames=4&size=16&test=0.2", cacheIn(dir));
    EXPECT_EQ(splits.train.size(), 8);
    EXPECT_EQ(splits.test.size(), 2);
    EXPECT_TRUE(splits.skipped.empty());
    for (const SequenceDataset* d : {&splits.train, &splits.test}) {
        ASSERT_EQ(d->frames.sizes(), (std::vector<int64_t>{d->size(), 4, 3, 16, 16}));
        EXPECT_EQ(d->frames.scalar_type(), torch::kByte);
        EXPECT_TRUE(d->static_labels.empty());
        ASSERT_EQ(d->dynamic_labels.size(), 1u);
        EXPECT_EQ(d->dynamic_labels[0].name, "class");
        EXPECT_EQ(d->dynamic_labels[0].classes, (std::vector<std::string>{"green", "red"}));
        for (int64_t row = 0; row < d->size(); ++row)  // class 0 = green
            EXPECT_EQ(d->dynamic_labels[0].values[row].item<int64_t>(), 1 - greenness(*d, row)) << d->name << " " << row;
        EXPECT_EQ(d->attributes.at("options"), "crop=center&frames=4&label=dynamic&manifest=&sampling=uniform&seed=1&size=16&test=0.2");
    }
    const DatasetSplits as_static = load("video:" + (dir / "clips") + "?frames=4&size=16&label=static", cacheIn(dir));
    ASSERT_EQ(as_static.train.static_labels.size(), 1u);
    EXPECT_TRUE(as_static.train.dynamic_labels.empty());
    EXPECT_EQ(as_static.train.size() + as_static.test.size(), 10);
}

TEST(VideoDataset, ManifestGivesLabelsAndSplit) {
    test::ScratchDir dir;
    writeLayout(dir / "clips", 3);
    std::ofstream(dir / "clips/list.csv") << "file,colour,motion,split\n"
                                             "red/0.mp4,red,right,train\n"
                                             "red/1.gif,red,right,test\n"
                                             "green/0.gif,green,right,train\n"
                                             "green/1,green,right,train\n"
                                             "green/2.mp4,green,right,test\n";
    const DatasetSplits splits = load("video:" + (dir / "clips") + "?manifest=list.csv&frames=4&size=16", cacheIn(dir));
    ASSERT_EQ(splits.train.size(), 3);
    ASSERT_EQ(splits.test.size(), 2);
    ASSERT_EQ(splits.train.static_labels.size(), 1u);
    EXPECT_EQ(splits.train.static_labels[0].name, "colour");
    EXPECT_EQ(splits.train.dynamic_labels[0].name, "motion");
    EXPECT_TRUE(torch::equal(splits.train.static_labels[0].values, torch::tensor({1, 0, 0}, torch::kLong)));
    for (int64_t row = 0; row < 3; ++row)
        EXPECT_EQ(splits.train.static_labels[0].values[row].item<int64_t>(), 1 - greenness(splits.train, row));
    EXPECT_NE(test::invalidArgumentOf([&] {
                  load("video:" + (dir / "clips") + "?manifest=list.csv&test=0.5", cacheIn(dir));
              }).find("split column"),
              std::string::npos);
    std::ofstream(dir / "clips/ragged.csv") << "file,colour,motion\nred/0.mp4,red\n";
    EXPECT_NE(test::runtimeErrorOf([&] { load("video:" + (dir / "clips") + "?manifest=ragged.csv", cacheIn(dir)); })
                  .find("ragged.csv:2: expected 3 fields"),
              std::string::npos);
}

TEST(VideoDataset, SecondLoadComesFromTheCache) {
    test::ScratchDir dir;
    writeLayout(dir / "clips", 2);
    const std::string text = "video:" + (dir / "clips") + "?frames=4&size=16&sampling=stride&seed=5";
    const DatasetSplits first = load(text, cacheIn(dir));
    ASSERT_FALSE(first.cache_file.empty());
    EXPECT_TRUE(fs::exists(first.cache_file));
    EXPECT_EQ(fs::path(first.cache_file).parent_path(), fs::path(dir / "cache"));
    const DatasetSplits second = load(text, cacheIn(dir));
    EXPECT_EQ(second.cache_file, first.cache_file);
    EXPECT_TRUE(torch::equal(second.train.frames, first.train.frames));
    EXPECT_TRUE(torch::equal(second.test.dynamic_labels[0].values, first.test.dynamic_labels[0].values));
    EXPECT_EQ(second.train.attributes, first.train.attributes);
    // Other options or a changed clip make a new cache entry.
    EXPECT_NE(load(text + "&crop=face", cacheIn(dir)).cache_file, first.cache_file);
    test::writeClip(dir / "clips/red/0.mp4", test::movingSquare(14, 40, 64, kRed));
    EXPECT_NE(load(text, cacheIn(dir)).cache_file, first.cache_file);
}

TEST(VideoDataset, FaceCropRecordsTheFallback) {
    test::ScratchDir dir;
    writeLayout(dir / "clips", 2);
    const DatasetSplits splits = load("video:" + (dir / "clips") + "?frames=4&size=16&crop=face", cacheIn(dir));
    EXPECT_EQ(splits.train.attributes.at("face_crop_fallback").rfind("4 clips centre-cropped (no face)", 0), 0u)
        << splits.train.attributes.at("face_crop_fallback");
}

TEST(VideoDataset, BrokenClipsStopOrAreSkipped) {
    test::ScratchDir dir;
    writeLayout(dir / "clips", 3);
    std::ofstream(dir / "clips/red/notes.mp4") << "not a video\n";
    std::ofstream(dir / "clips/green/empty.mp4");
    const std::string text = "video:" + (dir / "clips") + "?size=16&frames=";
    const std::string stop = test::runtimeErrorOf([&] { load(text + "4", cacheIn(dir)); });
    EXPECT_TRUE(stop.find("notes.mp4: not a video") != std::string::npos || stop.find("empty.mp4: empty file") != std::string::npos)
        << stop;
    const DatasetSplits skipped = load(text + "4", cacheIn(dir, OnError::Skip));
    EXPECT_EQ(skipped.train.size() + skipped.test.size(), 6);
    ASSERT_EQ(skipped.skipped.size(), 2u);
    EXPECT_NE(skipped.skipped[0].find("empty.mp4: empty file"), std::string::npos) << skipped.skipped[0];
    EXPECT_NE(skipped.skipped[1].find("notes.mp4: not a video"), std::string::npos) << skipped.skipped[1];
    // Loaded again from the cache, the skipped list survives.
    EXPECT_EQ(load(text + "4", cacheIn(dir, OnError::Skip)).skipped, skipped.skipped);
    // A clip shorter than the frames asked for.
    const std::string short_clip = test::runtimeErrorOf([&] { load(text + "13", cacheIn(dir)); });
    EXPECT_NE(short_clip.find("has 12 frames, fewer than the 13 needed"), std::string::npos) << short_clip;
}

TEST(VideoDataset, FoldersWithoutUsableClipsAreErrors) {
    test::ScratchDir dir;
    fs::create_directories(dir / "nothing/sub");
    std::ofstream(dir / "nothing/readme.txt") << "hello";
    EXPECT_NE(test::runtimeErrorOf([&] { load("video:" + (dir / "nothing"), cacheIn(dir)); }).find("nothing: no clips"),
              std::string::npos);
    fs::create_directories(dir / "bad");
    std::ofstream(dir / "bad/a.mp4") << "text";
    std::ofstream(dir / "bad/b.gif") << "text";
    const std::string all_bad = test::runtimeErrorOf([&] { load("video:" + (dir / "bad"), cacheIn(dir, OnError::Skip)); });
    EXPECT_NE(all_bad.find("bad: no usable clip (2 skipped"), std::string::npos) << all_bad;
    EXPECT_NE(test::runtimeErrorOf([&] { load("video:" + (dir / "missing"), cacheIn(dir)); }).find("no such folder"),
              std::string::npos);
    EXPECT_NE(test::invalidArgumentOf([&] { load("video:" + (dir / "bad") + "?frame=8", cacheIn(dir)); }).find("frame"),
              std::string::npos);
}
