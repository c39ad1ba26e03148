// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset_cache.h"

#include "core/data/npy.h"
#include "core/util/file_error.h"
#include "core/util/json_io.h"

#include <torch/torch.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <sstream>
#include <unistd.h>

namespace dbse {

namespace fs = std::filesystem;

namespace {

constexpr int kCacheFormat = 1;

// FNV-1a, 64 bit: a stable name for a key (not a security measure; the full key is stored in
// meta.json and compared on load).
std::string hashText(const std::string& text) {
    uint64_t hash = 1469598103934665603ull;
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    std::ostringstream out;
    out << std::hex << std::setw(16) << std::setfill('0') << hash;
    return out.str();
}

nlohmann::json describeLabels(const std::vector<LabelColumn>& columns) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : columns) out.push_back({{"name", c.name}, {"classes", c.classes}});
    return out;
}

nlohmann::json describeSplit(const SequenceDataset& d) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : d.values) values.push_back(v.name);
    return {{"name", d.name},
            {"pixel_scale", d.pixel_scale},
            {"has_missing", d.missing.defined()},
            {"static_labels", describeLabels(d.static_labels)},
            {"dynamic_labels", describeLabels(d.dynamic_labels)},
            {"values", values},
            {"attributes", d.attributes}};
}

void saveSplit(const fs::path& folder, const std::string& split, const SequenceDataset& d) {
    const std::string stem = (folder / split).string();
    writeNpy(stem + ".frames.npy", d.frames);
    if (d.missing.defined())
        writeNpy(stem + ".missing.npy", d.missing);
    for (size_t i = 0; i < d.static_labels.size(); ++i)
        writeNpy(stem + ".static." + std::to_string(i) + ".npy", d.static_labels[i].values);
    for (size_t i = 0; i < d.dynamic_labels.size(); ++i)
        writeNpy(stem + ".dynamic." + std::to_string(i) + ".npy", d.dynamic_labels[i].values);
    for (size_t i = 0; i < d.values.size(); ++i)
        writeNpy(stem + ".value." + std::to_string(i) + ".npy", d.values[i].values);
}

std::vector<LabelColumn> loadLabels(const std::string& stem, const std::string& kind, const nlohmann::json& meta) {
    std::vector<LabelColumn> columns;
    for (size_t i = 0; i < meta.size(); ++i) {
        LabelColumn c;
        c.name = meta[i].at("name").get<std::string>();
        c.classes = meta[i].at("classes").get<std::vector<std::string>>();
        c.values = readNpy(stem + "." + kind + "." + std::to_string(i) + ".npy");
        columns.push_back(std::move(c));
    }
    return columns;
}

SequenceDataset loadSplit(const fs::path& folder, const std::string& split, const nlohmann::json& meta) {
    const std::string stem = (folder / split).string();
    SequenceDataset d;
    d.name = meta.at("name").get<std::string>();
    d.pixel_scale = meta.at("pixel_scale").get<double>();
    d.frames = readNpy(stem + ".frames.npy");
    if (meta.at("has_missing").get<bool>())
        d.missing = readNpy(stem + ".missing.npy");
    d.static_labels = loadLabels(stem, "static", meta.at("static_labels"));
    d.dynamic_labels = loadLabels(stem, "dynamic", meta.at("dynamic_labels"));
    const auto names = meta.at("values").get<std::vector<std::string>>();
    for (size_t i = 0; i < names.size(); ++i)
        d.values.push_back({names[i], readNpy(stem + ".value." + std::to_string(i) + ".npy")});
    d.attributes = meta.at("attributes").get<std::map<std::string, std::string>>();
    validate(d);
    return d;
}

}  // namespace

std::string datasetCacheFolder(const DatasetOptions& options, const std::string& kind, const std::string& key) {
    return (fs::path(datasetCacheDir(options)) / (kind + "-" + hashText(key))).string();
}

std::string sourceFingerprint(const std::vector<std::string>& files) {
    std::ostringstream out;
    for (const auto& file : files) {
        std::error_code error;
        const auto size = fs::file_size(file, error);
        const auto time = fs::last_write_time(file, error);
        out << file << ' ' << (error ? 0 : size) << ' '
            << (error ? 0 : std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count())
            << '\n';
    }
    return out.str();
}

std::optional<DatasetSplits> loadCachedDataset(const std::string& folder, const std::string& key) {
    const fs::path dir(folder);
    std::error_code error;
    if (!fs::is_regular_file(dir / "meta.json", error))
        return std::nullopt;
    try {
        const nlohmann::json meta = readJsonFile((dir / "meta.json").string());
        if (jsonIntegerAt<int>(meta, "format") != kCacheFormat || meta.at("key").get<std::string>() != key)
            throw std::runtime_error("other key or format");
        DatasetSplits splits;
        splits.train = loadSplit(dir, "train", meta.at("train"));
        splits.test = loadSplit(dir, "test", meta.at("test"));
        splits.skipped = meta.at("skipped").get<std::vector<std::string>>();
        splits.cache_file = folder;
        return splits;
    } catch (const std::exception&) {
        // A damaged or foreign cache is rebuilt, never trusted.
        fs::remove_all(dir, error);
        return std::nullopt;
    }
}

void saveCachedDataset(const std::string& folder, const std::string& key, const DatasetSplits& splits) {
    const fs::path target(folder);
    // One partial folder per call: two threads of a process may build the same dataset at once
    // (the Datasets dock and the exploration tabs), and the last rename wins.
    static std::atomic<uint64_t> calls{0};
    const fs::path partial =
        target.string() + ".partial-" + std::to_string(::getpid()) + "-" + std::to_string(++calls);
    std::error_code error;
    fs::remove_all(partial, error);
    try {
        fs::create_directories(partial);
        saveSplit(partial, "train", splits.train);
        saveSplit(partial, "test", splits.test);
        writeJsonFileAtomically((partial / "meta.json").string(),
                                {{"format", kCacheFormat},
                                 {"key", key},
                                 {"train", describeSplit(splits.train)},
                                 {"test", describeSplit(splits.test)},
                                 {"skipped", splits.skipped}});
        fs::remove_all(target, error);
        fs::rename(partial, target);
    } catch (const std::exception& e) {
        fs::remove_all(partial, error);
        throwFileError(folder, std::string("could not write the dataset cache: ") + e.what());
    }
}

}  // namespace dbse
