// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/video_dataset_cache.h"

#include "core/data/npy.h"
#include "core/util/json_io.h"

#include <torch/torch.h>

#include <filesystem>

namespace dbse {
namespace {

using nlohmann::json;

json labelsJson(const std::vector<LabelColumn>& columns) {
    json out = json::array();
    for (const LabelColumn& c : columns) {
        const torch::Tensor values = c.values.contiguous();
        out.push_back({{"name", c.name},
                       {"classes", c.classes},
                       {"values", std::vector<int64_t>(values.data_ptr<int64_t>(), values.data_ptr<int64_t>() + values.numel())}});
    }
    return out;
}

std::vector<LabelColumn> labelsFrom(const json& array) {
    std::vector<LabelColumn> columns;
    for (const json& c : array) {
        LabelColumn column;
        column.name = c.at("name").get<std::string>();
        column.classes = c.at("classes").get<std::vector<std::string>>();
        const auto values = c.at("values").get<std::vector<int64_t>>();
        column.values = torch::tensor(values, torch::kLong);
        columns.push_back(column);
    }
    return columns;
}

json splitJson(const SequenceDataset& d) {
    return {{"name", d.name},
            {"pixel_scale", d.pixel_scale},
            {"static_labels", labelsJson(d.static_labels)},
            {"dynamic_labels", labelsJson(d.dynamic_labels)},
            {"attributes", d.attributes}};
}

SequenceDataset splitFrom(const json& j, const std::string& npy) {
    SequenceDataset d;
    d.name = j.at("name").get<std::string>();
    d.pixel_scale = j.at("pixel_scale").get<double>();
    d.frames = readNpy(npy);
    d.static_labels = labelsFrom(j.at("static_labels"));
    d.dynamic_labels = labelsFrom(j.at("dynamic_labels"));
    d.attributes = j.at("attributes").get<std::map<std::string, std::string>>();
    validate(d);
    return d;
}

}  // namespace

void saveVideoDatasetCache(const std::string& base, const std::string& key, const DatasetSplits& splits) {
    std::filesystem::create_directories(std::filesystem::path(base).parent_path());
    writeNpy(base + ".train.npy", splits.train.frames);
    writeNpy(base + ".test.npy", splits.test.frames);
    writeJsonFileAtomically(base + ".json", {{"key", key},
                                             {"train", splitJson(splits.train)},
                                             {"test", splitJson(splits.test)},
                                             {"skipped", splits.skipped}});
}

std::optional<DatasetSplits> loadVideoDatasetCache(const std::string& base, const std::string& key) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(base + ".json", error)) return std::nullopt;
    try {
        const json j = readJsonFile(base + ".json");
        if (j.at("key").get<std::string>() != key) return std::nullopt;
        DatasetSplits splits;
        splits.train = splitFrom(j.at("train"), base + ".train.npy");
        splits.test = splitFrom(j.at("test"), base + ".test.npy");
        splits.skipped = j.at("skipped").get<std::vector<std::string>>();
        splits.cache_file = base + ".json";
        return splits;
    } catch (const std::exception&) {
        return std::nullopt;  // a damaged cache is rebuilt, never trusted
    }
}

}  // namespace dbse
