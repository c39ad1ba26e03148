// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Metric functions against values computed by hand.

#include "core/eval/dataset_batches.h"
#include "core/eval/metrics.h"
#include "core/util/cancel_scope.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <set>

namespace dbse {
namespace {

torch::Tensor doubles(std::vector<double> v) { return torch::tensor(v, torch::kDouble); }

TEST(GenerationScores, UniformPredictionsScoreOneAndMaximalEntropy) {
    const torch::Tensor p = torch::full({10, 9}, 1.0 / 9);
    const GenerationScores s = generationScores(p);
    EXPECT_NEAR(s.inception_score, 1.0, 1e-6);
    EXPECT_NEAR(s.conditional_entropy, std::log(9.0), 1e-6);
    EXPECT_NEAR(s.marginal_entropy, std::log(9.0), 1e-6);
}

TEST(GenerationScores, ConfidentBalancedPredictionsScoreTheClassCount) {
    const torch::Tensor p = torch::eye(6).repeat({3, 1});  // 18 one-hot rows, 3 of each class
    const GenerationScores s = generationScores(p);
    EXPECT_NEAR(s.inception_score, 6.0, 1e-9);
    EXPECT_NEAR(s.conditional_entropy, 0.0, 1e-12);
    EXPECT_NEAR(s.marginal_entropy, std::log(6.0), 1e-9);
}

TEST(GenerationScores, ConfidentButCollapsedPredictionsScoreOne) {
    torch::Tensor p = torch::zeros({5, 4});
    p.select(1, 2).fill_(1.0);
    const GenerationScores s = generationScores(p);
    EXPECT_NEAR(s.inception_score, 1.0, 1e-9);
    EXPECT_NEAR(s.conditional_entropy, 0.0, 1e-12);
    EXPECT_NEAR(s.marginal_entropy, 0.0, 1e-12);
}

TEST(GenerationScores, SmallMatrixMatchesHandComputedValues) {
    // rows (0.5, 0.5) and (1, 0): mean (0.75, 0.25)
    const torch::Tensor p = torch::tensor({0.5, 0.5, 1.0, 0.0}, torch::kDouble).reshape({2, 2});
    const double h_y_x = (std::log(2.0) + 0.0) / 2;
    const double h_y = -(0.75 * std::log(0.75) + 0.25 * std::log(0.25));
    const double kl_row1 = 0.5 * (std::log(0.5) - std::log(0.75)) + 0.5 * (std::log(0.5) - std::log(0.25));
    const double kl_row2 = 1.0 * (std::log(1.0) - std::log(0.75));
    EXPECT_NEAR(conditionalEntropy(p), h_y_x, 1e-12);
    EXPECT_NEAR(marginalEntropy(p), h_y, 1e-12);
    EXPECT_NEAR(inceptionScore(p), std::exp((kl_row1 + kl_row2) / 2), 1e-12);
    // log IS = H(y) - H(y|x) for exact probabilities
    EXPECT_NEAR(std::log(inceptionScore(p)), h_y - h_y_x, 1e-12);
}

TEST(GenerationScores, RefusesAVector) {
    EXPECT_THROW(inceptionScore(torch::ones({4})), std::invalid_argument);
    EXPECT_THROW(marginalEntropy(torch::Tensor()), std::invalid_argument);
}

TEST(BalancedSubset, KeepsTheSmallestClassCountOfEveryClass) {
    std::vector<int64_t> labels;
    for (int i = 0; i < 50; ++i) labels.push_back(0);
    for (int i = 0; i < 30; ++i) labels.push_back(2);
    for (int i = 0; i < 70; ++i) labels.push_back(5);
    const torch::Tensor l = torch::tensor(labels, torch::kLong).index_select(0, torch::randperm(150, torch::kLong));
    const torch::Tensor subset = balancedSubset(l, 7);
    ASSERT_EQ(subset.size(0), 90);
    const torch::Tensor kept = l.index_select(0, subset);
    EXPECT_EQ(kept.eq(0).sum().item<int64_t>(), 30);
    EXPECT_EQ(kept.eq(2).sum().item<int64_t>(), 30);
    EXPECT_EQ(kept.eq(5).sum().item<int64_t>(), 30);
    // grouped by class in ascending order, no row twice
    EXPECT_TRUE(kept.narrow(0, 0, 30).eq(0).all().item<bool>());
    EXPECT_TRUE(kept.narrow(0, 30, 30).eq(2).all().item<bool>());
    EXPECT_TRUE(kept.narrow(0, 60, 30).eq(5).all().item<bool>());
    EXPECT_EQ(std::get<0>(torch::_unique(subset)).size(0), 90);
}

TEST(BalancedSubset, IsDeterministicUnderASeedAndVariesAcrossSeeds) {
    const torch::Tensor l = torch::arange(300, torch::kLong).remainder(3);
    const torch::Tensor l_skewed = torch::cat({l, torch::zeros({40}, torch::kLong)});
    EXPECT_TRUE(torch::equal(balancedSubset(l_skewed, 11), balancedSubset(l_skewed, 11)));
    EXPECT_FALSE(torch::equal(balancedSubset(l_skewed, 11), balancedSubset(l_skewed, 12)));
}

TEST(BalancedSubset, RefusesNegativeLabels) {
    EXPECT_THROW(balancedSubset(torch::tensor({0, -1}, torch::kLong), 1), std::invalid_argument);
}

TEST(EqualErrorRate, CrossingOnAKnownScoreSet) {
    // accept when score > t. At t = 0.4: genuine 0.3 rejected (FNR 1/4), impostor 0.6 accepted (FPR 1/4).
    const EqualErrorRate e = equalErrorRate(doubles({0.9, 0.8, 0.7, 0.3}), doubles({0.6, 0.4, 0.2, 0.1}));
    EXPECT_DOUBLE_EQ(e.eer, 0.25);
    EXPECT_DOUBLE_EQ(e.fnr, 0.25);
    EXPECT_DOUBLE_EQ(e.fpr, 0.25);
    EXPECT_DOUBLE_EQ(e.threshold, 0.4);
}

TEST(EqualErrorRate, SeparatedScoresHaveZeroErrorAndAThresholdBetween) {
    const EqualErrorRate e = equalErrorRate(doubles({0.9, 0.8}), doubles({0.1, 0.2}));
    EXPECT_DOUBLE_EQ(e.eer, 0.0);
    EXPECT_GE(e.threshold, 0.2);
    EXPECT_LT(e.threshold, 0.8);
}

TEST(EqualErrorRate, NoExactCrossingAveragesTheClosestRates) {
    // t = 0.5: FNR 1/2 (0.5 rejected), FPR 1/3 (0.6 accepted); every other t is further apart.
    const EqualErrorRate e = equalErrorRate(doubles({0.9, 0.5}), doubles({0.6, 0.1, 0.0}));
    EXPECT_DOUBLE_EQ(e.threshold, 0.5);
    EXPECT_NEAR(e.eer, (0.5 + 1.0 / 3) / 2, 1e-12);
}

TEST(EqualErrorRate, ReversedScoresGiveFullError) {
    const EqualErrorRate e = equalErrorRate(doubles({0.1, 0.2}), doubles({0.8, 0.9}));
    EXPECT_GE(e.eer, 0.5);
}

TEST(EqualErrorRate, RefusesEmptyAndNonFiniteScores) {
    EXPECT_THROW(equalErrorRate(torch::zeros({0}), doubles({0.1})), std::invalid_argument);
    EXPECT_THROW(equalErrorRate(doubles({std::nan("")}), doubles({0.1})), std::invalid_argument);
}

TEST(CosinePairScores, SplitsPairsBySpeaker) {
    const torch::Tensor e = torch::tensor({1.0, 0.0, 2.0, 0.0, 0.0, 1.0}, torch::kDouble).reshape({3, 2});
    const PairScores s = cosinePairScores(e, torch::tensor({4, 4, 7}, torch::kLong));
    ASSERT_EQ(s.genuine.size(0), 1);
    ASSERT_EQ(s.impostor.size(0), 2);
    EXPECT_NEAR(s.genuine[0].item<double>(), 1.0, 1e-12);
    EXPECT_NEAR(s.impostor.abs().max().item<double>(), 0.0, 1e-12);
}

TEST(Ranking, KnownRanking) {
    // scikit-learn's documented example: roc_auc 0.75, average precision 0.8333
    const torch::Tensor scores = doubles({0.1, 0.4, 0.35, 0.8});
    const torch::Tensor labels = torch::tensor({0, 0, 1, 1}, torch::kLong);
    EXPECT_NEAR(auroc(scores, labels), 0.75, 1e-12);
    EXPECT_NEAR(averagePrecision(scores, labels), 0.5 * 1.0 + 0.5 * (2.0 / 3), 1e-12);
}

TEST(Ranking, TiesCountHalfAndEnterTogether) {
    // positives 0.9, 0.5; negatives 0.5, 0.1: 3.5 of 4 pairs ordered (the tie counts half)
    const torch::Tensor scores = doubles({0.9, 0.5, 0.5, 0.1});
    const torch::Tensor labels = torch::tensor({1, 1, 0, 0}, torch::kLong);
    EXPECT_NEAR(auroc(scores, labels), 3.5 / 4, 1e-12);
    // thresholds 0.9 (P 1, R 1/2) and 0.5 (P 2/3, R 1)
    EXPECT_NEAR(averagePrecision(scores, labels), 0.5 * 1.0 + 0.5 * (2.0 / 3), 1e-12);
    const torch::Tensor all_tied = doubles({0.3, 0.3, 0.3, 0.3});
    const torch::Tensor half = torch::tensor({0, 1, 0, 1}, torch::kLong);
    EXPECT_NEAR(auroc(all_tied, half), 0.5, 1e-12);
    EXPECT_NEAR(averagePrecision(all_tied, half), 0.5, 1e-12);
}

TEST(Ranking, PerfectAndReversedRankings) {
    const torch::Tensor labels = torch::tensor({0, 0, 0, 1, 1}, torch::kLong);
    EXPECT_DOUBLE_EQ(auroc(doubles({1, 2, 3, 4, 5}), labels), 1.0);
    EXPECT_DOUBLE_EQ(averagePrecision(doubles({1, 2, 3, 4, 5}), labels), 1.0);
    EXPECT_DOUBLE_EQ(auroc(doubles({5, 4, 3, 2, 1}), labels), 0.0);
    // reversed: positives found at ranks 4 and 5 -> 0.5 * 1/4 + 0.5 * 2/5
    EXPECT_NEAR(averagePrecision(doubles({5, 4, 3, 2, 1}), labels), 0.5 * 0.25 + 0.5 * 0.4, 1e-12);
}

TEST(Ranking, RefusesOneClassAndNonBinaryLabels) {
    EXPECT_THROW(auroc(doubles({0.1, 0.2}), torch::tensor({1, 1}, torch::kLong)), std::invalid_argument);
    EXPECT_THROW(averagePrecision(doubles({0.1, 0.2}), torch::tensor({0, 0}, torch::kLong)), std::invalid_argument);
    EXPECT_THROW(auroc(doubles({0.1, 0.2}), torch::tensor({0, 2}, torch::kLong)), std::invalid_argument);
    EXPECT_THROW(auroc(doubles({0.1, 0.2, 0.3}), torch::tensor({0, 1}, torch::kLong)), std::invalid_argument);
}

TEST(MeanAbsoluteError, LeavesUnknownTargetsOut) {
    EXPECT_NEAR(meanAbsoluteError(doubles({1, 2, 3}), doubles({1.5, std::nan(""), 1})), (0.5 + 2.0) / 2, 1e-12);
    EXPECT_THROW(meanAbsoluteError(doubles({1}), doubles({std::nan("")})), std::invalid_argument);
    EXPECT_THROW(meanAbsoluteError(doubles({1, 2}), doubles({1})), std::invalid_argument);
}

TEST(Accuracy, PerHead) {
    const torch::Tensor logits = torch::tensor({2.0, 1.0, 0.0, 3.0, 1.0, 0.0}).reshape({3, 2});
    EXPECT_NEAR(accuracy(logits, torch::tensor({0, 1, 1}, torch::kLong)), 2.0 / 3, 1e-12);
    const std::vector<double> heads =
        headAccuracies({logits, logits}, {torch::tensor({0, 1, 0}, torch::kLong), torch::tensor({1, 0, 1}, torch::kLong)});
    ASSERT_EQ(heads.size(), 2u);
    EXPECT_DOUBLE_EQ(heads[0], 1.0);
    EXPECT_DOUBLE_EQ(heads[1], 0.0);
    EXPECT_THROW(accuracy(logits, torch::tensor({0, 1}, torch::kLong)), std::invalid_argument);
    EXPECT_THROW(headAccuracies({logits}, {}), std::invalid_argument);
}

TEST(ConfusionMatrix, KnownPredictionsGiveKnownCounts) {
    const torch::Tensor truth = torch::tensor({0, 0, 0, 1, 1, 2, 2, 2, 2}, torch::kLong);
    const torch::Tensor predicted = torch::tensor({0, 0, 1, 1, 1, 0, 2, 2, 1}, torch::kLong);
    const ConfusionCounts m = confusionMatrix(truth, predicted, 3);
    EXPECT_EQ(m, (ConfusionCounts{{2, 1, 0}, {0, 2, 0}, {1, 1, 2}}));
    EXPECT_EQ(confusionMatrix(torch::zeros({0}, torch::kLong), torch::zeros({0}, torch::kLong), 2),
              (ConfusionCounts{{0, 0}, {0, 0}}));
}

TEST(ConfusionMatrix, RefusesClassesOutOfRangeAndMismatchedLengths) {
    const torch::Tensor two = torch::tensor({0, 1}, torch::kLong);
    EXPECT_THROW(confusionMatrix(two, torch::tensor({0, 2}, torch::kLong), 2), std::invalid_argument);
    EXPECT_THROW(confusionMatrix(two, torch::tensor({-1, 0}, torch::kLong), 2), std::invalid_argument);
    EXPECT_THROW(confusionMatrix(two, torch::tensor({0}, torch::kLong), 2), std::invalid_argument);
    EXPECT_THROW(confusionMatrix(two, two, 0), std::invalid_argument);
}

TEST(CancelScope, BatchLoopsStopOnlyWhileTheFlagIsSet) {
    const torch::Tensor order = torch::arange(10, torch::kLong);
    std::atomic<bool> flag{false};
    int visited = 0;
    forEachSlice(order, 3, [&](const torch::Tensor&) { ++visited; });
    EXPECT_EQ(visited, 4) << "no scope: every slice";
    {
        const CancelScope scope(&flag);
        visited = 0;
        EXPECT_THROW(forEachSlice(order, 3,
                                  [&](const torch::Tensor&) {
                                      if (++visited == 2)
                                          flag = true;
                                  }),
                     Cancelled);
        EXPECT_EQ(visited, 2) << "stops before the next slice";
    }
    visited = 0;
    forEachSlice(order, 3, [&](const torch::Tensor&) { ++visited; });
    EXPECT_EQ(visited, 4) << "the scope has ended";
}

}  // namespace
}  // namespace dbse
