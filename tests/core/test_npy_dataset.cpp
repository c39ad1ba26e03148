// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "npy:FILE" datasets: frames and label files as a NumPy user saves them, the fixed split, and
// refusal of files the model cannot use, naming the file.

#include "core/data/dataset_spec.h"
#include "core/data/npy.h"
#include "core/data/npy_dataset.h"
#include "core/train/trainer.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <set>
#include <string>

using namespace dbse;

namespace {

// Sequence i is filled with the byte i, so a split's rows say which sequence they came from.
torch::Tensor indexedFrames(int64_t n) {
    return torch::arange(n, torch::kByte).reshape({n, 1, 1, 1, 1}).expand({n, 4, 3, 8, 8}).contiguous();
}

std::string loadError(const std::string& path) {
    return test::runtimeErrorOf([&] { loadNpyDataset(path); });
}

}  // namespace

TEST(NpyDataset, SplitsFramesAndLabelsConsistently) {
    test::ScratchDir dir;
    const int64_t n = 20;
    const std::string file = dir / "clips.npy";
    writeNpy(file, indexedFrames(n));
    const torch::Tensor colour = torch::arange(n, torch::kLong) % 3;
    const torch::Tensor motion = (torch::arange(n, torch::kLong) % 5).to(torch::kByte);
    writeNpy(dir / "clips.static.colour.npy", colour);
    writeNpy(dir / "clips.dynamic.motion.npy", motion);
    writeNpy(dir / "other.static.ignored.npy", colour);  // another stem: not a label of clips

    const DatasetSplits splits = loadDataset(parseDatasetSpec("npy:" + file));
    EXPECT_EQ(splits.train.size(), 18);
    EXPECT_EQ(splits.test.size(), 2);
    EXPECT_EQ(splits.train.name, "npy:" + file + "/train");
    std::set<int64_t> seen;
    for (const SequenceDataset* split : {&splits.train, &splits.test}) {
        ASSERT_EQ(split->frames.sizes(), (std::vector<int64_t>{split->size(), 4, 3, 8, 8}));
        ASSERT_EQ(split->static_labels.size(), 1u);
        ASSERT_EQ(split->dynamic_labels.size(), 1u);
        EXPECT_EQ(split->static_labels[0].name, "colour");
        EXPECT_EQ(split->static_labels[0].classes, (std::vector<std::string>{"0", "1", "2"}));
        EXPECT_EQ(split->dynamic_labels[0].classes.size(), 5u);
        for (int64_t row = 0; row < split->size(); ++row) {
            const int64_t original = split->frames[row][0][0][0][0].item<int64_t>();
            EXPECT_TRUE(seen.insert(original).second) << "sequence " << original << " in both splits";
            EXPECT_TRUE(torch::all(split->frames[row] == original).item<bool>());
            EXPECT_EQ(split->static_labels[0].values[row].item<int64_t>(), original % 3);
            EXPECT_EQ(split->dynamic_labels[0].values[row].item<int64_t>(), original % 5);
        }
    }
    EXPECT_EQ(seen.size(), static_cast<size_t>(n));

    // The split is fixed: loading again gives the same test sequences.
    const DatasetSplits again = loadNpyDataset(file);
    EXPECT_TRUE(torch::equal(again.test.frames, splits.test.frames));
}

TEST(NpyDataset, GreyAndFloatFramesAreStoredAsBytes) {
    test::ScratchDir dir;
    const std::string grey = dir / "grey.npy";
    writeNpy(grey, torch::full({3, 2, 5, 5}, 0.5));
    const DatasetSplits splits = loadNpyDataset(grey);
    EXPECT_EQ(splits.train.frames.scalar_type(), torch::kByte);
    EXPECT_EQ(splits.train.channels(), 1);
    EXPECT_TRUE(torch::all(splits.train.frames == 128).item<bool>());
    EXPECT_EQ(splits.train.size() + splits.test.size(), 3);
    EXPECT_TRUE(splits.train.static_labels.empty());
}

TEST(NpyDataset, RefusesWhatTheModelCannotUseNamingTheFile) {
    test::ScratchDir dir;
    auto expectError = [&](const std::string& file, const std::string& named, const std::string& problem) {
        const std::string message = loadError(file);
        EXPECT_NE(message.find(named), std::string::npos) << message;
        EXPECT_NE(message.find(problem), std::string::npos) << message;
    };
    expectError(dir / "missing.npy", "missing.npy", "no such file");

    writeNpy(dir / "range.npy", torch::full({2, 1, 3, 4, 4}, 1.5, torch::kFloat));
    expectError(dir / "range.npy", "range.npy", "must lie in [0, 1]");

    writeNpy(dir / "nan.npy", torch::full({2, 1, 3, 4, 4}, std::nan(""), torch::kFloat));
    expectError(dir / "nan.npy", "nan.npy", "must lie in [0, 1]");

    writeNpy(dir / "channels.npy", torch::zeros({2, 1, 2, 4, 4}, torch::kByte));
    expectError(dir / "channels.npy", "channels.npy", "C = 1 or 3");

    writeNpy(dir / "one.npy", torch::zeros({1, 1, 3, 4, 4}, torch::kByte));
    expectError(dir / "one.npy", "one.npy", "at least 2 sequences");

    writeNpy(dir / "ints.npy", torch::zeros({2, 1, 3, 4, 4}, torch::kLong));
    expectError(dir / "ints.npy", "ints.npy", "must be uint8");

    writeNpy(dir / "short.npy", indexedFrames(4));
    writeNpy(dir / "short.static.colour.npy", torch::zeros({3}, torch::kLong));
    expectError(dir / "short.npy", "short.static.colour.npy", "expected 4 label values");

    writeNpy(dir / "negative.npy", indexedFrames(4));
    writeNpy(dir / "negative.dynamic.motion.npy", torch::tensor({0, 1, -1, 2}, torch::kLong));
    expectError(dir / "negative.npy", "negative.dynamic.motion.npy", "must not be negative");

    writeNpy(dir / "floatlabel.npy", indexedFrames(4));
    writeNpy(dir / "floatlabel.static.size.npy", torch::zeros({4}));
    expectError(dir / "floatlabel.npy", "floatlabel.static.size.npy", "uint8 or int64");
}

TEST(NpyDataset, TrainsThroughTheDatasetSpec) {
    test::ScratchDir dir;
    const std::string file = dir / "clips.npy";
    torch::manual_seed(0);
    writeNpy(file, torch::randint(0, 256, {12, 8, 3, 64, 64}, torch::kByte));
    writeNpy(dir / "clips.static.colour.npy", torch::arange(12, torch::kLong) % 2);
    RunConfig config;
    config.dataset = "npy:" + file;
    config.preset = test::tinyPreset(1, 4);
    Trainer trainer(RunFolder::create(dir / "run", config), loadDataset(parseDatasetSpec(config.dataset)));
    const TrainResult result = trainer.run();
    EXPECT_EQ(result.outcome, TrainOutcome::Finished) << result.message;
}
