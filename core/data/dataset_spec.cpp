// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset_spec.h"

#include "core/data/air_quality_dataset.h"
#include "core/data/build_progress.h"
#include "core/data/builtin_datasets.h"
#include "core/data/csv_series_dataset.h"
#include "core/data/etth1_dataset.h"
#include "core/data/npy_dataset.h"
#include "core/data/physionet_dataset.h"
#include "core/data/spec_options.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <mutex>
#include <stdexcept>

namespace dbse {

namespace {

struct Registry {
    std::mutex mutex;
    std::map<std::string, DatasetKind> kinds;
};

// The path of a kind that takes no options; refuses any given.
std::string withoutOptions(const std::string& path) {
    const SpecOptions options(path);
    options.finish();
    return options.path();
}

std::string builtinNames() {
    std::string names;
    for (const auto& b : builtinDatasets()) names += (names.empty() ? "" : ", ") + b.name;
    return names;
}

// The kinds of core itself, registered on first use so a static library needs no
// initialisation order tricks.
Registry& registry() {
    static Registry* instance = [] {
        auto* r = new Registry;
        r->kinds["builtin"] = {"builtin", "builtin:NAME[?train=N&test=M]", "datasets generated in-process (" + builtinNames() + ")",
                               [](const std::string& path, const DatasetOptions&) { return loadBuiltinDataset(path); },
                               builtinDatasetForm()};
        r->kinds["npy"] = {"npy", "npy:FILE", "video clips saved with NumPy, with optional label arrays",
                           [](const std::string& path, const DatasetOptions&) { return loadNpyDataset(withoutOptions(path)); },
                           {DatasetPathType::File, "NumPy arrays (*.npy)", {}, {}}};
        r->kinds["etth1"] = {"etth1", "etth1:FILE", "ETTh1.csv: one 672-hour sample per month, 6 load features", loadEtth1Dataset, etth1DatasetForm()};
        r->kinds["air-quality"] = {"air-quality", "air-quality:DIR", "Beijing air quality: one 672-hour sample per month and station", loadAirQualityDataset, airQualityDatasetForm()};
        r->kinds["physionet"] = {"physionet", "physionet:DIR", "PhysioNet 2012 set-a + Outcomes-a.txt: 80 hourly steps, 10 vitals", loadPhysionetDataset, physionetDatasetForm()};
        r->kinds["csv"] = {"csv", "csv:FILE", "any multivariate CSV, windows of length/stride rows", loadCsvSeriesDataset, csvSeriesDatasetForm()};
        return r;
    }();
    return *instance;
}

std::string knownKinds() {
    std::string names;
    for (const auto& kind : datasetKinds()) names += (names.empty() ? "" : ", ") + kind.name;
    return names;
}

}  // namespace

void registerDatasetKind(DatasetKind kind) {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    r.kinds[kind.name] = std::move(kind);
}

std::vector<DatasetKind> datasetKinds() {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    std::vector<DatasetKind> kinds;
    for (const auto& [name, kind] : r.kinds) kinds.push_back(kind);
    return kinds;
}

DatasetSpec parseDatasetSpec(const std::string& text) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        throw std::invalid_argument("dataset '" + text + "': expected KIND:PATH, e.g. builtin:shapes");
    DatasetSpec spec{text.substr(0, colon), text.substr(colon + 1)};
    const auto kinds = datasetKinds();
    if (std::none_of(kinds.begin(), kinds.end(), [&](const DatasetKind& k) { return k.name == spec.kind; }))
        throw std::invalid_argument("dataset '" + text + "': unknown kind '" + spec.kind + "' (known: " +
                                    knownKinds() + ")");
    return spec;
}

OnError parseOnError(const std::string& text) {
    if (text == "stop") return OnError::Stop;
    if (text == "skip") return OnError::Skip;
    throw std::invalid_argument("on-error '" + text + "': expected stop or skip");
}

std::string toString(OnError on_error) { return on_error == OnError::Skip ? "skip" : "stop"; }

std::string datasetCacheDir(const DatasetOptions& options) {
    if (!options.cache_dir.empty()) return options.cache_dir;
    if (const char* dir = std::getenv("DBSE_CACHE_DIR"); dir && *dir) return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/dbse-studio";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/dbse-studio";
    return "/tmp/dbse-studio-cache";
}

std::string takeOnErrorOption(const std::string& path, OnError& on_error) {
    const size_t question = path.find('?');
    if (question == std::string::npos)
        return path;
    std::string kept;
    size_t start = question + 1;
    while (start <= path.size()) {
        const size_t end = std::min(path.find('&', start), path.size());
        const std::string pair = path.substr(start, end - start);
        if (pair.rfind("on_error=", 0) == 0) {
            try {
                on_error = parseOnError(pair.substr(9));
            } catch (const std::invalid_argument&) {
                throw std::invalid_argument("dataset option 'on_error': '" + pair.substr(9) + "' is not one of stop, skip");
            }
        } else if (!pair.empty()) {
            kept += (kept.empty() ? "" : "&") + pair;
        }
        start = end + 1;
    }
    return path.substr(0, question) + (kept.empty() ? "" : "?" + kept);
}

DatasetSplits loadDataset(const DatasetSpec& spec, const DatasetOptions& given) {
    DatasetLoader load;
    {
        Registry& r = registry();
        std::lock_guard<std::mutex> lock(r.mutex);
        const auto found = r.kinds.find(spec.kind);
        if (found != r.kinds.end()) load = found->second.load;
    }
    if (!load)
        throw std::invalid_argument("dataset '" + spec.text() + "': unknown kind '" + spec.kind + "' (known: " +
                                    knownKinds() + ")");
    DatasetOptions options = given;
    const std::string path = takeOnErrorOption(spec.path, options.on_error);
    throwIfCancelled(options);
    DatasetSplits splits = load(path, options);
    reportDatasetProgress(options, 1.0, "done");
    return splits;
}

}  // namespace dbse
