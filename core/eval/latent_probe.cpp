// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/latent_probe.h"

#include "core/eval/dataset_batches.h"
#include "core/util/cancel_scope.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <stdexcept>

namespace dbse {

LatentCodes encodeDataset(InferenceModel& model, const SequenceDataset& dataset, int batch, uint64_t seed) {
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    std::vector<torch::Tensor> s, d;
    forEachBatch(dataset, torch::arange(dataset.size(), torch::kLong), batch, model.device(),
                 [&](const torch::Tensor&, const torch::Tensor& x, const torch::Tensor& missing) {
                     EncodedCodes codes = model.encode(x, missing, &generator);
                     s.push_back(codes.f.mean.cpu());
                     d.push_back(codes.z.mean.mean(1).cpu());
                 });
    return {torch::cat(s), torch::cat(d)};
}

ProbeResult linearProbe(const torch::Tensor& features, const torch::Tensor& labels, int classes, uint64_t seed) {
    const int64_t N = features.size(0);
    if (N < 5 || labels.size(0) != N || classes < 2)
        throw std::invalid_argument("linearProbe: need at least 5 rows, one label per row and 2 classes");
    torch::NoGradGuard outer_no_grad;
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    torch::Tensor order = torch::randperm(N, generator, torch::kLong);
    const int64_t n_train = (N * 4) / 5;
    torch::Tensor train_idx = order.narrow(0, 0, n_train), test_idx = order.narrow(0, n_train, N - n_train);
    torch::Tensor x = features.to(torch::kFloat).cpu();
    torch::Tensor y = labels.to(torch::kLong).cpu();
    torch::Tensor x_train = x.index_select(0, train_idx), y_train = y.index_select(0, train_idx);
    torch::Tensor x_test = x.index_select(0, test_idx), y_test = y.index_select(0, test_idx);
    const torch::Tensor mean = x_train.mean(0), std = x_train.std(0).clamp_min(1e-6);
    x_train = (x_train - mean) / std;
    x_test = (x_test - mean) / std;

    const int64_t D = x.size(1);
    torch::Tensor w = torch::zeros({D, classes}).requires_grad_(true);
    torch::Tensor b = torch::zeros({classes}).requires_grad_(true);
    {
        torch::AutoGradMode enable(true);
        torch::optim::LBFGS optimizer({w, b}, torch::optim::LBFGSOptions(1.0).max_iter(200).line_search_fn("strong_wolfe"));
        auto closure = [&] {
            throwIfCancelled();
            optimizer.zero_grad();
            torch::Tensor loss = torch::nn::functional::cross_entropy(torch::matmul(x_train, w) + b, y_train) +
                                 1e-3 * w.pow(2).sum();
            loss.backward();
            return loss;
        };
        optimizer.step(closure);
    }
    auto accuracy = [&](const torch::Tensor& xs, const torch::Tensor& ys) {
        return (torch::matmul(xs, w) + b).argmax(1).eq(ys).to(torch::kDouble).mean().item<double>();
    };
    ProbeResult r;
    r.classes = classes;
    r.train_accuracy = accuracy(x_train, y_train);
    r.test_accuracy = accuracy(x_test, y_test);
    r.majority_rate = torch::bincount(y_test, {}, classes).max().item<double>() / static_cast<double>(y_test.size(0));
    return r;
}

std::vector<ProbeRow> probeAllLabels(const LatentCodes& codes, const SequenceDataset& dataset, uint64_t seed) {
    std::vector<ProbeRow> rows;
    auto add = [&](const LabelColumn& column, bool is_static) {
        const int classes = static_cast<int>(column.classes.size());
        rows.push_back({column.name, is_static, linearProbe(codes.s, column.values, classes, seed),
                        linearProbe(codes.d_mean, column.values, classes, seed)});
    };
    for (const auto& c : dataset.static_labels)
        add(c, true);
    for (const auto& c : dataset.dynamic_labels)
        add(c, false);
    return rows;
}

std::vector<LatentTestRow> runLatentTests(InferenceModel& model, const SequenceDataset& dataset, int repeats,
                                          uint64_t seed, const std::function<void(int done, int repeats)>& on_repeat) {
    if (repeats < 1)
        throw std::invalid_argument("latent tests: repeats must be at least 1");
    std::vector<LatentTestRow> rows;
    for (int r = 0; r < repeats; ++r) {
        const uint64_t repeat_seed = seed + static_cast<uint64_t>(r);
        const std::vector<ProbeRow> probes = probeAllLabels(encodeDataset(model, dataset, 128, repeat_seed), dataset,
                                                            repeat_seed);
        rows.resize(probes.size());
        for (size_t i = 0; i < probes.size(); ++i) {
            rows[i].label = probes[i].label;
            rows[i].static_label = probes[i].static_label;
            rows[i].classes = probes[i].from_s.classes;
            rows[i].chance = 1.0 / probes[i].from_s.classes;
            rows[i].from_s.push_back(probes[i].from_s.test_accuracy);
            rows[i].from_d.push_back(probes[i].from_d.test_accuracy);
        }
        if (on_repeat)
            on_repeat(r + 1, repeats);
    }
    return rows;
}

}  // namespace dbse
