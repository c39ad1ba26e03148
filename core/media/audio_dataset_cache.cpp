// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/audio_dataset_cache.h"

#include "core/data/npy.h"
#include "core/util/json_io.h"

#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace dbse {
namespace {

constexpr int kCacheFormat = 1;

// FNV-1a, 64 bit: stable across runs and platforms (std::hash is not).
class KeyHash {
public:
    void add(const std::string& text) {
        for (unsigned char c : text) {
            hash_ ^= c;
            hash_ *= 1099511628211ull;
        }
        hash_ ^= 0xff;  // field separator
        hash_ *= 1099511628211ull;
    }
    std::string hex() const {
        char text[17];
        std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(hash_));
        return text;
    }

private:
    uint64_t hash_ = 14695981039346656037ull;
};

std::string fileStamp(const std::string& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return "missing";
    const auto mtime = std::filesystem::last_write_time(file, ec);
    return std::to_string(size) + "@" + std::to_string(ec ? 0 : mtime.time_since_epoch().count());
}

template <typename T>
std::vector<T> vectorOf(const torch::Tensor& t) {
    torch::Tensor c = t.contiguous();
    return std::vector<T>(c.data_ptr<T>(), c.data_ptr<T>() + c.numel());
}

nlohmann::json labelsJson(const std::vector<LabelColumn>& columns) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : columns)
        out.push_back({{"name", c.name}, {"classes", c.classes}, {"values", vectorOf<int64_t>(c.values)}});
    return out;
}

std::vector<LabelColumn> labelsFrom(const nlohmann::json& j) {
    std::vector<LabelColumn> columns;
    for (const auto& c : j) {
        LabelColumn column;
        column.name = c.at("name").get<std::string>();
        column.classes = c.at("classes").get<std::vector<std::string>>();
        column.values = torch::tensor(c.at("values").get<std::vector<int64_t>>(), torch::kLong);
        columns.push_back(std::move(column));
    }
    return columns;
}

}  // namespace

std::string audioCachePath(const AudioDatasetRecipe& recipe, const std::vector<AudioSource>& sources,
                           const DatasetOptions& options) {
    KeyHash key;
    key.add(std::to_string(kCacheFormat));
    key.add(recipe.kind);
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(recipe.source, ec);
    key.add(ec ? recipe.source : absolute.lexically_normal().string());
    key.add(recipe.options);
    key.add(recipe.static_name);
    key.add(recipe.dynamic_name);
    for (const auto& s : sources) {
        key.add(s.file);
        key.add(s.static_label);
        key.add(s.dynamic_label);
        key.add(s.test ? "test" : "train");
        key.add(fileStamp(s.file));
    }
    return (std::filesystem::path(datasetCacheDir(options)) / (recipe.kind + "-" + key.hex() + ".npy")).string();
}

std::optional<AudioDatasetParts> readAudioCache(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec) || !std::filesystem::exists(path + ".json", ec))
        return std::nullopt;
    try {
        const nlohmann::json j = readJsonFile(path + ".json");
        if (j.at("format").get<int>() != kCacheFormat)
            return std::nullopt;
        AudioDatasetParts parts;
        SequenceDataset& d = parts.all;
        d.name = j.at("name").get<std::string>();
        d.frames = readNpy(path);
        d.static_labels = labelsFrom(j.at("static_labels"));
        d.dynamic_labels = labelsFrom(j.at("dynamic_labels"));
        for (const auto& v : j.at("values"))
            d.values.push_back({v.at("name").get<std::string>(), torch::tensor(v.at("values").get<std::vector<float>>())});
        d.attributes = j.at("attributes").get<std::map<std::string, std::string>>();
        parts.test = j.at("test").get<std::vector<uint8_t>>();
        parts.skipped = j.at("skipped").get<std::vector<std::string>>();
        validate(d);
        if (d.frames.dtype() != torch::kFloat || static_cast<int64_t>(parts.test.size()) != d.size())
            return std::nullopt;
        return parts;
    } catch (const std::exception&) {
        return std::nullopt;  // stale or damaged: rebuilt from the sources
    }
}

bool writeAudioCache(const std::string& path, const AudioDatasetParts& parts) {
    const SequenceDataset& d = parts.all;
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : d.values)
        values.push_back({{"name", v.name}, {"values", vectorOf<float>(v.values)}});
    const nlohmann::json sidecar = {{"format", kCacheFormat},
                                    {"name", d.name},
                                    {"static_labels", labelsJson(d.static_labels)},
                                    {"dynamic_labels", labelsJson(d.dynamic_labels)},
                                    {"values", values},
                                    {"attributes", d.attributes},
                                    {"test", parts.test},
                                    {"skipped", parts.skipped}};
    try {
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        writeNpy(path, d.frames);
        writeJsonFileAtomically(path + ".json", sidecar);
        return true;
    } catch (const std::exception&) {
        std::error_code ec;
        std::filesystem::remove(path, ec);
        return false;
    }
}

}  // namespace dbse
