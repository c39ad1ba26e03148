// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// t-SNE and PCA (core/embed): calibration, neighbour preservation, determinism, cancel, the
// Barnes-Hut approximation against brute force, bad input, and `dbse tsne` end to end.

#include "core/data/npy.h"
#include "core/embed/embedding_file.h"
#include "core/embed/pca.h"
#include "core/embed/tsne.h"
#include "core/embed/tsne_affinities.h"
#include "core/embed/tsne_space_tree.h"
#include "core/util/atomic_file.h"
#include "test_support.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <atomic>
#include <cmath>
#include <set>
#include <sstream>
#include <sys/wait.h>

using namespace dbse;

namespace {

struct Blobs {
    torch::Tensor points;  // float32 [clusters * per_cluster, dims]
    torch::Tensor labels;  // int64 [N]
};

// Gaussian clusters of unit spread whose centres are drawn with standard deviation `spacing`.
Blobs makeBlobs(int clusters, int per_cluster, int dims, double spacing, uint64_t seed) {
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    const torch::Tensor centres = torch::randn({clusters, dims}, gen, torch::kFloat) * spacing;
    const torch::Tensor labels = torch::arange(clusters, torch::kLong).repeat_interleave(per_cluster);
    const torch::Tensor points = centres.index_select(0, labels) + torch::randn({labels.size(0), dims}, gen, torch::kFloat);
    return {points.contiguous(), labels};
}

// Indices [N, k] of each row's k nearest other rows.
torch::Tensor bruteForceNeighbours(const torch::Tensor& x, int64_t k) {
    torch::Tensor d = torch::cdist(x.to(torch::kDouble), x.to(torch::kDouble));
    d.fill_diagonal_(std::numeric_limits<double>::infinity());
    return std::get<1>(d.topk(k, 1, false, true));
}

// Fraction of each point's k input-space neighbours that are among its k embedding neighbours.
double knnRecall(const torch::Tensor& x, const torch::Tensor& y, int64_t k) {
    const torch::Tensor a = bruteForceNeighbours(x, k), b = bruteForceNeighbours(y, k);
    int64_t hits = 0;
    for (int64_t i = 0; i < x.size(0); ++i) {
        std::set<int64_t> in_x;
        for (int64_t c = 0; c < k; ++c)
            in_x.insert(a[i][c].item<int64_t>());
        for (int64_t c = 0; c < k; ++c)
            hits += in_x.count(b[i][c].item<int64_t>());
    }
    return static_cast<double>(hits) / static_cast<double>(x.size(0) * k);
}

// Trustworthiness (Venna & Kaski), as sklearn.manifold.trustworthiness.
double trustworthiness(const torch::Tensor& x, const torch::Tensor& y, int64_t k) {
    const int64_t n = x.size(0);
    torch::Tensor dx = torch::cdist(x.to(torch::kDouble), x.to(torch::kDouble));
    dx.fill_diagonal_(-1.0);  // the point itself gets rank 0
    const torch::Tensor order = dx.argsort(/*dim=*/static_cast<int64_t>(1), /*descending=*/false);
    torch::Tensor rank = torch::empty_like(order);
    rank.scatter_(1, order, torch::arange(n, torch::kLong).expand({n, n}).contiguous());
    const torch::Tensor embedded = bruteForceNeighbours(y, k);
    const double penalty = (rank.gather(1, embedded) - k).clamp_min(0).sum().item<double>();
    return 1.0 - penalty * 2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0));
}

// Fraction of points whose nearest embedded neighbour has the same label.
double nearestLabelAgreement(const torch::Tensor& y, const torch::Tensor& labels) {
    const torch::Tensor nn = bruteForceNeighbours(y, 1).squeeze(1);
    return labels.index_select(0, nn).eq(labels).to(torch::kDouble).mean().item<double>();
}

TsneOptions quickOptions(TsneMethod method, int iterations = 1000) {
    TsneOptions o;
    o.method = method;
    o.iterations = iterations;
    o.perplexity = 15;
    o.threads = 2;
    return o;
}

}  // namespace

TEST(TsneAffinities, NeighboursMatchBruteForce) {
    const Blobs blobs = makeBlobs(5, 40, 12, 3.0, 1);
    const NearestNeighbours nn = nearestNeighbours(blobs.points, 7);
    const torch::Tensor expected = bruteForceNeighbours(blobs.points, 7);
    EXPECT_TRUE(nn.indices.equal(expected));
    const torch::Tensor d = torch::cdist(blobs.points.to(torch::kDouble), blobs.points.to(torch::kDouble));
    EXPECT_TRUE(torch::allclose(nn.sq_distances, d.gather(1, expected).pow(2), 1e-4, 1e-4));
}

TEST(TsneAffinities, CalibrationHitsTargetEntropyForEveryPoint) {
    // Distances over five orders of magnitude: the search must work at every scale.
    for (double scale : {1e-3, 1.0, 1e3}) {
        const Blobs blobs = makeBlobs(4, 50, 6, 4.0, 2);
        const NearestNeighbours nn = nearestNeighbours(blobs.points * scale, 46);
        for (double perplexity : {5.0, 15.0}) {
            const ConditionalAffinities c = calibrateAffinities(nn.sq_distances, perplexity);
            const torch::Tensor p = c.probabilities;
            EXPECT_TRUE(torch::allclose(p.sum(1), torch::ones({p.size(0)}, torch::kDouble), 1e-12, 1e-12));
            const torch::Tensor entropy = -(p * p.clamp_min(1e-300).log()).sum(1);
            const double worst = (entropy - std::log(perplexity)).abs().max().item<double>();
            EXPECT_LT(worst, 1e-4) << "scale " << scale << " perplexity " << perplexity;
            EXPECT_TRUE((c.betas > 0).all().item<bool>());
        }
    }
}

TEST(TsneAffinities, SparsePIsSymmetricAndSumsToOne) {
    const Blobs blobs = makeBlobs(3, 30, 5, 3.0, 3);
    const SparseAffinities p = sparseAffinities(blobs.points, 8.0);
    ASSERT_EQ(p.n, 90);
    torch::Tensor dense = torch::zeros({90, 90}, torch::kDouble);
    for (int64_t i = 0; i < p.n; ++i)
        for (int64_t e = p.row_start[i]; e < p.row_start[i + 1]; ++e) {
            EXPECT_NE(p.columns[e], i);
            dense[i][p.columns[e]] = p.values[e];
        }
    EXPECT_NEAR(dense.sum().item<double>(), 1.0, 1e-5);
    EXPECT_TRUE(torch::allclose(dense, dense.t(), 0, 1e-9));
    const torch::Tensor full = denseAffinities(blobs.points, 8.0);
    EXPECT_NEAR(full.sum().item<double>(), 1.0, 1e-9);
    EXPECT_TRUE(torch::allclose(full, full.t()));
}

TEST(TsneTree, RepulsionMatchesBruteForce) {
    for (int dims : {2, 3}) {
        const torch::Tensor y = makeBlobs(6, 70, dims, 8.0, 4).points;
        const int64_t n = y.size(0);
        const torch::Tensor y64 = y.to(torch::kDouble);
        const torch::Tensor diff = y64.unsqueeze(1) - y64.unsqueeze(0);
        torch::Tensor q = (diff.pow(2).sum(2) + 1).reciprocal();
        q.fill_diagonal_(0);
        const double z_exact = q.sum().item<double>();
        const torch::Tensor force_exact = (q.pow(2).unsqueeze(2) * diff).sum(1);

        std::vector<float> force(static_cast<size_t>(n * dims));
        double z = 0;
        for (float theta : {0.0f, 0.5f}) {
            if (dims == 2) {
                SpaceTree<2> tree;
                tree.build(y.data_ptr<float>(), n);
                z = tree.repulsion(theta, force.data());
            } else {
                SpaceTree<3> tree;
                tree.build(y.data_ptr<float>(), n);
                z = tree.repulsion(theta, force.data());
            }
            const torch::Tensor f = torch::from_blob(force.data(), {n, dims}, torch::kFloat).to(torch::kDouble);
            const double error = (f - force_exact).norm().item<double>() / force_exact.norm().item<double>();
            if (theta == 0.0f) {
                EXPECT_NEAR(z / z_exact, 1.0, 1e-5) << dims << "-D";
                EXPECT_LT(error, 1e-5) << dims << "-D";
            } else {
                EXPECT_NEAR(z / z_exact, 1.0, 5e-3) << dims << "-D";
                EXPECT_LT(error, 2e-2) << dims << "-D";
            }
        }
    }
}

TEST(Tsne, PreservesNeighboursOfSeparatedClusters) {
    const Blobs blobs = makeBlobs(10, 60, 20, 6.0, 5);
    const TsneResult r = runTsne(blobs.points, quickOptions(TsneMethod::BarnesHut));
    ASSERT_EQ(r.embedding.sizes(), (std::vector<int64_t>{600, 2}));
    EXPECT_EQ(r.method, TsneMethod::BarnesHut);
    EXPECT_EQ(r.iterations, 1000);
    EXPECT_TRUE(r.kl_exact);
    EXPECT_GT(r.kl, 0.0);
    EXPECT_TRUE(torch::isfinite(r.embedding).all().item<bool>());
    const double recall = knnRecall(blobs.points, r.embedding, 10);
    const double trust = trustworthiness(blobs.points, r.embedding, 10);
    const double agreement = nearestLabelAgreement(r.embedding, blobs.labels);
    // Measured: recall 0.475, trustworthiness 0.985, agreement 1.0 (thresholds leave a margin).
    EXPECT_GT(recall, 0.40) << "recall " << recall;
    EXPECT_GT(trust, 0.96) << "trustworthiness " << trust;
    EXPECT_GE(agreement, 0.99) << "label agreement " << agreement;
    std::printf("600 points: KL %.4f, 10-NN recall %.4f, trustworthiness %.4f, 1-NN label agreement %.4f, %.2f s\n",
                r.kl, recall, trust, agreement, r.seconds);
}

TEST(Tsne, SameSeedAndThreadsGiveIdenticalOutput) {
    const Blobs blobs = makeBlobs(4, 50, 8, 5.0, 6);
    TsneOptions o = quickOptions(TsneMethod::BarnesHut, 300);
    o.init = TsneInit::Random;
    o.seed = 11;
    const TsneResult a = runTsne(blobs.points, o);
    const TsneResult b = runTsne(blobs.points, o);
    EXPECT_TRUE(a.embedding.equal(b.embedding));
    EXPECT_EQ(a.kl, b.kl);
    o.seed = 12;
    EXPECT_FALSE(runTsne(blobs.points, o).embedding.equal(a.embedding)) << "the seed is ignored";

    TsneOptions pca = quickOptions(TsneMethod::BarnesHut, 300);
    const TsneResult c = runTsne(blobs.points, pca);
    EXPECT_TRUE(runTsne(blobs.points, pca).embedding.equal(c.embedding)) << "PCA init: two runs differ";
}

TEST(Tsne, CancelStopsEarlyAndProgressIsReported) {
    const Blobs blobs = makeBlobs(4, 50, 8, 5.0, 7);
    std::atomic<bool> cancel{false};
    std::vector<int> seen;
    TsneOptions o = quickOptions(TsneMethod::BarnesHut);
    o.progress_every = 25;
    o.cancel = &cancel;
    o.on_progress = [&](const TsneProgress& p) {
        seen.push_back(p.iteration);
        EXPECT_EQ(p.embedding.sizes(), (std::vector<int64_t>{200, 2}));
        EXPECT_TRUE(std::isfinite(p.kl) && p.kl > 0) << p.kl;
        EXPECT_EQ(p.exaggerating, p.iteration <= 250);
        if (p.iteration == 300)
            cancel = true;
    };
    const TsneResult r = runTsne(blobs.points, o);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.iterations, 300);
    ASSERT_EQ(seen.size(), 12u);
    EXPECT_EQ(seen.front(), 25);
    EXPECT_EQ(seen.back(), 300);
    EXPECT_TRUE(torch::isfinite(r.embedding).all().item<bool>());
}

TEST(Tsne, ExactAndBarnesHutAgreeOnKl) {
    const Blobs blobs = makeBlobs(5, 40, 10, 5.0, 8);
    const TsneResult exact = runTsne(blobs.points, quickOptions(TsneMethod::Exact));
    const TsneResult bh = runTsne(blobs.points, quickOptions(TsneMethod::BarnesHut));
    EXPECT_EQ(exact.method, TsneMethod::Exact);
    EXPECT_TRUE(exact.kl_exact);
    // Different P (all points vs 46 neighbours) and approximate repulsion: measured 3.1% apart.
    EXPECT_NEAR(bh.kl / exact.kl, 1.0, 0.08) << "exact " << exact.kl << " barnes-hut " << bh.kl;
    EXPECT_GE(nearestLabelAgreement(exact.embedding, blobs.labels), 0.99);
    std::printf("exact KL %.4f (%.2f s), Barnes-Hut KL %.4f (%.2f s), exact 1-NN label agreement %.4f\n", exact.kl,
                exact.seconds, bh.kl, bh.seconds, nearestLabelAgreement(exact.embedding, blobs.labels));
    EXPECT_EQ(runTsne(blobs.points, quickOptions(TsneMethod::Auto, 10)).method, TsneMethod::Exact);
}

TEST(Tsne, EmbedsInThreeDimensions) {
    const Blobs blobs = makeBlobs(5, 40, 10, 6.0, 9);
    TsneOptions o = quickOptions(TsneMethod::BarnesHut, 500);
    o.dims = 3;
    const TsneResult r = runTsne(blobs.points, o);
    ASSERT_EQ(r.embedding.sizes(), (std::vector<int64_t>{200, 3}));
    EXPECT_GE(nearestLabelAgreement(r.embedding, blobs.labels), 0.99);
    std::printf("3-D: KL %.4f, 1-NN label agreement %.4f\n", r.kl, nearestLabelAgreement(r.embedding, blobs.labels));
}

TEST(Tsne, RefusesBadInputWithClearMessages) {
    auto expectRefused = [](const torch::Tensor& x, const TsneOptions& o, const std::string& part) {
        try {
            runTsne(x, o);
            ADD_FAILURE() << "accepted input that should fail with '" << part << "'";
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
        }
    };
    const TsneOptions o;
    expectRefused(torch::randn({1, 4}), o, "at least 3 points, got 1");
    expectRefused(torch::randn({12}), o, "[N, D]");
    expectRefused(torch::randint(0, 5, {20, 3}, torch::kLong), o, "float32 or float64");
    torch::Tensor nan = torch::randn({20, 3});
    nan[7][1] = std::nan("");
    expectRefused(nan, o, "point 7 has a NaN");
    expectRefused(torch::randn({20, 3}), o, "perplexity 30.000000 is out of range for 20 points");
    TsneOptions four = o;
    four.dims = 4;
    four.perplexity = 5;
    expectRefused(torch::randn({20, 3}), four, "dims must be 2 or 3");
    TsneOptions zero = o;
    zero.perplexity = 5;
    zero.iterations = 0;
    expectRefused(torch::randn({20, 3}), zero, "iterations must be at least 1");
}

TEST(Pca, FindsThePrincipalAxisWithScikitLearnSigns) {
    auto gen = at::make_generator<at::CPUGeneratorImpl>(10);
    const torch::Tensor t = torch::randn({300, 1}, gen, torch::kDouble) * 10;
    const torch::Tensor axis = torch::tensor({0.6, 0.0, -0.8}, torch::kDouble);
    const torch::Tensor x = t * axis + torch::randn({300, 3}, gen, torch::kDouble) * 0.1 + 5.0;
    const torch::Tensor scores = pcaProject(x, 2);
    ASSERT_EQ(scores.sizes(), (std::vector<int64_t>{300, 2}));
    EXPECT_EQ(scores.scalar_type(), torch::kFloat);
    const torch::Tensor first = scores.select(1, 0).to(torch::kDouble);
    const double corr = torch::corrcoef(torch::stack({first, t.squeeze(1)})).index({0, 1}).item<double>();
    EXPECT_GT(std::abs(corr), 0.999);
    EXPECT_GT(first.var().item<double>(), 100 * scores.select(1, 1).var().item<double>());
    const int64_t largest = first.abs().argmax().item<int64_t>();
    EXPECT_GT(first[largest].item<double>(), 0.0);
    EXPECT_THROW(pcaProject(x, 4), std::invalid_argument);
    EXPECT_EQ(pcaProject(x.narrow(0, 0, 2), 3).sizes(), (std::vector<int64_t>{2, 3}));  // D > N: Gram route
}

TEST(EmbeddingFile, WritesCsvAndNpy) {
    test::ScratchDir dir;
    const torch::Tensor y = torch::tensor({{1.5f, -2.0f}, {0.25f, 3.0f}});
    writeEmbedding(dir / "y.csv", y);
    EXPECT_EQ(readFile(dir / "y.csv"), "x,y\n1.5,-2\n0.25,3\n");
    writeEmbedding(dir / "y.npy", y);
    EXPECT_TRUE(readNpy(dir / "y.npy").equal(y));
    EXPECT_THROW(writeEmbedding(dir / "y.txt", y), std::invalid_argument);
}

#ifdef DBSE_CLI
namespace {
int runDbse(const test::ScratchDir& dir, const std::string& arguments, std::string* output) {
    const std::string log = dir / "dbse.log";
    const int status = std::system(("'" DBSE_CLI "' " + arguments + " > '" + log + "' 2>&1").c_str());
    *output = readFile(log);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
}  // namespace

TEST(TsneCli, WritesTheMapAndReportsJson) {
    test::ScratchDir dir;
    writeNpy(dir / "x.npy", makeBlobs(3, 30, 6, 5.0, 11).points.to(torch::kDouble));
    std::string out;
    ASSERT_EQ(runDbse(dir, "tsne --input '" + (dir / "x.npy") + "' --out '" + (dir / "y.csv") +
                               "' --perplexity 10 --iterations 300 --threads 2 --method barnes-hut --json", &out), 0)
        << out;
    const nlohmann::json report = nlohmann::json::parse(out);
    EXPECT_EQ(report["n"], 90);
    EXPECT_EQ(report["d"], 6);
    EXPECT_EQ(report["method"], "barnes-hut");
    EXPECT_GT(report["kl"].get<double>(), 0.0);
    EXPECT_GT(report["seconds"].get<double>(), 0.0);
    std::istringstream csv(readFile(dir / "y.csv"));
    std::string line;
    int lines = 0;
    while (std::getline(csv, line))
        ++lines;
    EXPECT_EQ(lines, 91);
    ASSERT_EQ(runDbse(dir, "tsne --input '" + (dir / "x.npy") + "' --out '" + (dir / "y.npy") + "' --iterations 50", &out), 0)
        << out;
    EXPECT_EQ(readNpy(dir / "y.npy").sizes(), (std::vector<int64_t>{90, 2}));
    EXPECT_EQ(runDbse(dir, "tsne --input '" + (dir / "x.npy") + "' --out '" + (dir / "z.csv") + "' --perplexity 100", &out), 1);
    EXPECT_NE(out.find("x.npy: t-SNE: perplexity 100.000000 is out of range for 90 points"), std::string::npos) << out;
    EXPECT_FALSE(std::filesystem::exists(dir / "z.csv"));
    EXPECT_EQ(runDbse(dir, "tsne --input '" + (dir / "missing.npy") + "' --out '" + (dir / "z.csv") + "'", &out), 1);
    EXPECT_NE(out.find("missing.npy"), std::string::npos) << out;
}
#endif
