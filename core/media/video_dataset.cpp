// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/video_dataset.h"

#include "core/data/build_progress.h"
#include "core/data/dataset_cache.h"
#include "core/data/spec_options.h"
#include "core/media/frame_crop.h"
#include "core/media/frame_sampling.h"
#include "core/media/video_decode.h"
#include "core/media/video_sources.h"
#include "core/media/frame_folder.h"
#include "core/util/file_error.h"

#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <random>
#include <thread>

namespace dbse {
namespace {

namespace fs = std::filesystem;

struct VideoOptions {
    int frames = 8, size = 64;
    FrameSampling sampling = FrameSampling::Uniform;
    FrameCrop crop = FrameCrop::Center;
    uint64_t seed = 1;
    double test_fraction = 0.1;
    bool label_dynamic = true;
    std::string manifest;
    std::string canonical;
};

VideoOptions parseOptions(SpecOptions& o) {
    VideoOptions v;
    v.frames = o.integer("frames", 8, 1, 1024);
    v.size = o.integer("size", 64, 4, 1024);
    v.sampling = parseFrameSampling(o.choice("sampling", "uniform", {"first", "uniform", "stride"}));
    v.crop = parseFrameCrop(o.choice("crop", "center", {"center", "face"}));
    v.seed = static_cast<uint64_t>(o.integer("seed", 1, 0, 2147483647));
    v.test_fraction = o.real("test", 0.1, 0.0, 0.9);
    v.manifest = o.text("manifest", "");
    if (!v.manifest.empty() && o.has("label"))
        throw std::invalid_argument("dataset option 'label': a manifest names its own labels");
    if (v.manifest.empty()) v.label_dynamic = o.choice("label", "dynamic", {"dynamic", "static"}) == "dynamic";
    o.finish();
    v.canonical = o.canonical();
    return v;
}

// FNV-1a of `text` from state `hash`: a clip's seed for its random start, stable across runs.
uint64_t fnv1a(const std::string& text, uint64_t hash = 1469598103934665603ull) {
    for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
    return hash;
}

// Class names sorted naturally -> index; empty names (no label) are left out.
std::map<std::string, int64_t, bool (*)(const std::string&, const std::string&)> classIndex(
    const std::vector<VideoClipSource>& clips, std::string VideoClipSource::*label) {
    std::map<std::string, int64_t, bool (*)(const std::string&, const std::string&)> index(naturalLess);
    for (const VideoClipSource& c : clips)
        if (!(c.*label).empty()) index.emplace(c.*label, 0);
    int64_t next = 0;
    for (auto& entry : index) entry.second = next++;
    return index;
}

// true: the clip goes to the test split.
std::vector<bool> assignSplits(const std::string& dir, const VideoSources& sources, const VideoOptions& v,
                               bool test_given) {
    const size_t n = sources.clips.size();
    std::vector<bool> test(n, false);
    if (sources.has_split_column) {
        if (test_given) throw std::invalid_argument("dataset option 'test': the manifest has a split column");
        for (size_t i = 0; i < n; ++i) test[i] = sources.clips[i].split == VideoClipSource::Split::Test;
        return test;
    }
    if (n < 2) throwFileError(dir, "needs at least 2 clips (one for training, one for testing); found " + std::to_string(n));
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = i;
    std::mt19937_64 generator(v.seed);
    for (size_t i = n - 1; i > 0; --i) std::swap(order[i], order[generator() % (i + 1)]);
    const size_t n_test = std::clamp<size_t>(static_cast<size_t>(double(n) * v.test_fraction + 0.5), 1, n - 1);
    for (size_t k = 0; k < n_test; ++k) test[order[k]] = true;
    return test;
}

struct ClipResult {
    std::string problem;  // "<file>: <problem>"; empty when decoded
    bool face_missing = false;
};

// Decodes, samples and crops clip i into `row` (uint8 [T, 3, size, size]).
ClipResult buildClip(const VideoClipSource& clip, const VideoOptions& v, torch::Tensor row) {
    ClipResult result;
    try {
        const int64_t count = clipFrameCount(clip.path);
        std::vector<int64_t> indices;
        try {
            indices = sampleFrameIndices(count, v.frames, v.sampling, fnv1a(clip.relative, v.seed));
        } catch (const std::invalid_argument& e) {
            throwFileError(clip.path, e.what());
        }
        bool face_found = true;
        row.copy_(cropClip(readClipFrames(clip.path, indices), v.crop, v.size, &face_found));
        result.face_missing = v.crop == FrameCrop::Face && !face_found;
    } catch (const std::runtime_error& e) {
        result.problem = e.what();
    } catch (const std::exception& e) {
        result.problem = clip.path + ": " + e.what();
    }
    return result;
}

// Builds every clip on std::thread::hardware_concurrency() threads (each clip owns its row, so
// the threads share nothing but the work counter). Under OnError::Stop no new clip starts after
// a failure, nor after a cancel; each finished clip is one step of `progress`.
std::vector<ClipResult> buildClips(const std::vector<VideoClipSource>& clips, const VideoOptions& v,
                                   const std::vector<torch::Tensor>& rows, OnError on_error, BuildProgress& progress) {
    std::vector<ClipResult> results(clips.size());
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    const auto work = [&] {
        while (!(on_error == OnError::Stop && failed) && !progress.cancelled()) {
            const size_t i = next++;
            if (i >= clips.size()) return;
            results[i] = buildClip(clips[i], v, rows[i]);
            if (!results[i].problem.empty()) failed = true;
            progress.step(clips[i].path);
        }
    };
    const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, std::max<size_t>(clips.size(), 1));
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread& thread : pool) thread.join();
    return results;
}

LabelColumn labelColumn(const std::string& name, const std::vector<VideoClipSource>& clips,
                        std::string VideoClipSource::*label, const std::vector<size_t>& members) {
    const auto index = classIndex(clips, label);
    LabelColumn column;
    column.name = name;
    for (const auto& entry : index) column.classes.push_back(entry.first);
    column.values = torch::empty({int64_t(members.size())}, torch::kLong);
    for (size_t k = 0; k < members.size(); ++k) column.values[int64_t(k)] = index.at(clips[members[k]].*label);
    return column;
}

// The files a clip is read from: the video file, or every frame of a frame folder.
std::vector<std::string> clipFiles(const VideoClipSource& clip) {
    std::error_code error;
    if (!fs::is_directory(clip.path, error)) return {clip.path};
    std::vector<std::string> files;
    for (const std::string& name : frameFiles(clip.path)) files.push_back((fs::path(clip.path) / name).string());
    return files;
}

std::string cacheKey(const std::string& dir, const VideoSources& sources, const VideoOptions& v, OnError on_error) {
    std::string key = "video-dataset 1\n" + dir + "\n" + v.canonical + "\n" + toString(on_error) + "\n";
    std::vector<std::string> files;
    if (!v.manifest.empty()) files.push_back(v.manifest);
    for (const VideoClipSource& c : sources.clips) {
        key += c.relative + "|" + c.static_label + "|" + c.dynamic_label + "\n";
        for (std::string& file : clipFiles(c)) files.push_back(std::move(file));
    }
    return key + sourceFingerprint(files);
}

}  // namespace

DatasetForm videoDatasetForm() {
    return {DatasetPathType::Folder, "", {},
            {integerOption("frames", 8, 1, 1024, "frames per clip: the sequence length T"),
             integerOption("size", 64, 4, 1024, "frame width and height in pixels"),
             choiceOption("sampling", "uniform", {"first", "uniform", "stride"}, "which frames of a clip are kept"),
             choiceOption("crop", "center", {"center", "face"}, "square crop: the centre, or around the detected face"),
             integerOption("seed", 1, 0, 2147483647, "seed of the train/test split and of the random starts"),
             realOption("test", "0.1", 0.0, 0.9, "fraction of the clips kept for testing"),
             textOption("manifest", "CSV naming each clip's labels and split, relative to the folder"),
             choiceOption("label", "dynamic", {"dynamic", "static"}, "what the <label>/ folders name (without a manifest)")}};
}

DatasetSplits loadVideoDataset(const std::string& path_with_options, const DatasetOptions& options) {
    SpecOptions spec(path_with_options);
    VideoOptions v = parseOptions(spec);
    std::error_code error;
    const std::string dir = fs::absolute(spec.path(), error).lexically_normal().string();
    if (!fs::is_directory(dir, error)) throwFileError(spec.path(), "no such folder");
    if (!v.manifest.empty() && fs::path(v.manifest).is_relative()) v.manifest = (fs::path(dir) / v.manifest).string();
    const VideoSources sources = v.manifest.empty() ? listLayoutClips(dir, v.label_dynamic)
                                                    : readVideoManifest(dir, v.manifest);
    const std::vector<bool> in_test = assignSplits(dir, sources, v, spec.has("test"));

    const std::string key = cacheKey(dir, sources, v, options.on_error);
    const std::string folder = datasetCacheFolder(options, "video", key);
    if (auto cached = loadCachedDataset(folder, key)) return *cached;

    // Every clip decodes straight into its row of the split it belongs to.
    std::vector<size_t> members[2];
    for (size_t i = 0; i < sources.clips.size(); ++i) members[in_test[i] ? 1 : 0].push_back(i);
    torch::Tensor frames[2];
    std::vector<torch::Tensor> rows(sources.clips.size());
    for (int s = 0; s < 2; ++s) {
        frames[s] = torch::empty({int64_t(members[s].size()), v.frames, 3, v.size, v.size}, torch::kByte);
        for (size_t k = 0; k < members[s].size(); ++k) rows[members[s][k]] = frames[s][int64_t(k)];
    }
    BuildProgress progress(options, sources.clips.size());
    const std::vector<ClipResult> results = buildClips(sources.clips, v, rows, options.on_error, progress);
    progress.throwIfCancelled();

    DatasetSplits splits;
    std::vector<std::string> face_missing;
    for (size_t i = 0; i < results.size(); ++i) {
        if (!results[i].problem.empty() && options.on_error == OnError::Stop) throw std::runtime_error(results[i].problem);
        if (!results[i].problem.empty()) splits.skipped.push_back(results[i].problem);
        if (results[i].face_missing) face_missing.push_back(sources.clips[i].relative);
    }
    SequenceDataset* datasets[2] = {&splits.train, &splits.test};
    for (int s = 0; s < 2; ++s) {
        std::vector<size_t> kept;
        std::vector<int64_t> kept_rows;
        for (size_t k = 0; k < members[s].size(); ++k)
            if (results[members[s][k]].problem.empty()) {
                kept.push_back(members[s][k]);
                kept_rows.push_back(int64_t(k));
            }
        if (kept.empty()) {
            const std::string first = splits.skipped.empty() ? "" : "; first: " + splits.skipped.front();
            if (splits.skipped.size() == results.size())
                throwFileError(dir, "no usable clip (" + std::to_string(results.size()) + " skipped" + first + ")");
            throwFileError(dir, std::string("no usable clip in the ") + (s == 0 ? "train" : "test") + " split" + first);
        }
        SequenceDataset& d = *datasets[s];
        d.name = "video:" + dir + (s == 0 ? "/train" : "/test");
        d.pixel_scale = 1.0 / 255.0;
        d.frames = kept.size() == members[s].size() ? frames[s] : frames[s].index_select(0, torch::tensor(kept_rows));
        if (!sources.static_name.empty())
            d.static_labels.push_back(labelColumn(sources.static_name, sources.clips, &VideoClipSource::static_label, kept));
        if (!sources.dynamic_name.empty())
            d.dynamic_labels.push_back(labelColumn(sources.dynamic_name, sources.clips, &VideoClipSource::dynamic_label, kept));
        d.attributes["options"] = v.canonical;
        d.attributes["source"] = dir;
        d.attributes["clips"] = std::to_string(kept.size());
        if (v.crop == FrameCrop::Face) {
            std::string list;
            for (const std::string& name : face_missing) list += (list.empty() ? "" : ", ") + name;
            d.attributes["face_crop_fallback"] = std::to_string(face_missing.size()) + " clips centre-cropped (no face)" +
                                                 (list.empty() ? "" : ": " + list);
        }
        validate(d);
    }
    progress.throwIfCancelled();
    try {
        saveCachedDataset(folder, key, splits);
        splits.cache_file = folder;
    } catch (const std::runtime_error&) {
        // An unwritable cache folder costs speed on the next load, never the dataset.
    }
    return splits;
}

}  // namespace dbse
