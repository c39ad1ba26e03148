// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The on-disk cache of built datasets: round trip of every column, and damaged caches rebuilt.

#include "core/data/dataset_cache.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

using namespace dbse;
namespace fs = std::filesystem;

namespace {

SequenceDataset seriesSplit(int64_t n, const std::string& name) {
    SequenceDataset d;
    d.name = name;
    d.frames = torch::randn({n, 6, 3});
    d.missing = torch::rand({n, 6, 3}).lt(0.2).to(torch::kByte);
    d.static_labels.push_back({"station", {"a", "b", "c"}, torch::arange(n) % 3});
    d.dynamic_labels.push_back({"rain", {"dry", "wet"}, torch::arange(n) % 2});
    d.values.push_back({"age", torch::rand({n})});
    d.values.push_back({"ot", torch::rand({n, 6})});
    d.attributes["features"] = "PM2.5,TEMP,PRES";
    return d;
}

DatasetSplits someSplits() {
    DatasetSplits s;
    s.train = seriesSplit(10, "x/train");
    s.test = seriesSplit(4, "x/test");
    s.skipped = {"bad.csv: row 3 has 2 cells, expected 4"};
    return s;
}

}  // namespace

TEST(DatasetCache, RoundTripsEveryColumn) {
    test::ScratchDir dir;
    const DatasetSplits s = someSplits();
    const std::string folder = dir / "x-cache";
    EXPECT_FALSE(loadCachedDataset(folder, "key").has_value());
    saveCachedDataset(folder, "key", s);
    const auto loaded = loadCachedDataset(folder, "key");
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->cache_file, folder);
    EXPECT_EQ(loaded->skipped, s.skipped);
    for (const auto* pair : {&s.train, &s.test}) {
        const SequenceDataset& want = *pair;
        const SequenceDataset& got = pair == &s.train ? loaded->train : loaded->test;
        EXPECT_EQ(got.name, want.name);
        EXPECT_TRUE(got.frames.equal(want.frames));
        EXPECT_TRUE(got.missing.equal(want.missing));
        EXPECT_EQ(got.static_labels[0].classes, want.static_labels[0].classes);
        EXPECT_TRUE(got.dynamic_labels[0].values.equal(want.dynamic_labels[0].values));
        ASSERT_EQ(got.values.size(), 2u);
        EXPECT_TRUE(got.values[1].values.equal(want.values[1].values));
        EXPECT_EQ(got.attributes, want.attributes);
    }
}

TEST(DatasetCache, ADamagedOrForeignCacheIsDroppedNotTrusted) {
    test::ScratchDir dir;
    const std::string folder = dir / "x-cache";
    saveCachedDataset(folder, "key", someSplits());
    EXPECT_FALSE(loadCachedDataset(folder, "another key").has_value());
    EXPECT_FALSE(fs::exists(folder)) << "a foreign cache is removed so it gets rebuilt";

    saveCachedDataset(folder, "key", someSplits());
    const fs::path frames = fs::path(folder) / "train.frames.npy";
    fs::resize_file(frames, fs::file_size(frames) / 2);
    EXPECT_FALSE(loadCachedDataset(folder, "key").has_value());

    saveCachedDataset(folder, "key", someSplits());
    std::ofstream(fs::path(folder) / "meta.json") << "{ not json";
    EXPECT_FALSE(loadCachedDataset(folder, "key").has_value());
}

TEST(DatasetCache, AFailedWriteKeepsThePreviousCache) {
    test::ScratchDir dir;
    const std::string folder = dir / "x-cache";
    saveCachedDataset(folder, "key", someSplits());
    DatasetSplits bad = someSplits();
    bad.test.frames = torch::zeros({4, 6, 3}, torch::kInt);  // .npy cannot hold it: the write fails
    const std::string error = test::runtimeErrorOf([&] { saveCachedDataset(folder, "key", bad); });
    EXPECT_NE(error.find(folder + ": could not write the dataset cache"), std::string::npos) << error;
    EXPECT_TRUE(loadCachedDataset(folder, "key").has_value());
}

TEST(DatasetCache, FolderNamesDependOnKindAndKey) {
    DatasetOptions options;
    options.cache_dir = "/cache";
    const std::string a = datasetCacheFolder(options, "sprites", "k1");
    EXPECT_EQ(a.rfind("/cache/sprites-", 0), 0u) << a;
    EXPECT_NE(a, datasetCacheFolder(options, "sprites", "k2"));
    EXPECT_EQ(a, datasetCacheFolder(options, "sprites", "k1"));
}
