// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The latent map's CSV (GUI export and `dbse tsne --run`): header, one row per point with its
// class names, RFC 4180 quoting, clear errors for inconsistent input, nothing left on failure.

#include "core/api/latent_map.h"
#include "core/api/latent_map_csv.h"
#include "core/util/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace fs = std::filesystem;
using namespace dbse;

namespace {

fs::path tempFolder(const char* name) {
    const fs::path dir = fs::temp_directory_path() / (std::string("dbse_latent_map_csv_") + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

api::SplitLabels column(std::string name, std::vector<std::string> classes, std::vector<int32_t> values) {
    api::SplitLabels labels;
    labels.name = std::move(name);
    labels.classes = std::move(classes);
    labels.values = std::move(values);
    return labels;
}

}  // namespace

TEST(LatentMapCsv, WritesEveryLabelOfEveryPoint) {
    const fs::path file = tempFolder("rows") / "map.csv";
    api::writeLatentMapCsv(file.string(), {0.5f, -1.0f, 2.0f, 3.25f},
                           {column("colour", {"red", "blue"}, {1, 0}), column("motion", {"up, then left", "say \"hi\""}, {0, 1})});
    EXPECT_EQ(readFile(file.string()),
              "index,x,y,colour,motion\n"
              "0,0.5,-1,blue,\"up, then left\"\n"
              "1,2,3.25,red,\"say \"\"hi\"\"\"\n");
}

TEST(LatentMapCsv, RefusesInconsistentInputAndLeavesNoFile) {
    const fs::path dir = tempFolder("bad");
    const std::string file = (dir / "map.csv").string();
    EXPECT_THROW(api::writeLatentMapCsv(file, {1.0f, 2.0f, 3.0f}, {}), std::invalid_argument);
    EXPECT_THROW(api::writeLatentMapCsv(file, {1.0f, 2.0f}, {column("colour", {"red"}, {0, 0})}), std::invalid_argument);
    try {
        api::writeLatentMapCsv(file, {1.0f, 2.0f}, {column("colour", {"red"}, {3})});
        FAIL() << "a class index out of range is refused";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find(file), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("colour"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(fs::is_empty(dir));
    EXPECT_THROW(api::writeLatentMapCsv((dir / "missing" / "map.csv").string(), {1.0f, 2.0f}, {}), std::runtime_error);
}

TEST(LatentMapCsv, QuotesOnlyWhatMustBeQuoted) {
    EXPECT_EQ(api::csvField("plain text"), "plain text");
    EXPECT_EQ(api::csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(api::csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(api::csvField("\""), "\"\"\"\"");
}

TEST(LatentMapCsv, PerplexityFitsSmallSplits) {
    EXPECT_DOUBLE_EQ(api::effectivePerplexity(30.0, 1000), 30.0);
    EXPECT_DOUBLE_EQ(api::effectivePerplexity(30.0, 31), 10.0);
    EXPECT_DOUBLE_EQ(api::effectivePerplexity(30.0, 3), 1.0);
}
