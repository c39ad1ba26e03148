// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's torch-free preview of a dataset: video frames as they are, float sequences
// (spectrograms, series) as one heat-map frame with missing cells in grey.

#include "core/api/dataset_preview.h"
#include "core/api/opened_dataset.h"
#include "core/data/dataset_spec.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

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

TEST(DatasetPreview, CarriesTheOpenedDataset) {
    const api::DatasetPreview p = api::previewDataset("builtin:shapes", "train", 1);
    ASSERT_TRUE(p.source);
    EXPECT_EQ(p.source->count("train"), p.total);
    EXPECT_EQ(p.source->spec(), "builtin:shapes");
}

TEST(OpenedDataset, CountsLabelsAndVideoThumbnails) {
    const auto d = api::OpenedDataset::open("builtin:shapes");
    const DatasetSplits reference = loadDataset(parseDatasetSpec("builtin:shapes"));
    EXPECT_EQ(d->count("train"), reference.train.size());
    EXPECT_EQ(d->count("test"), reference.test.size());
    EXPECT_THROW(d->count("valid"), std::invalid_argument);
    EXPECT_THROW(d->thumbnail("test", d->count("test")), std::out_of_range);
    EXPECT_THROW(d->thumbnail("test", -1), std::out_of_range);

    const std::vector<api::SplitLabels> labels = d->labels("test");
    ASSERT_EQ(labels.size(), reference.test.static_labels.size() + reference.test.dynamic_labels.size());
    EXPECT_EQ(labels.back().name, "motion");
    EXPECT_TRUE(labels.back().dynamic);
    EXPECT_FALSE(labels.front().dynamic);
    ASSERT_EQ(static_cast<int64_t>(labels.front().values.size()), d->count("test"));
    for (int64_t i : {int64_t{0}, d->count("test") - 1}) {
        EXPECT_EQ(labels.front().values[static_cast<size_t>(i)], reference.test.static_labels.front().values[i].item<int64_t>());
        EXPECT_EQ(d->labelsOf("test", i).back().second,
                  labels.back().classes[static_cast<size_t>(labels.back().values[static_cast<size_t>(i)])]);
    }

    // A video thumbnail is the sequence's first frame, as the preview shows it.
    const api::Thumbnail t = d->thumbnail("test", 3);
    const api::SequencePreview p = d->preview("test", 3);
    EXPECT_EQ(t.kind, api::Thumbnail::Kind::Image);
    EXPECT_EQ(t.width, p.width);
    EXPECT_EQ(t.height, p.height);
    ASSERT_EQ(t.rgb.size(), static_cast<size_t>(p.width) * p.height * 3);
    EXPECT_TRUE(std::equal(t.rgb.begin(), t.rgb.end(), p.frame(0)));
}

TEST(OpenedDataset, SeriesThumbnailsKeepTheValuesAndMarkMissingOnes) {
    registerFloatKind();
    const auto d = api::OpenedDataset::open("test-series:x");
    const api::Thumbnail t = d->thumbnail("train", 2);
    EXPECT_EQ(t.kind, api::Thumbnail::Kind::Series);
    ASSERT_EQ(t.series.size(), 3u);  // all 3 features (at most kSeriesInThumbnail)
    ASSERT_EQ(t.series[1].size(), 12u);
    EXPECT_TRUE(std::isnan(t.series[0][0]));
    // frames = arange: sequence 2, step 5, feature 1 holds 2*36 + 5*3 + 1.
    EXPECT_FLOAT_EQ(t.series[1][5], 2 * 36 + 5 * 3 + 1);
}

TEST(OpenedDataset, SpectrogramThumbnailsAreSmallHeatMaps) {
    registerDatasetKind({"test-audio", "test-audio:ANY", "spectrograms for the preview test",
                         [](const std::string&, const DatasetOptions&) {
                             SequenceDataset d;
                             d.name = "test-audio/train";
                             d.frames = torch::rand({3, 40, 65});
                             d.attributes["sample_rate"] = "16000";
                             DatasetSplits s;
                             s.train = d;
                             s.test = d;
                             return s;
                         }});
    const api::Thumbnail t = api::OpenedDataset::open("test-audio:x")->thumbnail("test", 1);
    EXPECT_EQ(t.kind, api::Thumbnail::Kind::Image);
    EXPECT_EQ(t.height, api::OpenedDataset::kSpectrogramHeight);
    EXPECT_EQ(t.width, 2 * api::OpenedDataset::kSpectrogramHeight);  // 40 steps x 4 pixels, capped
    EXPECT_EQ(t.rgb.size(), static_cast<size_t>(t.width) * t.height * 3);
}
