// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Evaluation metrics of the paper's protocols (PROTOCOLS.md 3b, 3d, 3e) as plain functions on
// CPU or device tensors. Results are doubles computed in float64. Bad arguments (wrong
// shapes, empty inputs, a class missing where two are needed) throw std::invalid_argument
// naming the function and the problem.
//
// Where the published code departs from a sound metric ([AS-CODED] in PROTOCOLS.md) the
// choice made here is stated at the function:
//   * IS/H use the natural log and eps = 1e-16 inside the log exactly as 3b codes them (kept:
//     it only makes 0 * log 0 = 0; it changes no value by more than 1e-15).
//   * The class-balanced subset is drawn from a seeded permutation (the published code takes
//     the first n_min rows of each class of a shuffled loader, i.e. the same thing under its
//     unseeded shuffle). MUG's published code balanced by the subject label while scoring the
//     expression head; here the caller passes the labels of the head being scored (fixed).
//   * EER: the published code bisects FNR - FPR on [-1, 1] with scipy tolerances and reports
//     the FPR at the root; on finite score sets that root falls on a step of both curves and
//     FPR alone is biased there. Here every distinct score is tried as a threshold and the EER
//     is the mean of FNR and FPR where they are closest (identical when they cross exactly).
//   * MAE leaves NaN targets out (the published ETTh1 code replaced them by 0, which scores
//     a prediction of 0 as perfect there).

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace dbse {

// ---- Generation scores of a judge's class probabilities (3b) ----------------------------
// p: float [N, C], each row a probability vector (softmax of judge logits), N >= 1.
// With p̄ = mean_i p_i, eps = 1e-16 and natural logs (nats):
//   IS      = exp( mean_i sum_c p_i(c) [log(p_i(c)+eps) - log(p̄(c)+eps)] )   in [1, C]
//   H(y|x)  = -mean_i sum_c p_i(c) log(p_i(c)+eps)                            in [0, ln C]
//   H(y)    = -sum_c p̄(c) log(p̄(c)+eps)                                       in [0, ln C]
struct GenerationScores {
    double inception_score = 0;
    double conditional_entropy = 0;  // H(y|x), nats
    double marginal_entropy = 0;     // H(y), nats
};
GenerationScores generationScores(const torch::Tensor& probabilities);
double inceptionScore(const torch::Tensor& probabilities);
double conditionalEntropy(const torch::Tensor& probabilities);
double marginalEntropy(const torch::Tensor& probabilities);

// ---- Class-balanced subset (3b) ---------------------------------------------------------
// labels: int64 [N] (any non-negative values). n_min = the smallest count over the classes
// present; for every present class in increasing class order, the first n_min of its rows in
// a permutation drawn from `seed`. Returns int64 [n_min * classes present], grouped by class
// (ascending), each group in permutation order. Deterministic for a given (labels, seed).
torch::Tensor balancedSubset(const torch::Tensor& labels, uint64_t seed);

// ---- Equal error rate (3d) -----------------------------------------------------------------
// A pair is accepted as "same" when its score > threshold (as coded: cos > eps).
// FNR = rejected genuine / genuine, FPR = accepted impostor / impostor.
struct EqualErrorRate {
    double eer = 0;        // (FNR + FPR) / 2 at `threshold`, in [0, 1]
    double threshold = 0;  // a distinct score value (or below the smallest score)
    double fnr = 0, fpr = 0;
};
// genuine, impostor: float [G], [I] with G, I >= 1; any real scores.
EqualErrorRate equalErrorRate(const torch::Tensor& genuine, const torch::Tensor& impostor);

// Cosine similarities (eps 1e-8, like torch's default) of every unordered pair i < j of
// embeddings [N, D], split by whether ids [N] (int64) match. N <= 20000 (2e8 pairs).
struct PairScores {
    torch::Tensor genuine;   // float64 [pairs with equal ids]
    torch::Tensor impostor;  // float64 [pairs with different ids]
};
PairScores cosinePairScores(const torch::Tensor& embeddings, const torch::Tensor& ids);

// ---- Ranking and regression (3e) --------------------------------------------------------
// scores: float [N]; labels: [N] of 0/1 (any dtype), both classes present.
// AUROC = P(score of a random positive > score of a random negative) + 0.5 P(equal): the
// Mann-Whitney statistic with mid-ranks for ties, equal to scikit-learn's roc_auc_score.
double auroc(const torch::Tensor& scores, const torch::Tensor& labels);
// Average precision like scikit-learn's average_precision_score: over the distinct score
// thresholds t in decreasing order (tied scores enter together),
//   AP = sum_t (R(t) - R(t_prev)) * P(t),  P = precision, R = recall of "score >= t".
// Not the trapezoidal area under the PR curve. Needs at least one positive.
double averagePrecision(const torch::Tensor& scores, const torch::Tensor& labels);
// mean |prediction - target| over the entries whose target is not NaN; same shapes; units of
// the target. Throws when every target is NaN.
double meanAbsoluteError(const torch::Tensor& predictions, const torch::Tensor& targets);

// ---- Classification -------------------------------------------------------------------------
// Fraction of rows whose argmax of logits (or probabilities) [N, C] equals labels [N] (int64),
// over all rows. (3b averages per-batch means; with its equal drop_last batches that is the
// same number, and with a last partial batch this is the unbiased one.)
double accuracy(const torch::Tensor& logits, const torch::Tensor& labels);
// One accuracy per head: logits[h] [N, C_h] against labels[h] [N].
std::vector<double> headAccuracies(const std::vector<torch::Tensor>& logits, const std::vector<torch::Tensor>& labels);

// Counts of (true class, predicted class): out[t][p] = rows with truth t predicted as p, for
// truth and predicted int64 [N] in [0, classes). classes >= 1; N may be 0 (all zeros).
using ConfusionCounts = std::vector<std::vector<int64_t>>;
ConfusionCounts confusionMatrix(const torch::Tensor& truth, const torch::Tensor& predicted, int classes);

}  // namespace dbse
