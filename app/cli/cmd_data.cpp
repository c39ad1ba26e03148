// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dbse data info --dataset KIND:PATH [--json]`: what a dataset holds (building and caching it
// when needed). `dbse data export --dataset KIND:PATH --out FILE.npy`: a video dataset's
// sequences and labels as the .npy files the `npy:` kind reads.

#include "app/cli/commands.h"
#include "core/data/dataset_spec.h"
#include "core/data/npy.h"
#include "core/util/runtime.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

namespace dbse::cli {
namespace {

struct DataInfoOptions {
    std::string dataset = "builtin:shapes";
    std::string on_error = "stop";
    bool json = false;
};

struct DataExportOptions {
    std::string dataset = "builtin:shapes";
    std::string split = "train";
    std::string out;
    int64_t count = 0;  // 0: every sequence
};

// Bytes under a file or folder (0 when absent).
uintmax_t diskBytes(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (path.empty() || !fs::exists(path, error))
        return 0;
    if (fs::is_regular_file(path, error))
        return fs::file_size(path, error);
    uintmax_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(path, error))
        if (entry.is_regular_file(error))
            total += entry.file_size(error);
    return total;
}

nlohmann::json describeLabels(const std::vector<LabelColumn>& columns) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : columns)
        out.push_back({{"name", c.name}, {"classes", c.classes.size()}, {"class_names", c.classes}});
    return out;
}

nlohmann::json describeSplit(const SequenceDataset& d) {
    nlohmann::json shape = nlohmann::json::array();
    for (int64_t i = 1; i < d.frames.dim(); ++i) shape.push_back(d.frames.size(i));
    return {{"name", d.name},
            {"sequences", d.size()},
            {"sequence_shape", shape},
            {"dtype", d.frames.scalar_type() == torch::kByte ? "uint8" : "float32"},
            {"has_missing_mask", d.missing.defined()},
            {"bytes", d.frames.numel() * d.frames.element_size() +
                          (d.missing.defined() ? d.missing.numel() * d.missing.element_size() : 0)}};
}

nlohmann::json describe(const DatasetSplits& s, const std::string& dataset, double seconds) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : s.train.values) {
        nlohmann::json shape = nlohmann::json::array();
        for (int64_t i = 1; i < v.values.dim(); ++i) shape.push_back(v.values.size(i));
        values.push_back({{"name", v.name}, {"shape_per_sequence", shape}});
    }
    return {{"dataset", dataset},
            {"splits", {{"train", describeSplit(s.train)}, {"test", describeSplit(s.test)}}},
            {"static_labels", describeLabels(s.train.static_labels)},
            {"dynamic_labels", describeLabels(s.train.dynamic_labels)},
            {"values", values},
            {"attributes", s.train.attributes},
            {"cache_file", s.cache_file},
            {"cache_bytes", diskBytes(s.cache_file)},
            {"skipped", s.skipped},
            {"load_seconds", seconds}};
}

void printText(const nlohmann::json& j) {
    std::cout << "dataset " << j["dataset"].get<std::string>() << "\n";
    for (const char* split : {"train", "test"}) {
        const auto& s = j["splits"][split];
        std::cout << "  " << split << ": " << s["sequences"] << " sequences of " << s["sequence_shape"].dump() << " "
                  << s["dtype"].get<std::string>() << (s["has_missing_mask"].get<bool>() ? " with a missing mask" : "")
                  << "\n";
    }
    for (const char* kind : {"static_labels", "dynamic_labels"})
        for (const auto& label : j[kind])
            std::cout << "  " << (kind[0] == 's' ? "static " : "dynamic") << " label " << label["name"].get<std::string>()
                      << ": " << label["classes"] << " classes\n";
    for (const auto& value : j["values"]) std::cout << "  value " << value["name"].get<std::string>() << "\n";
    for (const auto& [key, value] : j["attributes"].items())
        std::cout << "  " << key << ": " << value.get<std::string>() << "\n";
    if (!j["cache_file"].get<std::string>().empty())
        std::cout << "  cache: " << j["cache_file"].get<std::string>() << " (" << j["cache_bytes"] << " bytes)\n";
    for (const auto& problem : j["skipped"]) std::cout << "  skipped " << problem.get<std::string>() << "\n";
}

int dataInfo(const DataInfoOptions& o) {
    configureRuntime(0);
    DatasetOptions options;
    options.on_error = parseOnError(o.on_error);
    const auto start = std::chrono::steady_clock::now();
    const DatasetSplits splits = loadDataset(parseDatasetSpec(o.dataset), options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const nlohmann::json j = describe(splits, o.dataset, seconds);
    if (o.json)
        std::cout << j.dump(2) << "\n";
    else
        printText(j);
    return 0;
}

// Writes OUT (uint8 [N, T, C, H, W]) and OUT's <stem>.static.<label>.npy and
// <stem>.dynamic.<label>.npy (int64 [N]); `count` > 0 keeps that many sequences evenly spread
// over the split, so every class stays represented.
int dataExport(const DataExportOptions& o) {
    configureRuntime(0);
    const std::filesystem::path out(o.out);
    if (out.extension() != ".npy")
        throw std::invalid_argument("--out: '" + o.out + "' must end in .npy");
    const DatasetSplits splits = loadDataset(parseDatasetSpec(o.dataset), {});
    std::vector<const SequenceDataset*> parts;
    if (o.split == "train" || o.split == "all") parts.push_back(&splits.train);
    if (o.split == "test" || o.split == "all") parts.push_back(&splits.test);
    if (parts.empty())
        throw std::invalid_argument("--split: '" + o.split + "' is not one of train, test, all");
    if (!parts.front()->isVideo())
        throw std::invalid_argument("dbse data export: '" + o.dataset + "' is not a video dataset (the npy: kind reads video)");
    auto joined = [&](auto&& tensorOf) {
        std::vector<torch::Tensor> pieces;
        for (const SequenceDataset* part : parts) pieces.push_back(tensorOf(*part));
        return torch::cat(pieces);
    };
    const torch::Tensor frames = joined([](const SequenceDataset& d) { return d.frames; });
    const int64_t total = frames.size(0);
    const int64_t kept = o.count > 0 ? std::min(o.count, total) : total;
    const torch::Tensor rows = torch::linspace(0, static_cast<double>(total - 1), kept, torch::kDouble).round().to(torch::kLong);
    const std::string stem = (out.parent_path() / out.stem()).string();
    writeNpy(o.out, frames.index_select(0, rows));
    using Labels = std::vector<LabelColumn> SequenceDataset::*;
    for (const std::pair<const char*, Labels>& kind : {std::pair<const char*, Labels>{"static", &SequenceDataset::static_labels},
                                                       std::pair<const char*, Labels>{"dynamic", &SequenceDataset::dynamic_labels}}) {
        const std::vector<LabelColumn>& columns = parts.front()->*kind.second;
        for (size_t c = 0; c < columns.size(); ++c) {
            const torch::Tensor values = joined([&](const SequenceDataset& d) { return (d.*kind.second).at(c).values; });
            writeNpy(stem + "." + kind.first + "." + columns[c].name + ".npy", values.index_select(0, rows));
        }
    }
    std::cout << "wrote " << kept << " of " << total << " sequences to " << o.out << "\n";
    return 0;
}

}  // namespace

void addDataCommand(CLI::App& app, int& exit_code) {
    CLI::App* data = app.add_subcommand("data", "Datasets: inspect (and build) them");
    data->require_subcommand(1);
    auto o = std::make_shared<DataInfoOptions>();
    CLI::App* info = data->add_subcommand("info", "What a dataset holds: splits, shapes, labels, cache");
    info->add_option("--dataset", o->dataset, "Dataset as KIND:PATH[?option=value&...]")->capture_default_str();
    info->add_option("--on-error", o->on_error, "A bad source file: stop, or skip it")->capture_default_str();
    info->add_flag("--json", o->json, "Print JSON");
    info->callback([o, &exit_code] { exit_code = dataInfo(*o); });

    auto e = std::make_shared<DataExportOptions>();
    CLI::App* exp = data->add_subcommand("export", "Write a video dataset as .npy files for the npy: kind");
    exp->add_option("--dataset", e->dataset, "Dataset as KIND:PATH[?option=value&...]")->capture_default_str();
    exp->add_option("--split", e->split, "train, test or all")->capture_default_str();
    exp->add_option("--count", e->count, "Keep this many sequences, evenly spread (0: all)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    exp->add_option("--out", e->out, "Output FILE.npy (labels beside it)")->required();
    exp->callback([e, &exit_code] { exit_code = dataExport(*e); });
}

}  // namespace dbse::cli
