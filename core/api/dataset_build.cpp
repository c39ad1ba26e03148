// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/dataset_build.h"

#include "core/api/opened_dataset.h"
#include "core/data/dataset_spec.h"

#include <algorithm>
#include <filesystem>

namespace dbse::api {

namespace fs = std::filesystem;

std::string composeDatasetSpec(const DatasetKindInfo& kind, const std::string& path,
                               const std::map<std::string, std::string>& options) {
    std::string query;
    for (const DatasetOptionInfo& option : kind.form.options) {
        const auto given = options.find(option.key);
        if (given == options.end() || given->second.empty() || given->second == option.default_value) continue;
        query += (query.empty() ? "?" : "&") + option.key + "=" + given->second;
    }
    return kind.name + ":" + path + query;
}

std::string datasetPathProblem(const DatasetKindInfo& kind, const std::string& path) {
    if (path.empty()) return kind.form.path_type == DatasetPathType::Name ? "no name given" : "no path given";
    if (path.find('?') != std::string::npos) return path + ": a path must not contain '?'";
    std::error_code error;
    switch (kind.form.path_type) {
    case DatasetPathType::Name: {
        const auto& names = kind.form.names;
        if (std::find(names.begin(), names.end(), path) == names.end()) return path + ": not a known " + kind.name + " name";
        return "";
    }
    case DatasetPathType::File:
        if (!fs::exists(path, error)) return path + ": no such file";
        if (fs::is_directory(path, error)) return path + ": is a folder, expected a file";
        return "";
    case DatasetPathType::Folder:
        if (!fs::exists(path, error)) return path + ": no such folder";
        if (!fs::is_directory(path, error)) return path + ": is a file, expected a folder";
        return "";
    }
    return "";
}

namespace {

std::vector<std::string> labelTexts(const std::vector<LabelColumn>& columns) {
    std::vector<std::string> texts;
    for (const LabelColumn& c : columns) texts.push_back(c.name + " (" + std::to_string(c.classes.size()) + " classes)");
    return texts;
}

}  // namespace

DatasetBuildSummary buildDataset(const DatasetBuildRequest& request) {
    DatasetOptions options;
    options.on_error = request.skip_bad_files ? OnError::Skip : OnError::Stop;
    options.cache_dir = request.cache_dir;
    options.progress = request.progress;
    options.cancel = request.cancel;
    DatasetSplits splits = loadDataset(parseDatasetSpec(request.spec), options);

    DatasetBuildSummary summary;
    summary.spec = request.spec;
    summary.train_count = splits.train.size();
    summary.test_count = splits.test.size();
    if (splits.train.frames.defined())
        summary.sequence_shape.assign(splits.train.frames.sizes().begin() + 1, splits.train.frames.sizes().end());
    summary.video = splits.train.isVideo();
    summary.static_labels = labelTexts(splits.train.static_labels);
    summary.dynamic_labels = labelTexts(splits.train.dynamic_labels);
    summary.skipped = splits.skipped;
    summary.cache_file = splits.cache_file;
    summary.preview = previewDataset(OpenedDataset::fromSplits(request.spec, std::move(splits)), "train",
                                     request.preview_count);
    return summary;
}

}  // namespace dbse::api
