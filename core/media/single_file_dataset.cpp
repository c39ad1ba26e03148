// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/single_file_dataset.h"

#include "core/data/dataset_spec.h"
#include "core/util/file_error.h"
#include "core/util/text_split.h"

#include <cstdlib>
#include <filesystem>
#include <set>

namespace dbse {
namespace {

namespace fs = std::filesystem;

// The loader that reads a folder of such files, or "" for kinds that are not made of them.
std::string folderKindOf(const std::string& kind) {
    if (kind == "video")
        return "video";
    if (kind == "audio" || kind == "fsdd")
        return "audio";
    return "";
}

// The spec's preprocessing options without those that describe its folder (split, labels).
std::string preprocessingOptions(const std::string& path) {
    const size_t mark = path.find('?');
    if (mark == std::string::npos)
        return "";
    static const std::set<std::string> folder_keys = {"manifest", "test", "label"};
    std::string kept;
    for (const std::string& pair : splitText(path.substr(mark + 1), '&')) {
        const std::string key = pair.substr(0, pair.find('='));
        if (!pair.empty() && folder_keys.count(key) == 0)
            kept += "&" + pair;
    }
    return kept;
}

// A private temporary folder, removed with everything in it when this goes out of scope.
class ScratchFolder {
public:
    ScratchFolder() {
        std::string pattern = (fs::temp_directory_path() / "dbse-file-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr)
            throwFileError(pattern, "cannot create a temporary folder");
        path_ = pattern;
    }
    ~ScratchFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

}  // namespace

SequenceDataset decodeSingleMediaFile(const std::string& spec, const std::string& file) {
    const DatasetSpec dataset = parseDatasetSpec(spec);
    const std::string kind = folderKindOf(dataset.kind);
    if (kind.empty())
        throw std::invalid_argument("sequences of " + dataset.kind +
                                    " datasets are not made from single media files: drop a sequence of the dataset");
    std::error_code error;
    if (!fs::is_regular_file(file, error))
        throwFileError(file, "not a file");
    // The folder loaders need a train and a test clip: the same file twice, one of each.
    ScratchFolder scratch;
    const fs::path source = fs::absolute(file, error);
    const std::string extension = fs::path(file).extension().string();
    for (const char* name : {"a", "b"}) {
        fs::create_symlink(source, scratch.path() / (name + extension), error);
        if (error)
            throwFileError(file, "cannot link it into " + scratch.path().string() + ": " + error.message());
    }
    DatasetOptions options;
    options.cache_dir = (scratch.path() / "cache").string();
    const std::string folder_spec = kind + ":" + scratch.path().string() + "?test=0.5" +
                                    preprocessingOptions(dataset.path);
    DatasetSplits splits;
    try {
        splits = loadDataset(parseDatasetSpec(folder_spec), options);
    } catch (const std::runtime_error& e) {
        // Name the user's file, not the temporary links.
        std::string message = e.what();
        const std::string prefix = scratch.path().string();
        for (size_t at = message.find(prefix); at != std::string::npos; at = message.find(prefix))
            message.replace(at, message.find(':', at) == std::string::npos ? prefix.size() : message.find(':', at) - at,
                            file);
        throw std::runtime_error(message);
    }
    const SequenceDataset& part = splits.train.size() > 0 ? splits.train : splits.test;
    SequenceDataset one = subset(part, torch::zeros({1}, torch::kLong), fs::path(file).filename().string());
    one.static_labels.clear();
    one.dynamic_labels.clear();
    return one;
}

}  // namespace dbse
