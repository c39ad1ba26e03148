// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/audio_datasets.h"

#include "core/data/build_progress.h"
#include "core/data/dataset_cache.h"

#include "core/util/runtime.h"

#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

namespace dbse {
namespace {

constexpr const char* kBuilderVersion = "audio-spectrogram-chunks 1";

// Every sequence of every usable file, in source order, before the split.
struct AudioDatasetParts {
    SequenceDataset all;
    std::vector<uint8_t> test;         // per sequence: 1 = test split
    std::vector<std::string> skipped;  // "<file>: <problem>"
};

// What one worker made of one source: spectrograms [chunks, frames, bins] or a problem.
struct DecodedSource {
    torch::Tensor spectrograms;
    std::string problem;  // "<file>: <problem>"; empty when decoded
};

DecodedSource decodeSource(const AudioSource& source, const AudioDatasetRecipe& recipe) {
    DecodedSource out;
    try {
        DecodedAudio audio = decodeAudioFile(source.file, recipe.decode);
        torch::Tensor waveform = torch::from_blob(audio.samples.data(), {static_cast<int64_t>(audio.samples.size())},
                                                  torch::kFloat);
        out.spectrograms = chunkSpectrograms(waveform, recipe.spectrogram).contiguous();
    } catch (const std::exception& e) {
        out.problem = e.what();
        if (out.problem.rfind(source.file, 0) != 0)
            out.problem = source.file + ": " + out.problem;
    }
    return out;
}

// Decodes every source on `workers` threads. Under OnError::Stop the pool stops taking new
// files after the first failure, and after a cancel; each decoded file is one step of `progress`.
std::vector<DecodedSource> decodeAll(const std::vector<AudioSource>& sources, const AudioDatasetRecipe& recipe,
                                     OnError on_error, BuildProgress& progress) {
    std::vector<DecodedSource> decoded(sources.size());
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    auto work = [&] {
        // One intra-op thread per worker: the pool is the parallelism.
        torch::NoGradGuard no_grad;
        for (size_t i = next++; i < sources.size(); i = next++) {
            if ((on_error == OnError::Stop && failed) || progress.cancelled())
                return;
            decoded[i] = decodeSource(sources[i], recipe);
            if (!decoded[i].problem.empty())
                failed = true;
            progress.step(sources[i].file);
        }
    };
    const int wanted = recipe.workers > 0 ? recipe.workers : availableCores();
    const size_t count = std::clamp<size_t>(static_cast<size_t>(wanted), 1, std::max<size_t>(1, sources.size()));
    std::vector<std::thread> pool;
    for (size_t w = 1; w < count; ++w)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    return decoded;
}

LabelColumn labelColumn(const std::string& name, const std::vector<std::string>& per_sequence) {
    LabelColumn column;
    column.name = name;
    std::set<std::string> classes(per_sequence.begin(), per_sequence.end());
    column.classes.assign(classes.begin(), classes.end());
    std::map<std::string, int64_t> index;
    for (size_t i = 0; i < column.classes.size(); ++i)
        index[column.classes[i]] = static_cast<int64_t>(i);
    column.values = torch::empty({static_cast<int64_t>(per_sequence.size())}, torch::kLong);
    auto values = column.values.accessor<int64_t, 1>();
    for (size_t i = 0; i < per_sequence.size(); ++i)
        values[static_cast<int64_t>(i)] = index[per_sequence[i]];
    return column;
}

// Assembles the decoded files into one dataset plus the split of each sequence.
AudioDatasetParts assemble(const AudioDatasetRecipe& recipe, const std::vector<AudioSource>& sources,
                           const std::vector<DecodedSource>& decoded) {
    AudioDatasetParts parts;
    std::vector<torch::Tensor> blocks;
    std::vector<std::string> static_labels, dynamic_labels;
    std::vector<float> file_index, chunk_index;
    bool any_static = false, any_dynamic = false;
    for (size_t i = 0; i < sources.size(); ++i) {
        if (!decoded[i].problem.empty()) {
            parts.skipped.push_back(decoded[i].problem);
            continue;
        }
        const int64_t chunks = decoded[i].spectrograms.size(0);
        blocks.push_back(decoded[i].spectrograms);
        any_static = any_static || !sources[i].static_label.empty();
        any_dynamic = any_dynamic || !sources[i].dynamic_label.empty();
        for (int64_t c = 0; c < chunks; ++c) {
            static_labels.push_back(sources[i].static_label);
            dynamic_labels.push_back(sources[i].dynamic_label);
            file_index.push_back(static_cast<float>(i));
            chunk_index.push_back(static_cast<float>(c));
            parts.test.push_back(sources[i].test ? 1 : 0);
        }
    }
    if (blocks.empty())
        throw std::runtime_error(recipe.source + ": no usable audio file (" + std::to_string(parts.skipped.size()) +
                                 " of " + std::to_string(sources.size()) + " failed" +
                                 (parts.skipped.empty() ? "" : "; first: " + parts.skipped.front()) + ")");
    SequenceDataset& d = parts.all;
    d.name = recipe.kind + ":" + recipe.source;
    d.frames = torch::cat(blocks, 0);
    if (any_static)
        d.static_labels.push_back(labelColumn(recipe.static_name, static_labels));
    if (any_dynamic)
        d.dynamic_labels.push_back(labelColumn(recipe.dynamic_name, dynamic_labels));
    d.values.push_back({"source_file", torch::tensor(file_index)});
    d.values.push_back({"chunk", torch::tensor(chunk_index)});
    const SpectrogramOptions& s = recipe.spectrogram;
    d.attributes = {{"source", recipe.source},
                    {"options", recipe.options},
                    {"sample_rate", std::to_string(recipe.decode.sample_rate)},
                    {"n_fft", std::to_string(s.n_fft)},
                    {"win_length", std::to_string(s.win_length)},
                    {"hop_length", std::to_string(s.hop_length)},
                    {"chunk_samples", std::to_string(s.chunk_samples)},
                    {"power", std::to_string(s.power)},
                    {"window", "hann"},
                    {"features", "magnitude spectrogram, time x frequency bin, no log, no normalisation"},
                    {"files", std::to_string(sources.size() - parts.skipped.size())}};
    return parts;
}

DatasetSplits split(const AudioDatasetRecipe& recipe, const AudioDatasetParts& parts) {
    std::vector<int64_t> train, test;
    for (size_t i = 0; i < parts.test.size(); ++i)
        (parts.test[i] ? test : train).push_back(static_cast<int64_t>(i));
    DatasetSplits splits;
    const std::string name = recipe.kind + ":" + recipe.source;
    splits.train = subset(parts.all, torch::tensor(train, torch::kLong), name + "/train");
    splits.test = subset(parts.all, torch::tensor(test, torch::kLong), name + "/test");
    splits.skipped = parts.skipped;
    return splits;
}

// Everything that changes the result: builder version, folder, options, label names, each
// file's labels and split, the error policy, and every file's size and time.
std::string cacheKey(const AudioDatasetRecipe& recipe, const std::vector<AudioSource>& sources, OnError on_error) {
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(recipe.source, ec);
    std::string key = std::string(kBuilderVersion) + "\n" + (ec ? recipe.source : absolute.lexically_normal().string()) +
                      "\n" + recipe.options + "\nlabels " + recipe.static_name + " " + recipe.dynamic_name +
                      "\non-error " + toString(on_error) + "\n";
    std::vector<std::string> files;
    for (const auto& s : sources) {
        key += s.file + "\t" + s.static_label + "\t" + s.dynamic_label + (s.test ? "\ttest\n" : "\ttrain\n");
        files.push_back(s.file);
    }
    return key + sourceFingerprint(files);
}

}  // namespace

DatasetSplits buildAudioDataset(const AudioDatasetRecipe& recipe, const std::vector<AudioSource>& sources,
                                const DatasetOptions& options) {
    validate(recipe.spectrogram);
    if (sources.empty())
        throw std::runtime_error(recipe.source + ": no audio files");
    const std::string key = cacheKey(recipe, sources, options.on_error);
    const std::string folder = datasetCacheFolder(options, recipe.kind, key);
    if (auto cached = loadCachedDataset(folder, key))
        return std::move(*cached);
    BuildProgress progress(options, sources.size());
    std::vector<DecodedSource> decoded = decodeAll(sources, recipe, options.on_error, progress);
    progress.throwIfCancelled();
    if (options.on_error == OnError::Stop)
        for (const auto& d : decoded)
            if (!d.problem.empty())
                throw std::runtime_error(d.problem);
    DatasetSplits splits = split(recipe, assemble(recipe, sources, decoded));
    decoded.clear();
    progress.throwIfCancelled();
    saveCachedDataset(folder, key, splits);
    splits.cache_file = folder;
    return splits;
}

AudioFeatures audioFeaturesOf(const SequenceDataset& dataset) {
    auto number = [&](const char* key) {
        const auto it = dataset.attributes.find(key);
        if (it == dataset.attributes.end())
            throw std::invalid_argument("dataset '" + dataset.name + "' does not say how its spectrograms were made (no '" +
                                        key + "'): only audio datasets (fsdd:, audio:) can be turned back into sound");
        try {
            return std::stod(it->second);
        } catch (const std::exception&) {
            throw std::invalid_argument("dataset '" + dataset.name + "': attribute '" + key + "' is not a number: '" +
                                        it->second + "'");
        }
    };
    AudioFeatures f;
    f.sample_rate = static_cast<int>(number("sample_rate"));
    f.spectrogram.n_fft = static_cast<int>(number("n_fft"));
    f.spectrogram.win_length = static_cast<int>(number("win_length"));
    f.spectrogram.hop_length = static_cast<int>(number("hop_length"));
    f.spectrogram.chunk_samples = static_cast<int>(number("chunk_samples"));
    f.spectrogram.power = number("power");
    validate(f.spectrogram);
    return f;
}

}  // namespace dbse
