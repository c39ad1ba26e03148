// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The option tables of the dataset kinds (DatasetKind::form) agree with the loaders: every
// option is accepted with its default, its bounds and each of its choices; values outside the
// bounds and unknown keys are refused. And the dialog's facade: composing a spec, checking a
// path, building a small CSV into a summary.

#include "core/api/dataset_build.h"
#include "core/data/dataset_spec.h"
#include "core/media/media_datasets.h"
#include "core/util/atomic_file.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

using namespace dbse;

namespace {

// What loading KIND:/nonexistent?key=value says; the path fails, so "" never happens.
std::string messageOf(const std::string& kind, const std::string& query) {
    try {
        loadDataset({kind, "/nonexistent-dbse-folder/data" + query});
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

// True when the message is the loader refusing an option (rather than the missing path).
bool refusesOption(const std::string& message) {
    return message.find("is outside [") != std::string::npos || message.find("is not one of") != std::string::npos ||
           message.find("unknown option") != std::string::npos || message.find("is not an integer") != std::string::npos ||
           message.find("is not a number") != std::string::npos;
}

std::string number(double value) {
    std::ostringstream out;
    out.precision(12);
    out << value;
    return out.str();
}

}  // namespace

TEST(DatasetForms, EveryKindHasAFormAndEveryOptionAgreesWithItsLoader) {
    registerMediaDatasetKinds();
    const auto kinds = datasetKinds();
    ASSERT_GE(kinds.size(), 10u);
    for (const DatasetKind& kind : kinds) {
        SCOPED_TRACE(kind.name);
        EXPECT_TRUE(refusesOption(messageOf(kind.name, "?no_such_option=1")));
        for (const DatasetOptionInfo& o : kind.form.options) {
            SCOPED_TRACE(o.key);
            EXPECT_FALSE(o.help.empty());
            const std::string q = "?" + o.key + "=";
            switch (o.type) {
            case OptionType::Integer:
            case OptionType::Real:
                if (!o.default_value.empty()) {  // "" = derived by the loader from other options
                    EXPECT_LE(o.min, std::stod(o.default_value));
                    EXPECT_GE(o.max, std::stod(o.default_value));
                    EXPECT_FALSE(refusesOption(messageOf(kind.name, q + o.default_value)));
                }
                for (double ok : {o.min, o.max})
                    EXPECT_FALSE(refusesOption(messageOf(kind.name, q + number(ok)))) << messageOf(kind.name, q + number(ok));
                EXPECT_TRUE(refusesOption(messageOf(kind.name, q + number(o.min - 1))));
                EXPECT_TRUE(refusesOption(messageOf(kind.name, q + number(o.max + 1))));
                break;
            case OptionType::Choice:
                EXPECT_NE(std::find(o.choices.begin(), o.choices.end(), o.default_value), o.choices.end());
                for (const std::string& c : o.choices) EXPECT_FALSE(refusesOption(messageOf(kind.name, q + c)));
                EXPECT_TRUE(refusesOption(messageOf(kind.name, q + "bogus")));
                break;
            case OptionType::Text:
                EXPECT_FALSE(refusesOption(messageOf(kind.name, q + "x")));
                break;
            }
        }
    }
}

TEST(DatasetForms, PathTypesOfTheKinds) {
    registerMediaDatasetKinds();
    std::map<std::string, api::DatasetKindInfo> by_name;
    for (const auto& k : api::datasetKinds()) by_name[k.name] = k;
    EXPECT_EQ(by_name.at("builtin").form.path_type, DatasetPathType::Name);
    EXPECT_FALSE(by_name.at("builtin").form.names.empty());
    EXPECT_EQ(by_name.at("csv").form.path_type, DatasetPathType::File);
    EXPECT_NE(by_name.at("csv").form.file_filter.find("*.csv"), std::string::npos);
    EXPECT_EQ(by_name.at("npy").form.path_type, DatasetPathType::File);
    EXPECT_EQ(by_name.at("video").form.path_type, DatasetPathType::Folder);
    EXPECT_EQ(by_name.at("physionet").form.path_type, DatasetPathType::Folder);
}

TEST(DatasetForms, ComposeLeavesOutDefaultsAndKeepsTheTableOrder) {
    registerMediaDatasetKinds();
    api::DatasetKindInfo video;
    for (const auto& k : api::datasetKinds())
        if (k.name == "video") video = k;
    EXPECT_EQ(api::composeDatasetSpec(video, "/clips", {{"frames", "8"}, {"size", "32"}}), "video:/clips?size=32");
    EXPECT_EQ(api::composeDatasetSpec(video, "/clips", {{"crop", "face"}, {"frames", "16"}, {"manifest", ""}}),
              "video:/clips?frames=16&crop=face");
    EXPECT_EQ(api::composeDatasetSpec(video, "/clips", {}), "video:/clips");
}

TEST(DatasetForms, PathProblemsNameThePath) {
    test::ScratchDir dir;
    writeFileAtomically(dir / "a.csv", "x\n1\n");
    api::DatasetKindInfo csv, physionet, builtin;
    for (const auto& k : api::datasetKinds()) {
        if (k.name == "csv") csv = k;
        if (k.name == "physionet") physionet = k;
        if (k.name == "builtin") builtin = k;
    }
    EXPECT_EQ(api::datasetPathProblem(csv, dir / "a.csv"), "");
    EXPECT_EQ(api::datasetPathProblem(csv, dir / "missing.csv"), dir / "missing.csv" + ": no such file");
    EXPECT_NE(api::datasetPathProblem(csv, dir.str()).find("expected a file"), std::string::npos);
    EXPECT_NE(api::datasetPathProblem(physionet, dir / "a.csv").find("expected a folder"), std::string::npos);
    EXPECT_EQ(api::datasetPathProblem(builtin, "shapes"), "");
    EXPECT_NE(api::datasetPathProblem(builtin, "nope").find("nope"), std::string::npos);
}

TEST(DatasetForms, BuildSummarisesASmallCsv) {
    test::ScratchDir dir;
    std::ostringstream csv;
    csv << "a,b\n";
    for (int i = 0; i < 40; ++i) csv << i << "," << i * 2 << "\n";
    writeFileAtomically(dir / "s.csv", csv.str());
    api::DatasetBuildRequest request;
    request.spec = "csv:" + dir / "s.csv" + "?length=5";
    request.cache_dir = dir / "cache";
    std::vector<double> fractions;
    request.progress = [&](double f, const std::string&) { fractions.push_back(f); };
    const api::DatasetBuildSummary s = api::buildDataset(request);
    EXPECT_GT(s.train_count, 0);
    EXPECT_GT(s.test_count, 0);
    EXPECT_EQ(s.sequence_shape, (std::vector<int64_t>{5, 2}));
    EXPECT_FALSE(s.video);
    ASSERT_FALSE(fractions.empty());
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);
    EXPECT_EQ(static_cast<int64_t>(s.preview.items.size()), std::min<int64_t>(8, s.train_count));

    request.spec = "csv:" + dir / "missing.csv";
    EXPECT_NE(test::runtimeErrorOf([&] { api::buildDataset(request); }).find(dir / "missing.csv"), std::string::npos);
}
