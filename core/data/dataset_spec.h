// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "--dataset KIND:PATH" -> the train and test splits of a dataset, through a registry of kinds.
// core registers the kinds that need no media libraries (builtin, npy, the time-series
// loaders); dbse_media adds the rest with registerMediaDatasetKinds() (core/media).

#include "core/data/dataset_form.h"
#include "core/data/sequence_dataset.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace dbse {

struct DatasetSpec {
    std::string kind;  // e.g. "builtin", "npy", "sprites"
    std::string path;  // the part after the first ':' (a name for builtin, a file or folder otherwise)
    std::string text() const { return kind + ":" + path; }
};

// Throws std::invalid_argument for text without "KIND:" or a kind nobody registered.
DatasetSpec parseDatasetSpec(const std::string& text);

// What to do with one bad source file (corrupt clip, ragged CSV, empty record...) among many.
enum class OnError {
    Stop,  // throw, naming the file and the problem
    Skip   // leave it out, record "<file>: <problem>" in DatasetSplits::skipped, carry on
};
OnError parseOnError(const std::string& text);  // "stop" | "skip"
std::string toString(OnError on_error);

// Progress of a build: the fraction done in [0, 1], never decreasing, and a short text saying
// what is being done (usually the source file just read). Called on the building thread or
// one of its worker threads, one call at a time; it must be cheap and must not throw.
using DatasetProgress = std::function<void(double fraction, const std::string& what)>;

struct DatasetOptions {
    OnError on_error = OnError::Stop;
    std::string cache_dir;  // where built datasets are cached; empty: datasetCacheDir()
    DatasetProgress progress;  // optional; see core/data/build_progress.h
    // Optional, not owned. Once it reads true, the loader throws dbse::Cancelled
    // (core/util/cancelled.h) between source files and leaves no cache behind.
    const std::atomic<bool>* cancel = nullptr;
};

struct DatasetSplits {
    SequenceDataset train;
    SequenceDataset test;
    std::vector<std::string> skipped;  // "<file>: <problem>" for each source left out (OnError::Skip)
    std::string cache_file;            // the cache this came from or was written to; empty if none
};

// The folder for dataset caches: $DBSE_CACHE_DIR, else $XDG_CACHE_HOME/dbse-studio, else
// ~/.cache/dbse-studio. Never beside the source data (which may be read-only).
std::string datasetCacheDir(const DatasetOptions& options = {});

// Loaders throw std::runtime_error "<file>: <problem>" (or std::invalid_argument for a bad
// PATH); they must not crash or hang on any input.
using DatasetLoader = std::function<DatasetSplits(const std::string& path, const DatasetOptions& options)>;

struct DatasetKind {
    std::string name;         // the KIND of KIND:PATH
    std::string usage;        // e.g. "sprites:DIR"
    std::string description;  // one line
    DatasetLoader load;
    DatasetForm form{};       // what PATH names and the options after '?', for the GUI
};

// Adds a kind, or replaces the one of the same name. Thread-safe.
void registerDatasetKind(DatasetKind kind);
// Every registered kind, sorted by name (core's own kinds are always there).
std::vector<DatasetKind> datasetKinds();

// Runs the kind's loader; reports progress 1 ("done") when it returns.
// Loads `spec` with its kind's loader. Any kind takes the option `on_error=stop|skip` in its
// PATH ("video:clips?size=64&on_error=skip"): it overrides options.on_error and is not passed
// on, so a spec text alone says how a dataset with bad source files was built.
DatasetSplits loadDataset(const DatasetSpec& spec, const DatasetOptions& options = {});

// `path` without its on_error option, which is stored in `on_error` (std::invalid_argument for
// a value other than stop or skip). Used by loadDataset.
std::string takeOnErrorOption(const std::string& path, OnError& on_error);

}  // namespace dbse
