// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Progress and cancel of dataset building (DatasetOptions::progress / ::cancel): the slow
// loaders (audio and video folders made by the test; PhysioNet and Air Quality from
// DBSE_SHARED_DATA when present) report monotone progress per source file ending at 1, and a
// cancel stops them with dbse::Cancelled, leaving no cache behind.

#include "audio_fixtures.h"
#include "core/data/build_progress.h"
#include "core/data/dataset_spec.h"
#include "core/media/media_datasets.h"
#include "core/util/cancelled.h"
#include "test_support.h"
#include "video_fixture.h"

#include <gtest/gtest.h>

#include <fstream>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace dbse;
namespace fs = std::filesystem;

namespace {

struct Report {
    double fraction;
    std::string what;
};

// <speaker>/<word>/<n>.wav: 2 x 2 x `per_word` sines of 0.3 s at 8 kHz.
std::string makeAudioFolder(const test::ScratchDir& dir, int per_word) {
    const std::string root = dir / "audio";
    int n = 0;
    for (const std::string speaker : {"ann", "bob"})
        for (const std::string word : {"yes", "no"}) {
            fs::create_directories(root + "/" + speaker + "/" + word);
            for (int i = 0; i < per_word; ++i, ++n)
                test::writeSineWav(root + "/" + speaker + "/" + word + "/" + std::to_string(i) + ".wav", 200 + 40 * n,
                                   8000, 0.3);
        }
    return root;
}

size_t entriesIn(const std::string& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) return 0;
    return static_cast<size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

// DIR/<red|green>/<i>: `per_class` frame folders of 6 PNG frames each.
std::string makeVideoFolder(const test::ScratchDir& dir, int per_class) {
    const std::string root = dir / "clips";
    for (int i = 0; i < per_class; ++i) {
        test::writeClip(root + "/red/" + std::to_string(i), test::movingSquare(6, 40, 64, {255, 0, 0}));
        test::writeClip(root + "/green/" + std::to_string(i), test::movingSquare(6, 40, 64, {0, 255, 0}));
    }
    return root;
}

}  // namespace

TEST(DatasetBuildProgress, VideoFolderReportsEachClipAndACancelLeavesNoCache) {
    registerMediaDatasetKinds();
    test::ScratchDir dir;
    const std::string root = makeVideoFolder(dir, 4);
    std::vector<Report> reports;
    std::atomic<bool> cancel{false};
    DatasetOptions options;
    options.cache_dir = dir / "cache";
    options.cancel = &cancel;
    options.progress = [&](double fraction, const std::string& what) {
        reports.push_back({fraction, what});
        cancel = true;
    };
    EXPECT_THROW(loadDataset(parseDatasetSpec("video:" + root + "?frames=4&size=16"), options), Cancelled);
    EXPECT_EQ(entriesIn(dir / "cache"), 0u);
    ASSERT_FALSE(reports.empty());
    EXPECT_NE(reports.front().what.find(root), std::string::npos) << reports.front().what;

    reports.clear();
    cancel = false;
    options.progress = [&](double fraction, const std::string& what) { reports.push_back({fraction, what}); };
    const DatasetSplits splits = loadDataset(parseDatasetSpec("video:" + root + "?frames=4&size=16"), options);
    EXPECT_EQ(splits.train.size() + splits.test.size(), 8);
    ASSERT_EQ(reports.size(), 8u + 1u) << "one report per clip and the final one";
    for (size_t i = 1; i < reports.size(); ++i) EXPECT_GE(reports[i].fraction, reports[i - 1].fraction);
    EXPECT_DOUBLE_EQ(reports.back().fraction, 1.0);
    EXPECT_EQ(entriesIn(dir / "cache"), 1u);
}

TEST(DatasetBuildProgress, AudioFolderReportsEachFileMonotonicallyEndingAtOne) {
    registerMediaDatasetKinds();
    test::ScratchDir dir;
    const std::string root = makeAudioFolder(dir, 3);
    std::vector<Report> reports;
    DatasetOptions options;
    options.cache_dir = dir / "cache";
    options.progress = [&](double fraction, const std::string& what) { reports.push_back({fraction, what}); };
    const DatasetSplits splits = loadDataset(parseDatasetSpec("audio:" + root), options);

    ASSERT_GE(reports.size(), 12u + 1u) << "one report per file and the final one";
    for (size_t i = 1; i < reports.size(); ++i)
        EXPECT_GE(reports[i].fraction, reports[i - 1].fraction) << "report " << i;
    EXPECT_DOUBLE_EQ(reports.back().fraction, 1.0);
    size_t naming_a_wav = 0;
    for (const Report& r : reports) naming_a_wav += r.what.find(".wav") != std::string::npos;
    EXPECT_EQ(naming_a_wav, 12u);
    EXPECT_FALSE(splits.cache_file.empty());
    EXPECT_EQ(entriesIn(dir / "cache"), 1u);

    // A reload from the cache still ends at 1.
    reports.clear();
    loadDataset(parseDatasetSpec("audio:" + root), options);
    ASSERT_FALSE(reports.empty());
    EXPECT_DOUBLE_EQ(reports.back().fraction, 1.0);
}

TEST(DatasetBuildProgress, CancelFromTheCallbackStopsAndLeavesNoCache) {
    registerMediaDatasetKinds();
    test::ScratchDir dir;
    const std::string root = makeAudioFolder(dir, 4);
    std::atomic<bool> cancel{false};
    int calls = 0;
    DatasetOptions options;
    options.cache_dir = dir / "cache";
    options.cancel = &cancel;
    options.progress = [&](double, const std::string&) {
        ++calls;
        cancel = true;
    };
    EXPECT_THROW(loadDataset(parseDatasetSpec("audio:" + root), options), Cancelled);
    EXPECT_GE(calls, 1);
    EXPECT_LT(calls, 16) << "the workers stop taking files once cancelled";
    EXPECT_EQ(entriesIn(dir / "cache"), 0u) << "no cache, complete or partial";

    // Without the cancel the same folder builds.
    cancel = false;
    options.progress = nullptr;
    options.cancel = nullptr;
    EXPECT_EQ(loadDataset(parseDatasetSpec("audio:" + root), options).train.size() > 0, true);
}

TEST(DatasetBuildProgress, ACancelSetBeforeTheStartBuildsNothing) {
    std::atomic<bool> cancel{true};
    DatasetOptions options;
    options.cancel = &cancel;
    EXPECT_THROW(loadDataset(parseDatasetSpec("builtin:shapes"), options), Cancelled);
}

TEST(DatasetBuildProgress, StepsAreScaledAndClamped) {
    std::vector<double> fractions;
    DatasetOptions options;
    options.progress = [&](double fraction, const std::string&) { fractions.push_back(fraction); };
    BuildProgress progress(options, 4);
    for (int i = 0; i < 6; ++i) progress.step("file");
    ASSERT_EQ(fractions.size(), 6u);
    EXPECT_DOUBLE_EQ(fractions[0], kBuildShare * 0.25);
    EXPECT_DOUBLE_EQ(fractions[3], kBuildShare);
    EXPECT_DOUBLE_EQ(fractions[5], kBuildShare) << "more steps than announced never pass the share";
    EXPECT_FALSE(progress.cancelled());
    EXPECT_NO_THROW(progress.throwIfCancelled());
}

// The loaders on the real folders (those present): the first report names a source, and a
// cancel from it stops the build at once without writing a cache.
TEST(DatasetBuildProgress, RealFoldersReportSourcesAndStopOnCancel) {
    const char* shared = std::getenv("DBSE_SHARED_DATA");
    if (!shared) GTEST_SKIP() << "DBSE_SHARED_DATA is not set";
    registerMediaDatasetKinds();
    test::ScratchDir dir;
    int tried = 0;
    for (const char* spec : {"physionet:physionet2012", "air-quality:beijing-air-quality", "fsdd:fsdd",
                             "sprites:lpc-sprites"}) {
        const std::string text(spec);
        const auto colon = text.find(':');
        const std::string folder = std::string(shared) + "/" + text.substr(colon + 1);
        if (!fs::is_directory(folder)) continue;
        SCOPED_TRACE(text);
        ++tried;
        std::atomic<bool> cancel{false};
        std::vector<Report> reports;
        DatasetOptions options;
        options.cache_dir = dir / "cache";
        options.cancel = &cancel;
        options.progress = [&](double fraction, const std::string& what) {
            reports.push_back({fraction, what});
            cancel = true;
        };
        EXPECT_THROW(loadDataset(parseDatasetSpec(text.substr(0, colon + 1) + folder), options), Cancelled);
        ASSERT_FALSE(reports.empty());
        EXPECT_LT(reports.size(), 20u) << "stops soon after the cancel";
        EXPECT_GT(reports[0].fraction, 0.0);
        EXPECT_LT(reports[0].fraction, kBuildShare);
        const std::string normal = fs::path(folder).lexically_normal().string();  // sprites names it so
        EXPECT_TRUE(reports[0].what.find(folder) != std::string::npos ||
                    reports[0].what.find(normal) != std::string::npos)
            << reports[0].what;
        EXPECT_EQ(entriesIn(dir / "cache"), 0u);
    }
    if (tried == 0) GTEST_SKIP() << "none of the real data sets is in DBSE_SHARED_DATA";
}

TEST(DatasetSpecOnError, SkipInTheSpecLeavesABadFileOutForEveryLoad) {
    OnError on_error = OnError::Stop;
    EXPECT_EQ(takeOnErrorOption("x?a=1&on_error=skip&b=2", on_error), "x?a=1&b=2");
    EXPECT_EQ(on_error, OnError::Skip);
    EXPECT_EQ(takeOnErrorOption("x?on_error=stop", on_error), "x");
    EXPECT_EQ(on_error, OnError::Stop);
    EXPECT_EQ(takeOnErrorOption("x", on_error), "x");
    try {
        takeOnErrorOption("x?on_error=maybe", on_error);
        ADD_FAILURE() << "on_error=maybe was accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("on_error"), std::string::npos) << e.what();
    }

    registerMediaDatasetKinds();
    test::ScratchDir dir;
    const std::string root = makeAudioFolder(dir, 2);
    DatasetOptions clean_options;
    clean_options.cache_dir = dir / "clean-cache";
    const int64_t clean = loadDataset(parseDatasetSpec("audio:" + root), clean_options).train.size();
    {
        std::ofstream bad(root + "/ann/yes/broken.wav", std::ios::binary);
        bad << "RIFF this is not a wave file";
    }
    DatasetOptions options;
    options.cache_dir = dir / "cache";
    EXPECT_THROW(loadDataset(parseDatasetSpec("audio:" + root), options), std::runtime_error);
    const DatasetSplits splits = loadDataset(parseDatasetSpec("audio:" + root + "?on_error=skip"), options);
    ASSERT_EQ(splits.skipped.size(), 1u);
    EXPECT_NE(splits.skipped.front().find("broken.wav"), std::string::npos) << splits.skipped.front();
    EXPECT_EQ(splits.train.size(), clean);  // the good files, all of them
}
