// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/generation_test.h"

#include "core/eval/dataset_batches.h"
#include "core/eval/metrics.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

namespace dbse {
namespace {

// One repeat of one test: the judge's probabilities per head [N, K_h] (CPU) in `order`.
std::vector<torch::Tensor> judgeGenerated(InferenceModel& model, Judge& judge, const SequenceDataset& test,
                                          const torch::Tensor& order, bool fixed_dynamics, int batch,
                                          torch::Generator& generator) {
    std::vector<std::vector<torch::Tensor>> parts;
    forEachBatch(test, order, batch, model.device(),
                 [&](const torch::Tensor&, const torch::Tensor& x, const torch::Tensor& missing) {
                     const torch::Tensor generated = (fixed_dynamics ? model.sampleStatic(x, missing, 1, &generator)
                                                                     : model.sampleDynamics(x, missing, 1, &generator))
                                                         .select(1, 0);
                     // Generated sequences have no missing values.
                     const torch::Tensor observed =
                         judge.architecture().missing_input ? torch::zeros_like(generated) : torch::Tensor();
                     const std::vector<torch::Tensor> p = judge.predict(generated, observed);
                     parts.resize(p.size());
                     for (size_t h = 0; h < p.size(); ++h) parts[h].push_back(p[h].cpu());
                 });
    std::vector<torch::Tensor> out;
    for (auto& p : parts) out.push_back(torch::cat(p));
    return out;
}

struct HeadSamples {
    std::vector<double> accuracy, is, h_yx, h_y;
    ConfusionCounts confusion;  // summed over repeats
};

void addCounts(ConfusionCounts& sum, const ConfusionCounts& counts) {
    if (sum.empty()) {
        sum = counts;
        return;
    }
    for (size_t r = 0; r < sum.size(); ++r)
        for (size_t c = 0; c < sum[r].size(); ++c) sum[r][c] += counts[r][c];
}

std::vector<HeadScores> summarise(const JudgeArchitecture& a, const std::vector<HeadSamples>& samples) {
    std::vector<HeadScores> out;
    for (size_t h = 0; h < a.heads.size(); ++h) {
        HeadScores s;
        s.label = a.heads[h].name;
        s.is_static = a.heads[h].is_static;
        s.classes = static_cast<int>(a.heads[h].classes.size());
        s.accuracy = meanStd(samples[h].accuracy);
        s.inception_score = meanStd(samples[h].is);
        s.conditional_entropy = meanStd(samples[h].h_yx);
        s.marginal_entropy = meanStd(samples[h].h_y);
        s.class_names = a.heads[h].classes;
        s.confusion = samples[h].confusion;
        out.push_back(s);
    }
    return out;
}

LeakageGap gapOf(const std::vector<LabelAccuracy>& accuracies) {
    LeakageGap g;
    int statics = 0;
    bool dynamic_seen = false;
    for (const auto& a : accuracies) {
        if (a.is_static) {
            g.static_accuracy += a.accuracy;
            ++statics;
        } else if (!dynamic_seen) {
            g.dynamic_accuracy = a.accuracy;
            dynamic_seen = true;
        }
    }
    if (statics == 0 || !dynamic_seen)
        throw std::invalid_argument("leakage gap: needs at least one static and one dynamic label");
    g.static_accuracy /= statics;
    return g;
}

}  // namespace

MeanStd meanStd(const std::vector<double>& values) {
    MeanStd r;
    if (values.empty())
        return r;
    for (double v : values) r.mean += v;
    r.mean /= static_cast<double>(values.size());
    if (values.size() > 1) {
        double squares = 0;
        for (double v : values) squares += (v - r.mean) * (v - r.mean);
        r.std = std::sqrt(squares / static_cast<double>(values.size() - 1));
    }
    return r;
}

GenerationTestResult runGenerationTests(InferenceModel& model, Judge& judge, const SequenceDataset& test,
                                        const GenerationTestOptions& options) {
    if (const std::string why = judgeMismatch(judge.architecture(), test); !why.empty())
        throw std::invalid_argument(test.name + ": the judge does not fit: " + why);
    if (options.repeats < 1 || options.batch < 1)
        throw std::invalid_argument("generation tests: repeats and batch must be at least 1");
    if (test.size() < 1)
        throw std::invalid_argument(test.name + ": no test sequences");
    const std::vector<torch::Tensor> labels = labelColumns(test);
    const size_t heads = judge.architecture().heads.size();
    GenerationTestResult result;
    result.repeats = options.repeats;
    result.sequences = test.size();
    for (const bool fixed_dynamics : {true, false}) {
        std::vector<HeadSamples> samples(heads);
        for (int r = 0; r < options.repeats; ++r) {
            const uint64_t seed = options.seed + static_cast<uint64_t>(r);
            torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
            const torch::Tensor order = torch::randperm(test.size(), generator, torch::kLong);
            const std::vector<torch::Tensor> p =
                judgeGenerated(model, judge, test, order, fixed_dynamics, options.batch, generator);
            for (size_t h = 0; h < heads; ++h) {
                const torch::Tensor truth = labels[h].index_select(0, order);
                const torch::Tensor predicted = p[h].argmax(1);
                samples[h].accuracy.push_back(predicted.eq(truth).to(torch::kDouble).mean().item<double>());
                addCounts(samples[h].confusion, confusionMatrix(truth, predicted, static_cast<int>(p[h].size(1))));
                const torch::Tensor subset = balancedSubset(truth, seed);
                const GenerationScores g = generationScores(p[h].index_select(0, subset));
                samples[h].is.push_back(g.inception_score);
                samples[h].h_yx.push_back(g.conditional_entropy);
                samples[h].h_y.push_back(g.marginal_entropy);
            }
            if (options.on_progress)
                options.on_progress(fixed_dynamics ? "fixed-dynamics" : "fixed-static", r + 1, options.repeats);
        }
        (fixed_dynamics ? result.fixed_dynamics : result.fixed_static) = summarise(judge.architecture(), samples);
    }
    return result;
}

LeakageGap staticFeaturesGap(const std::vector<LabelAccuracy>& accuracies) {
    LeakageGap g = gapOf(accuracies);
    g.gap = g.static_accuracy - g.dynamic_accuracy;
    return g;
}

LeakageGap dynamicFeaturesGap(const std::vector<LabelAccuracy>& accuracies) {
    LeakageGap g = gapOf(accuracies);
    g.gap = g.dynamic_accuracy - g.static_accuracy;
    return g;
}

}  // namespace dbse
