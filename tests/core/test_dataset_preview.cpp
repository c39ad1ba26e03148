// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's torch-free preview of a dataset: video frames as they are, float sequences
// (spectrograms, series) as one heat-map frame with missing cells in grey.

#include "core/api/dataset_preview.h"
#include "core/data/dataset_spec.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dbse;

namespace {

// A registered kind serving 5 float series of 12 steps x 3 features; feature 0 of step 0 is missing.
void registerFloatKind() {
    registerDatasetKind({"test-series", "test-series:ANY", "float series for the preview test",
                         [](const std::string&, const DatasetOptions&) {
                             SequenceDataset d;
                             d.name = "test-series/train";
                             d.frames = torch::arange(5 * 12 * 3, torch::kFloat).reshape({5, 12, 3});
                             d.missing = torch::zeros({5, 12, 3}, torch::kByte);
                             d.missing.index_put_({torch::indexing::Slice(), 0, 0}, 1);
                             d.frames.index_put_({torch::indexing::Slice(), 0, 0}, 0);
                             d.static_labels.push_back({"station", {"a", "b"}, torch::arange(5) % 2});
                             DatasetSplits s;
                             s.train = d;
                             s.test = d;
                             return s;
                         }});
}

}  // namespace

TEST(DatasetPreview, VideoKeepsItsFrames) {
    const api::DatasetPreview p = api::previewDataset("builtin:shapes", "test", 2);
    ASSERT_EQ(p.items.size(), 2u);
    EXPECT_EQ(p.items[0].frames, 8);
    EXPECT_EQ(p.items[0].height, 64);
    EXPECT_EQ(p.items[0].rgb.size(), 8u * 64 * 64 * 3);
}

TEST(DatasetPreview, FloatSequencesBecomeOneHeatMapFrame) {
    registerFloatKind();
    const api::DatasetPreview p = api::previewDataset("test-series:x", "train", 3);
    ASSERT_EQ(p.items.size(), 3u);
    const api::SequencePreview& item = p.items[1];
    EXPECT_EQ(item.frames, 1);
    EXPECT_EQ(item.height, 96);
    EXPECT_EQ(item.width, 64);  // 12 steps x 4 pixels, at least 64
    ASSERT_EQ(item.rgb.size(), static_cast<size_t>(item.height) * item.width * 3);
    EXPECT_EQ(item.labels.at(0), (std::pair<std::string, std::string>{"station", "b"}));
    auto at = [&](int y, int x) {
        const uint8_t* px = item.rgb.data() + (static_cast<size_t>(y) * item.width + x) * 3;
        return std::array<int, 3>{px[0], px[1], px[2]};
    };
    // Feature 0 is the bottom band; its step 0 is missing, hence grey.
    EXPECT_EQ(at(item.height - 1, 0), (std::array<int, 3>{140, 140, 140}));
    // Values rise with time inside a feature: its last step is brighter than its second.
    const auto early = at(item.height - 1, 5), late = at(item.height - 1, item.width - 1);
    EXPECT_GT(late[1], early[1]);
}
