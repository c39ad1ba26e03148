// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/benchmark_plan.h"

#include <algorithm>
#include <random>
#include <stdexcept>

namespace dbse {

const std::vector<BenchmarkSpec>& benchmarkSpecs() {
    static const std::vector<BenchmarkSpec> specs{
        {"builtin", "builtin:shapes", "quick", "", {"latent", "generation"}, 20},
        {"sprites", "sprites:{data}/lpc-sprites", "sprites", "sprites", {"latent", "generation"}, 3},
        {"fsdd", "fsdd:{data}/fsdd", "timit", "timit", {"latent", "eer"}},
        {"etth1", "etth1:{data}/etth1/ETTh1.csv", "etth1", "etth1", {"latent", "downstream"}},
        {"air-quality", "air-quality:{data}/beijing-air-quality", "air-quality", "air-quality", {"latent", "downstream"}},
        {"physionet", "physionet:{data}/physionet2012", "physionet", "physionet", {"latent", "downstream"}}};
    return specs;
}

std::vector<std::string> benchmarkNames() {
    std::vector<std::string> names;
    for (const auto& s : benchmarkSpecs()) names.push_back(s.name);
    return names;
}

namespace {
std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& n : names) text += (text.empty() ? "" : ", ") + n;
    return text;
}
}  // namespace

const BenchmarkSpec& benchmarkSpec(const std::string& name) {
    for (const auto& s : benchmarkSpecs())
        if (s.name == name)
            return s;
    throw std::invalid_argument("unknown benchmark '" + name + "' (one of " + joined(benchmarkNames()) + ")");
}

const std::vector<BenchmarkVariant>& benchmarkVariants() {
    static const std::vector<BenchmarkVariant> variants{
        {"dbse", "the preset as is"},
        {"no-static-loss", "without the static reconstruction loss"},
        {"no-subtraction", "without subtracting the anchor's features"},
        {"both", "without both"},
        {"anchor-middle", "static code from the middle element"},
        {"anchor-last", "static code from the last element"},
        {"anchor-random", "static code from one element drawn at random"},
        {"anchor-per-batch", "static element drawn for every batch"}};
    return variants;
}

std::vector<BenchmarkVariant> parseVariants(const std::string& text) {
    if (text == "all")
        return benchmarkVariants();
    std::vector<std::string> names{"dbse"};
    size_t begin = 0;
    while (begin <= text.size()) {
        const size_t end = std::min(text.find(',', begin), text.size());
        const std::string name = text.substr(begin, end - begin);
        if (!name.empty() && name != "dbse")
            names.push_back(name);
        begin = end + 1;
    }
    std::vector<std::string> known;
    for (const auto& v : benchmarkVariants()) known.push_back(v.name);
    for (const auto& name : names)
        if (std::find(known.begin(), known.end(), name) == known.end())
            throw std::invalid_argument("--variants: unknown variant '" + name + "' (one of all, " + joined(known) + ")");
    std::vector<BenchmarkVariant> out;  // in the canonical order
    for (const auto& v : benchmarkVariants())
        if (std::find(names.begin(), names.end(), v.name) != names.end())
            out.push_back(v);
    return out;
}

RunConfig variantConfig(const RunConfig& base, const std::string& variant, uint64_t seed) {
    RunConfig c = base;
    ModelConfig& m = c.preset.model;
    // Elements the static path can read: sequence steps, or windows for a series model.
    const int elements = m.modality == "series" ? m.frames / m.window : m.frames;
    if (variant == "no-static-loss" || variant == "no-subtraction" || variant == "both") {
        const Ablation a = parseAblation(variant);
        c.ablation = toString(a);
        applyAblation(a, m, c.preset.loss);
    } else if (variant == "anchor-middle") {
        m.anchor = parseAnchor("middle");
    } else if (variant == "anchor-last") {
        m.anchor = parseAnchor("last");
    } else if (variant == "anchor-random") {
        std::mt19937_64 draw(seed);
        m.anchor = parseAnchor(std::to_string(std::uniform_int_distribution<int>(0, elements - 1)(draw)));
    } else if (variant == "anchor-per-batch") {
        m.anchor = parseAnchor("random");
    } else if (variant != "dbse") {
        throw std::invalid_argument("unknown variant '" + variant + "'");
    }
    return c;
}

bool sameTraining(const RunConfig& a, const RunConfig& b) {
    auto training = [](const RunConfig& c) {
        nlohmann::json j = c;
        for (const char* key : {"epochs", "threads", "device", "eval_every", "checkpoint_every"})
            j["preset"]["train"].erase(key);
        j.erase("ablation");  // its effect is in the model and loss
        j["preset"].erase("description");
        j["preset"].erase("name");
        // The element the anchor names, not how it is written ("middle" is "14" for 28 windows).
        const ModelConfig& m = c.preset.model;
        if (m.anchor.mode != AnchorMode::RandomPerBatch)
            j["preset"]["model"]["anchor"] =
                m.anchor.inferenceIndex(m.modality == "series" ? m.frames / std::max(1, m.window) : m.frames);
        return j;
    };
    return training(a) == training(b);
}

}  // namespace dbse
