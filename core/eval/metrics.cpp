// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/metrics.h"

#include "core/util/tensor_text.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

namespace dbse {
namespace {

constexpr double kLogEps = 1e-16;  // PROTOCOLS 3b

[[noreturn]] void fail(const char* function, const std::string& problem) {
    throw std::invalid_argument(std::string(function) + ": " + problem);
}

torch::Tensor checkedProbabilities(const char* function, const torch::Tensor& p) {
    if (!p.defined() || p.dim() != 2 || p.size(0) < 1 || p.size(1) < 1)
        fail(function, "expected probabilities [N, C] with N, C >= 1, got " + (p.defined() ? shapeText(p) : "nothing"));
    return p.detach().to(torch::kCPU, torch::kDouble);
}

// [N] doubles on the CPU, N >= 1.
std::vector<double> toVector(const char* function, const char* what, const torch::Tensor& t) {
    if (!t.defined() || t.dim() != 1 || t.size(0) < 1)
        fail(function, std::string(what) + " must be a non-empty vector [N], got " + (t.defined() ? shapeText(t) : "nothing"));
    torch::Tensor c = t.detach().to(torch::kCPU, torch::kDouble).contiguous();
    return {c.data_ptr<double>(), c.data_ptr<double>() + c.numel()};
}

// scores and 0/1 labels of the same length, both classes present.
void readRanking(const char* function, const torch::Tensor& scores, const torch::Tensor& labels,
                 std::vector<std::pair<double, bool>>& rows, int64_t& positives) {
    const std::vector<double> s = toVector(function, "scores", scores);
    const std::vector<double> l = toVector(function, "labels", labels);
    if (s.size() != l.size())
        fail(function, "scores " + shapeText(scores) + " and labels " + shapeText(labels) + " differ in length");
    rows.clear();
    positives = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (l[i] != 0 && l[i] != 1) fail(function, "labels must be 0 or 1, got " + std::to_string(l[i]));
        if (!std::isfinite(s[i])) fail(function, "scores must be finite");
        rows.emplace_back(s[i], l[i] == 1);
        positives += l[i] == 1;
    }
}

}  // namespace

double inceptionScore(const torch::Tensor& probabilities) {
    const torch::Tensor p = checkedProbabilities("inceptionScore", probabilities);
    const torch::Tensor p_bar = p.mean(0, /*keepdim=*/true);
    const torch::Tensor kl = (p * ((p + kLogEps).log() - (p_bar + kLogEps).log())).sum(1);
    return std::exp(kl.mean().item<double>());
}

double conditionalEntropy(const torch::Tensor& probabilities) {
    const torch::Tensor p = checkedProbabilities("conditionalEntropy", probabilities);
    return -(p * (p + kLogEps).log()).sum(1).mean().item<double>();
}

double marginalEntropy(const torch::Tensor& probabilities) {
    const torch::Tensor p_bar = checkedProbabilities("marginalEntropy", probabilities).mean(0);
    return -(p_bar * (p_bar + kLogEps).log()).sum().item<double>();
}

GenerationScores generationScores(const torch::Tensor& probabilities) {
    return {inceptionScore(probabilities), conditionalEntropy(probabilities), marginalEntropy(probabilities)};
}

torch::Tensor balancedSubset(const torch::Tensor& labels, uint64_t seed) {
    if (!labels.defined() || labels.dim() != 1 || labels.size(0) < 1)
        fail("balancedSubset", "labels must be a non-empty vector [N]");
    const torch::Tensor l = labels.detach().to(torch::kCPU, torch::kLong).contiguous();
    if (l.min().item<int64_t>() < 0) fail("balancedSubset", "labels must be non-negative");
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const torch::Tensor order = torch::randperm(l.size(0), generator, torch::kLong);
    std::map<int64_t, std::vector<int64_t>> rows_of_class;  // ascending class order
    const int64_t* label = l.data_ptr<int64_t>();
    const int64_t* row = order.data_ptr<int64_t>();
    for (int64_t i = 0; i < order.size(0); ++i) rows_of_class[label[row[i]]].push_back(row[i]);
    size_t n_min = SIZE_MAX;
    for (const auto& entry : rows_of_class) n_min = std::min(n_min, entry.second.size());
    std::vector<int64_t> kept;
    for (const auto& entry : rows_of_class) kept.insert(kept.end(), entry.second.begin(), entry.second.begin() + n_min);
    return torch::tensor(kept, torch::kLong);
}

EqualErrorRate equalErrorRate(const torch::Tensor& genuine, const torch::Tensor& impostor) {
    std::vector<double> g = toVector("equalErrorRate", "genuine scores", genuine);
    std::vector<double> im = toVector("equalErrorRate", "impostor scores", impostor);
    for (const std::vector<double>* v : {&g, &im})
        for (double x : *v)
            if (!std::isfinite(x)) fail("equalErrorRate", "scores must be finite");
    std::sort(g.begin(), g.end());
    std::sort(im.begin(), im.end());
    std::vector<double> thresholds;
    thresholds.reserve(g.size() + im.size() + 1);
    thresholds.push_back(std::min(g.front(), im.front()) - 1.0);  // accepts everything
    thresholds.insert(thresholds.end(), g.begin(), g.end());
    thresholds.insert(thresholds.end(), im.begin(), im.end());
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());

    EqualErrorRate best;
    double best_gap = 2;
    for (double t : thresholds) {
        // accepted = score > t
        const double fnr = static_cast<double>(std::upper_bound(g.begin(), g.end(), t) - g.begin()) / g.size();
        const double fpr = static_cast<double>(im.end() - std::upper_bound(im.begin(), im.end(), t)) / im.size();
        const double gap = std::abs(fnr - fpr);
        if (gap < best_gap || (gap == best_gap && (fnr + fpr) / 2 < best.eer)) {
            best_gap = gap;
            best = {(fnr + fpr) / 2, t, fnr, fpr};
        }
    }
    return best;
}

PairScores cosinePairScores(const torch::Tensor& embeddings, const torch::Tensor& ids) {
    if (!embeddings.defined() || embeddings.dim() != 2 || embeddings.size(0) < 2)
        fail("cosinePairScores", "embeddings must be [N, D] with N >= 2");
    const int64_t N = embeddings.size(0);
    if (N > 10000) fail("cosinePairScores", "at most 10000 embeddings (5e7 pairs), got " + std::to_string(N));
    if (!ids.defined() || ids.dim() != 1 || ids.size(0) != N)
        fail("cosinePairScores", "ids must be [N] with N = " + std::to_string(N));
    const torch::Tensor e = embeddings.detach().to(torch::kCPU, torch::kDouble);
    const torch::Tensor norms = e.norm(2, 1);
    const torch::Tensor id = ids.detach().to(torch::kCPU, torch::kLong).contiguous();
    const int64_t* idp = id.data_ptr<int64_t>();
    std::vector<double> genuine, impostor;
    for (int64_t i = 0; i + 1 < N; ++i) {
        const torch::Tensor rest = e.narrow(0, i + 1, N - i - 1);
        const torch::Tensor cos = (rest.matmul(e[i]) / (norms.narrow(0, i + 1, N - i - 1) * norms[i]).clamp_min(1e-8))
                                      .contiguous();
        const double* c = cos.data_ptr<double>();
        for (int64_t j = i + 1; j < N; ++j) (idp[j] == idp[i] ? genuine : impostor).push_back(c[j - i - 1]);
    }
    return {torch::tensor(genuine, torch::kDouble), torch::tensor(impostor, torch::kDouble)};
}

double auroc(const torch::Tensor& scores, const torch::Tensor& labels) {
    std::vector<std::pair<double, bool>> rows;
    int64_t positives = 0;
    readRanking("auroc", scores, labels, rows, positives);
    const int64_t negatives = static_cast<int64_t>(rows.size()) - positives;
    if (positives == 0 || negatives == 0) fail("auroc", "needs both positive and negative labels");
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    double positive_rank_sum = 0;
    for (size_t begin = 0; begin < rows.size();) {
        size_t end = begin;
        while (end < rows.size() && rows[end].first == rows[begin].first) ++end;
        const double mid_rank = (static_cast<double>(begin + 1) + static_cast<double>(end)) / 2;  // 1-based
        for (size_t k = begin; k < end; ++k)
            if (rows[k].second) positive_rank_sum += mid_rank;
        begin = end;
    }
    const double P = static_cast<double>(positives);
    return (positive_rank_sum - P * (P + 1) / 2) / (P * static_cast<double>(negatives));
}

double averagePrecision(const torch::Tensor& scores, const torch::Tensor& labels) {
    std::vector<std::pair<double, bool>> rows;
    int64_t positives = 0;
    readRanking("averagePrecision", scores, labels, rows, positives);
    if (positives == 0) fail("averagePrecision", "needs at least one positive label");
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    double ap = 0, previous_recall = 0;
    int64_t true_positives = 0;
    for (size_t begin = 0; begin < rows.size();) {
        size_t end = begin;
        for (; end < rows.size() && rows[end].first == rows[begin].first; ++end) true_positives += rows[end].second;
        const double precision = static_cast<double>(true_positives) / static_cast<double>(end);
        const double recall = static_cast<double>(true_positives) / static_cast<double>(positives);
        ap += (recall - previous_recall) * precision;
        previous_recall = recall;
        begin = end;
    }
    return ap;
}

double meanAbsoluteError(const torch::Tensor& predictions, const torch::Tensor& targets) {
    if (!predictions.defined() || !targets.defined() || predictions.sizes() != targets.sizes())
        fail("meanAbsoluteError", "predictions and targets must have the same shape, got " +
                                      (predictions.defined() ? shapeText(predictions) : "nothing") + " and " +
                                      (targets.defined() ? shapeText(targets) : "nothing"));
    const torch::Tensor p = predictions.detach().to(torch::kCPU, torch::kDouble);
    const torch::Tensor t = targets.detach().to(torch::kCPU, torch::kDouble);
    const torch::Tensor known = ~t.isnan();
    const int64_t count = known.sum().item<int64_t>();
    if (count == 0) fail("meanAbsoluteError", "every target is NaN");
    return (p - t).abs().masked_select(known).sum().item<double>() / static_cast<double>(count);
}

double accuracy(const torch::Tensor& logits, const torch::Tensor& labels) {
    if (!logits.defined() || logits.dim() != 2 || logits.size(0) < 1)
        fail("accuracy", "logits must be [N, C] with N >= 1");
    if (!labels.defined() || labels.dim() != 1 || labels.size(0) != logits.size(0))
        fail("accuracy", "labels must be [N] with N = " + std::to_string(logits.size(0)) + ", got " +
                             (labels.defined() ? shapeText(labels) : "nothing"));
    const torch::Tensor predicted = logits.detach().argmax(1).cpu();
    return predicted.eq(labels.detach().to(torch::kCPU, torch::kLong)).to(torch::kDouble).mean().item<double>();
}

std::vector<double> headAccuracies(const std::vector<torch::Tensor>& logits, const std::vector<torch::Tensor>& labels) {
    if (logits.size() != labels.size())
        fail("headAccuracies", std::to_string(logits.size()) + " heads of logits but " + std::to_string(labels.size()) +
                                   " label columns");
    std::vector<double> out;
    for (size_t h = 0; h < logits.size(); ++h) out.push_back(accuracy(logits[h], labels[h]));
    return out;
}

ConfusionCounts confusionMatrix(const torch::Tensor& truth, const torch::Tensor& predicted, int classes) {
    if (classes < 1)
        throw std::invalid_argument("confusionMatrix: classes must be at least 1");
    if (truth.dim() != 1 || predicted.dim() != 1 || truth.size(0) != predicted.size(0))
        throw std::invalid_argument("confusionMatrix: truth and predicted must be [N] of the same N");
    const torch::Tensor t = truth.to(torch::kLong).cpu(), p = predicted.to(torch::kLong).cpu();
    if (t.numel() > 0 && (t.min().item<int64_t>() < 0 || t.max().item<int64_t>() >= classes ||
                          p.min().item<int64_t>() < 0 || p.max().item<int64_t>() >= classes))
        throw std::invalid_argument("confusionMatrix: a class outside [0, " + std::to_string(classes) + ")");
    const torch::Tensor counts = torch::bincount(t * classes + p, {}, int64_t{classes} * classes).to(torch::kLong);
    const int64_t* c = counts.data_ptr<int64_t>();
    ConfusionCounts out(classes, std::vector<int64_t>(classes, 0));
    for (int r = 0; r < classes; ++r)
        for (int k = 0; k < classes; ++k) out[r][k] = c[r * classes + k];
    return out;
}

}  // namespace dbse
