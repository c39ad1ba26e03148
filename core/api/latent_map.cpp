// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/latent_map.h"

#include "core/api/opened_dataset_data.h"
#include "core/api/run_model_access.h"
#include "core/embed/pca.h"
#include "core/embed/tsne.h"
#include "core/eval/latent_probe.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace dbse::api {
namespace {

constexpr int kEncodeBatch = 128;

std::vector<float> rowsOf(const torch::Tensor& xy) {
    const torch::Tensor p = xy.detach().to(torch::kCPU, torch::kFloat).contiguous();
    return std::vector<float>(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
}

// PCA to 2-D; a 1-D code gets a zero second column.
torch::Tensor pcaLayout(const torch::Tensor& points) {
    const int components = static_cast<int>(std::min<int64_t>(2, points.size(1)));
    torch::Tensor xy = pcaProject(points, components);
    if (components < 2)
        xy = torch::cat({xy, torch::zeros({points.size(0), 1}, torch::kFloat)}, 1);
    return xy;
}

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(); }

// Lays out one code; false when cancelled.
bool layOut(const torch::Tensor& points, LatentCode code, const LatentMapRequest& request,
            const LatentLayoutCallback& on_layout, const std::atomic<bool>* cancel) {
    LatentLayout layout;
    layout.code = code;
    if (request.method == MapMethod::Pca) {
        layout.xy = rowsOf(pcaLayout(points));
        layout.iteration = layout.iterations = 1;
        layout.final = true;
        if (cancelled(cancel))
            return false;
        on_layout(layout);
        return true;
    }
    TsneOptions options;
    options.perplexity = effectivePerplexity(request.perplexity, points.size(0));
    options.iterations = request.iterations;
    options.progress_every = request.progress_every;
    options.cancel = cancel;
    layout.iterations = request.iterations;
    layout.perplexity = options.perplexity;
    options.on_progress = [&](const TsneProgress& progress) {
        if (cancelled(cancel) || progress.iteration >= request.iterations)
            return;  // the final layout is reported once, below
        layout.xy = rowsOf(progress.embedding);
        layout.iteration = progress.iteration;
        on_layout(layout);
    };
    const TsneResult result = runTsne(points, options);
    if (result.cancelled || cancelled(cancel))
        return false;
    layout.xy = rowsOf(result.embedding);
    layout.iteration = result.iterations;
    layout.final = true;
    on_layout(layout);
    return true;
}

}  // namespace

double effectivePerplexity(double requested, int64_t points) {
    return std::max(1.0, std::min(requested, static_cast<double>(points - 1) / 3.0));
}

bool computeLatentMap(const RunModel& model, const OpenedDataset& dataset, const LatentMapRequest& request,
                      const LatentLayoutCallback& on_layout, const std::atomic<bool>* cancel) {
    const SequenceDataset& data = splitData(dataset, request.split);
    const int64_t needed = request.method == MapMethod::Tsne ? 3 : 2;
    if (data.size() < needed)
        throw std::invalid_argument(dataset.name(request.split) + " has " + std::to_string(data.size()) +
                                    " sequences; a map needs at least " + std::to_string(needed));
    if (request.method == MapMethod::Tsne && (request.iterations < 1 || request.progress_every < 1))
        throw std::invalid_argument("latent map: iterations and progress_every must be positive");
    torch::NoGradGuard no_grad;
    const LatentCodes codes = RunModelAccess::use(
        model, [&](InferenceModel& m, const RunConfig&) { return encodeDataset(m, data, kEncodeBatch, request.seed); });
    for (const auto& [points, code] : {std::pair{codes.s, LatentCode::Static}, std::pair{codes.d_mean, LatentCode::Dynamic}}) {
        if (cancelled(cancel) || !layOut(points.to(torch::kFloat), code, request, on_layout, cancel))
            return false;
    }
    return true;
}

}  // namespace dbse::api
