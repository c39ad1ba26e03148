// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Validation, initialisation and scikit-learn's two-stage gradient descent for every method.

#include "core/embed/tsne.h"

#include "core/embed/pca.h"
#include "core/embed/tsne_affinities.h"
#include "core/embed/tsne_objective.h"
#include "core/util/runtime.h"

#include <ATen/Parallel.h>
#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

namespace dbse {
namespace {

constexpr int kCheckEvery = 50;   // scikit-learn's _N_ITER_CHECK
constexpr float kMinGain = 0.01f;
constexpr double kInitScale = 1e-4;
constexpr int64_t kSingleThreadExactPoints = 1000;

[[noreturn]] void refuse(const std::string& problem) {
    throw std::invalid_argument("t-SNE: " + problem);
}

void validate(const torch::Tensor& points, const TsneOptions& o) {
    checkPointMatrix(points, 3, "t-SNE");
    const int64_t n = points.size(0);
    if (o.dims != 2 && o.dims != 3)
        refuse("dims must be 2 or 3, got " + std::to_string(o.dims));
    if (!(o.perplexity >= 1.0) || !(o.perplexity < static_cast<double>(n - 1)))
        refuse("perplexity " + std::to_string(o.perplexity) + " is out of range for " + std::to_string(n) +
               " points: it must be at least 1 and below N - 1 = " + std::to_string(n - 1));
    if (o.iterations < 1)
        refuse("iterations must be at least 1, got " + std::to_string(o.iterations));
    if (o.exaggeration_iterations < 0)
        refuse("exaggeration iterations must not be negative");
    if (!(o.early_exaggeration > 0.0) || !std::isfinite(o.early_exaggeration))
        refuse("early exaggeration must be positive");
    if (!std::isfinite(o.learning_rate))
        refuse("learning rate must be finite");
    if (!(o.theta >= 0.0) || !std::isfinite(o.theta))
        refuse("theta must be finite and not negative");
    if (o.progress_every < 1)
        refuse("progress_every must be at least 1");
    if (o.threads < 0)
        refuse("threads must not be negative");
    if (o.method == TsneMethod::Exact && n > kMaxExactPoints)
        refuse("the exact method keeps [N, N] matrices and is limited to " + std::to_string(kMaxExactPoints) +
               " points, got " + std::to_string(n) + "; use barnes-hut");
}

// Sets LibTorch's intra-op thread count for the lifetime of the guard.
class ThreadCountGuard {
public:
    explicit ThreadCountGuard(int threads) : previous_(at::get_num_threads()), changed_(threads > 0) {
        if (changed_)
            setIntraOpThreads(threads);
    }
    ~ThreadCountGuard() {
        if (changed_)
            setIntraOpThreads(previous_);
    }
    ThreadCountGuard(const ThreadCountGuard&) = delete;
    ThreadCountGuard& operator=(const ThreadCountGuard&) = delete;

private:
    int previous_;
    bool changed_;
};

torch::Tensor randomEmbedding(int64_t n, int dims, uint64_t seed) {
    auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    return torch::randn({n, dims}, generator, torch::kFloat) * kInitScale;
}

// scikit-learn's init='pca': PCA scores scaled so that the first column has std 1e-4.
// Degenerate data (all points equal) falls back to the random start.
torch::Tensor initialEmbedding(const torch::Tensor& points, const TsneOptions& o) {
    if (o.init == TsneInit::Random)
        return randomEmbedding(points.size(0), o.dims, o.seed);
    const int dims = static_cast<int>(std::min<int64_t>(o.dims, points.size(1)));
    torch::Tensor scores = pcaProject(points, dims);
    if (dims < o.dims)
        scores = torch::cat({scores, torch::zeros({points.size(0), o.dims - dims}, torch::kFloat)}, 1);
    const double spread = scores.select(1, 0).std(/*unbiased=*/false).item<double>();
    if (!(spread > 0.0))
        return randomEmbedding(points.size(0), o.dims, o.seed);
    return (scores / spread * kInitScale).contiguous();
}

TsneMethod resolveMethod(TsneMethod method, int64_t n) {
    if (method != TsneMethod::Auto)
        return method;
    return n <= kAutoExactMaxPoints ? TsneMethod::Exact : TsneMethod::BarnesHut;
}

struct Stage {
    int end;                 // first iteration after the stage
    float momentum;
    float exaggeration;
    int without_progress;    // stop after this many iterations without a better KL
    bool exaggerating;
};

}  // namespace

std::string tsneMethodName(TsneMethod method) {
    switch (method) {
        case TsneMethod::Auto: return "auto";
        case TsneMethod::Exact: return "exact";
        case TsneMethod::BarnesHut: return "barnes-hut";
    }
    return "auto";
}

TsneMethod parseTsneMethod(const std::string& name) {
    for (TsneMethod m : {TsneMethod::Auto, TsneMethod::Exact, TsneMethod::BarnesHut})
        if (name == tsneMethodName(m))
            return m;
    throw std::invalid_argument("t-SNE method '" + name + "': expected auto, exact or barnes-hut");
}

TsneResult runTsne(const torch::Tensor& points, const TsneOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    validate(points, o);
    const int64_t n = points.size(0);
    TsneResult result;
    result.method = resolveMethod(o.method, n);
    // Tensors of the exact method up to kSingleThreadExactPoints are too small to gain from
    // threads; splitting them only adds synchronisation.
    const bool small_exact = result.method == TsneMethod::Exact && n <= kSingleThreadExactPoints;
    ThreadCountGuard threads(small_exact ? 1 : o.threads);
    torch::NoGradGuard no_grad;
    const torch::Tensor x = points.to(torch::kCPU).contiguous();

    std::unique_ptr<TsneObjective> objective =
        result.method == TsneMethod::Exact
            ? makeExactObjective(denseAffinities(x, o.perplexity), o.dims)
            : makeBarnesHutObjective(sparseAffinities(x, o.perplexity), o.dims, o.theta);
    result.learning_rate =
        o.learning_rate > 0 ? o.learning_rate : std::max(static_cast<double>(n) / o.early_exaggeration / 4.0, 50.0);
    const float rate = static_cast<float>(result.learning_rate);

    torch::Tensor embedding = initialEmbedding(x, o);
    float* y = embedding.data_ptr<float>();
    const size_t size = static_cast<size_t>(n) * o.dims;
    std::vector<float> grad(size), update(size), gains(size);

    const int exaggerated = std::min(o.exaggeration_iterations, o.iterations);
    const Stage stages[] = {
        {exaggerated, 0.5f, static_cast<float>(o.early_exaggeration), o.exaggeration_iterations, true},
        {o.iterations, 0.8f, 1.0f, o.iterations_without_progress, false}};
    int it = 0;
    for (const Stage& stage : stages) {
        // Like scikit-learn, every stage starts with zero velocity and unit gains.
        std::fill(update.begin(), update.end(), 0.0f);
        std::fill(gains.begin(), gains.end(), 1.0f);
        double best_kl = std::numeric_limits<double>::max();
        int best_it = it;
        bool converged = false;
        for (; it < stage.end && !converged; ++it) {
            if (o.cancel && o.cancel->load()) {
                result.cancelled = true;
                break;
            }
            const bool check = (it + 1) % kCheckEvery == 0;
            const bool report = o.on_progress && (it + 1) % o.progress_every == 0;
            double kl = 0;
            objective->gradient(y, stage.exaggeration, grad.data(), check || report ? &kl : nullptr);
            double grad_sq = 0;
            for (size_t e = 0; e < size; ++e) {
                const bool same_sign = update[e] * grad[e] >= 0.0f;
                gains[e] = std::max(same_sign ? gains[e] * 0.8f : gains[e] + 0.2f, kMinGain);
                const float step = grad[e] * gains[e];
                grad_sq += static_cast<double>(step) * step;
                update[e] = stage.momentum * update[e] - rate * step;
                y[e] += update[e];
            }
            if (report)
                o.on_progress({it + 1, stage.exaggerating, kl, embedding.clone()});
            if (check) {
                if (kl < best_kl) {
                    best_kl = kl;
                    best_it = it;
                } else if (it - best_it > stage.without_progress) {
                    converged = true;
                }
                if (std::sqrt(grad_sq) <= o.min_grad_norm)
                    converged = true;
            }
        }
        if (result.cancelled)
            break;
    }
    result.iterations = it;
    result.kl = objective->finalKl(y, result.kl_exact);
    result.embedding = embedding;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace dbse
