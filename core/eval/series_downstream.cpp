// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/series_downstream.h"

#include "core/eval/dataset_batches.h"
#include "core/eval/metrics.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace dbse {
namespace {

constexpr int kClassificationPasses = 5;  // published `repeat`

// Posterior Gaussians of a split, on the CPU: f [N, f_dim], z [N, n, z_dim].
struct Posteriors {
    torch::Tensor f_mean, f_std, z_mean, z_std;
};

Posteriors encodePosteriors(InferenceModel& model, const SequenceDataset& dataset, int batch, uint64_t seed) {
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    std::vector<torch::Tensor> fm, fs, zm, zs;
    forEachBatch(dataset, torch::arange(dataset.size(), torch::kLong), batch, model.device(),
                 [&](const torch::Tensor&, const torch::Tensor& x, const torch::Tensor& missing) {
                     const EncodedCodes codes = model.encode(x, missing, &generator);
                     fm.push_back(codes.f.mean.cpu());
                     fs.push_back(codes.f.logvar.mul(0.5).exp().cpu());
                     zm.push_back(codes.z.mean.cpu());
                     zs.push_back(codes.z.logvar.mul(0.5).exp().cpu());
                 });
    return {torch::cat(fm), torch::cat(fs), torch::cat(zm), torch::cat(zs)};
}

// A fresh sample of the codes of sequences `idx`.
struct Codes {
    torch::Tensor f, z;
};
Codes sampleCodes(const Posteriors& p, const torch::Tensor& idx, torch::Generator& generator) {
    const torch::Tensor fm = p.f_mean.index_select(0, idx), zm = p.z_mean.index_select(0, idx);
    return {fm + p.f_std.index_select(0, idx) * torch::randn(fm.sizes(), generator),
            zm + p.z_std.index_select(0, idx) * torch::randn(zm.sizes(), generator)};
}

struct MortalityNetImpl : torch::nn::Module {
    MortalityNetImpl(int z_dim, int f_dim)
        : lstm(register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(z_dim, 32).batch_first(true)))),
          hidden(register_module("hidden", torch::nn::Linear(32 + f_dim, 16))),
          dropout(register_module("dropout", torch::nn::Dropout(0.5))),
          out(register_module("out", torch::nn::Linear(16, 1))) {}
    // z [B, n, z_dim], f [B, f_dim], last int64 [B] (window read) -> logits [B].
    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& f, const torch::Tensor& last) {
        const torch::Tensor h = std::get<0>(lstm->forward(z));
        const torch::Tensor at_last = h.gather(1, last.view({-1, 1, 1}).expand({h.size(0), 1, h.size(2)})).squeeze(1);
        return out->forward(dropout->forward(torch::relu(hidden->forward(torch::cat({at_last, f}, 1))))).squeeze(1);
    }
    torch::nn::LSTM lstm;
    torch::nn::Linear hidden;
    torch::nn::Dropout dropout;
    torch::nn::Linear out;
};
TORCH_MODULE(MortalityNet);

std::vector<double> metricsOfMortality(const Posteriors& train, const Posteriors& test, const torch::Tensor& y_train,
                                       const torch::Tensor& y_test, const torch::Tensor& last_train,
                                       const torch::Tensor& last_test, int epochs, int batch, uint64_t seed,
                                       const std::function<void(int)>& on_epoch) {
    torch::manual_seed(seed);
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    MortalityNet net(static_cast<int>(train.z_mean.size(2)), static_cast<int>(train.f_mean.size(1)));
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(1e-3));
    for (int epoch = 0; epoch < epochs; ++epoch) {
        net->train();
        forEachSlice(torch::randperm(y_train.size(0), generator, torch::kLong), batch, [&](const torch::Tensor& idx) {
            const Codes c = sampleCodes(train, idx, generator);
            const torch::Tensor loss = torch::binary_cross_entropy_with_logits(
                net->forward(c.z, c.f, last_train.index_select(0, idx)), y_train.index_select(0, idx));
            optimizer.zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(net->parameters(), 1.0);
            optimizer.step();
        });
        on_epoch(epoch + 1);
    }
    net->eval();
    torch::NoGradGuard no_grad;
    std::vector<torch::Tensor> scores;
    forEachSlice(torch::arange(y_test.size(0), torch::kLong), batch, [&](const torch::Tensor& idx) {
        const Codes c = sampleCodes(test, idx, generator);
        scores.push_back(torch::sigmoid(net->forward(c.z, c.f, last_test.index_select(0, idx))));
    });
    const torch::Tensor s = torch::cat(scores);
    return {auroc(s, y_test), averagePrecision(s, y_test)};
}

torch::nn::Sequential oilTemperatureNet(int inputs) {
    return torch::nn::Sequential(torch::nn::BatchNorm1d(inputs), torch::nn::Linear(inputs, 32), torch::nn::LeakyReLU(),
                                 torch::nn::Linear(32, 8), torch::nn::LeakyReLU(), torch::nn::Linear(8, 1),
                                 torch::nn::LeakyReLU());
}

// concat(z_t, f) for every window: [B * n, z_dim + f_dim].
torch::Tensor windowInputs(const Codes& c) {
    const int64_t n = c.z.size(1);
    return torch::cat({c.z, c.f.unsqueeze(1).expand({c.f.size(0), n, c.f.size(1)})}, 2).reshape({-1, c.z.size(2) + c.f.size(1)});
}

double maeOfOilTemperature(const Posteriors& train, const Posteriors& test, const torch::Tensor& y_train,
                           const torch::Tensor& y_test, int epochs, int batch, uint64_t seed,
                           const std::function<void(int)>& on_epoch) {
    torch::manual_seed(seed);
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const int inputs = static_cast<int>(train.z_mean.size(2) + train.f_mean.size(1));
    torch::nn::Sequential net = oilTemperatureNet(inputs);
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(1e-3));
    for (int epoch = 0; epoch < epochs; ++epoch) {
        net->train();
        forEachSlice(torch::randperm(y_train.size(0), generator, torch::kLong), batch, [&](const torch::Tensor& idx) {
            const torch::Tensor y = y_train.index_select(0, idx).reshape({-1});
            const torch::Tensor known = y.isnan().logical_not();
            if (known.sum().item<int64_t>() < 2)  // BatchNorm needs two rows
                return;
            const torch::Tensor prediction = net->forward(windowInputs(sampleCodes(train, idx, generator))).squeeze(1);
            const torch::Tensor loss = (prediction.masked_select(known) - y.masked_select(known)).abs().mean();
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
        });
        on_epoch(epoch + 1);
    }
    net->eval();
    torch::NoGradGuard no_grad;
    const torch::Tensor all = torch::arange(y_test.size(0), torch::kLong);
    return meanAbsoluteError(net->forward(windowInputs(sampleCodes(test, all, generator))).squeeze(1),
                             y_test.reshape({-1}));
}

double accuracyOfClassifier(const Posteriors& train, const Posteriors& valid, const Posteriors& test,
                            const torch::Tensor& y_train, const torch::Tensor& y_valid, const torch::Tensor& y_test,
                            int classes, int epochs, int batch, uint64_t seed, const std::function<void(int)>& on_epoch) {
    torch::manual_seed(seed);
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    const int f_dim = static_cast<int>(train.f_mean.size(1));
    torch::nn::Sequential net(torch::nn::Linear(f_dim, classes), torch::nn::ReLU(), torch::nn::Linear(classes, classes));
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(1e-3));
    // Mean over `kClassificationPasses` passes of a split of fresh samples: (loss, accuracy).
    auto score = [&](const Posteriors& p, const torch::Tensor& y) {
        torch::NoGradGuard no_grad;
        net->eval();
        double loss = 0, accuracy_sum = 0;
        const torch::Tensor all = torch::arange(y.size(0), torch::kLong);
        for (int pass = 0; pass < kClassificationPasses; ++pass) {
            const torch::Tensor logits = net->forward(sampleCodes(p, all, generator).f);
            loss += torch::nn::functional::cross_entropy(logits, y).item<double>();
            accuracy_sum += accuracy(logits, y);
        }
        return std::make_pair(loss / kClassificationPasses, accuracy_sum / kClassificationPasses);
    };
    double best_loss = std::numeric_limits<double>::infinity();
    std::vector<torch::Tensor> best;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        net->train();
        for (int pass = 0; pass < kClassificationPasses; ++pass)
            forEachSlice(torch::randperm(y_train.size(0), generator, torch::kLong), batch,
                         [&](const torch::Tensor& idx) {
                             const torch::Tensor loss = torch::nn::functional::cross_entropy(
                                 net->forward(sampleCodes(train, idx, generator).f), y_train.index_select(0, idx));
                             optimizer.zero_grad();
                             loss.backward();
                             optimizer.step();
                         });
        const double valid_loss = score(valid, y_valid).first;
        if (valid_loss < best_loss) {
            best_loss = valid_loss;
            best.clear();
            for (const auto& p : net->parameters())
                best.push_back(p.detach().clone());
        }
        on_epoch(epoch + 1);
    }
    {
        torch::NoGradGuard no_grad;
        auto params = net->parameters();
        for (size_t i = 0; i < params.size() && i < best.size(); ++i)
            params[i].copy_(best[i]);
    }
    return score(test, y_test).second;
}

const LabelColumn* classificationLabel(const SequenceDataset& d, const std::string& wanted) {
    if (!wanted.empty()) {
        const LabelColumn* c = findLabelColumn(d, wanted);
        if (!c)
            throw std::invalid_argument(d.name + ": no label '" + wanted + "' to classify");
        return c;
    }
    for (const char* name : {"icu_type", "month"})
        if (const LabelColumn* c = findLabelColumn(d, name))
            return c;
    return nullptr;
}

bool hasMortality(const SequenceDataset& d) {
    return findValueColumn(d, "in_hospital_death") && findValueColumn(d, "hours");
}
bool hasOilTemperature(const SequenceDataset& d) {
    const ValueColumn* ot = findValueColumn(d, "OT");
    return ot && ot->values.dim() == 2;
}

// The window each sequence's mortality LSTM is read at: observed steps / W - 1, in [0, n).
torch::Tensor lastWindow(const SequenceDataset& d, int window, int64_t windows) {
    const torch::Tensor hours = findValueColumn(d, "hours")->values.to(torch::kDouble);
    const torch::Tensor full = torch::full_like(hours, static_cast<double>(windows * window));
    return torch::where(hours.isnan(), full, hours).div(window).floor().sub(1).clamp(0, windows - 1).to(torch::kLong);
}

// Mean OT of every window: [N, T] -> [N, n] (NaN where a window has no known value).
torch::Tensor windowMeans(const torch::Tensor& values, int window) {
    const torch::Tensor v = values.to(torch::kFloat).reshape({values.size(0), -1, window});
    const torch::Tensor known = v.isnan().logical_not();
    return torch::where(known, v, torch::zeros_like(v)).sum(2) / known.sum(2).to(torch::kFloat);
}

DownstreamMetric metric(const std::string& name, bool higher_is_better) { return {name, higher_is_better, {}}; }

}  // namespace

bool hasDownstreamTargets(const SequenceDataset& dataset) {
    return hasMortality(dataset) || hasOilTemperature(dataset) || classificationLabel(dataset, "") != nullptr;
}

std::vector<DownstreamTaskResult> runDownstreamTasks(InferenceModel& model, const SequenceDataset& train,
                                                     const SequenceDataset& test, const DownstreamOptions& o) {
    const ModelConfig& config = model.config();
    if (config.modality != "series")
        throw std::invalid_argument("the downstream tasks need a time-series run (this one is " + config.modality + ")");
    if (train.size() < 5 || test.size() < 2)
        throw std::invalid_argument(train.name + ", " + test.name + ": too few sequences for the downstream tasks");
    const LabelColumn* label = classificationLabel(train, o.classify_label);
    const bool mortality = hasMortality(train) && hasMortality(test);
    const bool oil = hasOilTemperature(train) && hasOilTemperature(test);
    if (!mortality && !oil && !label)
        throw std::invalid_argument(train.name + " has no downstream target (in_hospital_death with hours, OT, or a "
                                                 "static label such as icu_type or month)");
    const int batch = std::max(1, o.batch);
    const Posteriors post_train = encodePosteriors(model, train, batch, o.seed);
    const Posteriors post_test = encodePosteriors(model, test, batch, o.seed + 1);
    const int64_t windows = post_train.z_mean.size(1);
    std::vector<DownstreamTaskResult> results;
    auto progress = [&](const std::string& task, int run, int runs, int epochs) {
        return [&o, task, run, runs, epochs](int epoch) {
            if (o.on_progress)
                o.on_progress(task, run, runs, epoch, epochs);
        };
    };

    if (mortality) {
        DownstreamTaskResult r{"mortality", "in_hospital_death", 0, o.epochs > 0 ? o.epochs : 41, train.size(), test.size(),
                               {metric("auroc", true), metric("auprc", true)}};
        const torch::Tensor y_train = findValueColumn(train, "in_hospital_death")->values.to(torch::kFloat).nan_to_num(0);
        const torch::Tensor y_test = findValueColumn(test, "in_hospital_death")->values.to(torch::kFloat).nan_to_num(0);
        const int runs = o.runs > 0 ? o.runs : 3;
        for (int run = 0; run < runs; ++run) {
            const std::vector<double> m = metricsOfMortality(
                post_train, post_test, y_train, y_test, lastWindow(train, config.window, windows),
                lastWindow(test, config.window, windows), r.epochs, batch, o.seed + run, progress(r.task, run + 1, runs, r.epochs));
            r.metrics[0].runs.push_back(m[0]);
            r.metrics[1].runs.push_back(m[1]);
        }
        results.push_back(std::move(r));
    }
    if (oil) {
        DownstreamTaskResult r{"oil_temperature", "OT", 0, o.epochs > 0 ? o.epochs : 301, train.size(), test.size(),
                               {metric("mae", false)}};
        const torch::Tensor y_train = windowMeans(findValueColumn(train, "OT")->values, config.window);
        const torch::Tensor y_test = windowMeans(findValueColumn(test, "OT")->values, config.window);
        const int runs = o.runs > 0 ? o.runs : 3;
        for (int run = 0; run < runs; ++run)
            r.metrics[0].runs.push_back(maeOfOilTemperature(post_train, post_test, y_train, y_test, r.epochs, batch,
                                                            o.seed + run, progress(r.task, run + 1, runs, r.epochs)));
        results.push_back(std::move(r));
    }
    if (label) {
        const LabelColumn* test_label = findLabelColumn(test, label->name);
        if (!test_label)
            throw std::invalid_argument(test.name + ": no label '" + label->name + "' to classify");
        const int classes = static_cast<int>(label->classes.size());
        DownstreamTaskResult r{"classification", label->name, classes, o.epochs > 0 ? o.epochs : 41, train.size(),
                               test.size(), {metric("accuracy", true)}};
        const int runs = o.runs > 0 ? o.runs : 2;
        for (int run = 0; run < runs; ++run) {
            torch::Generator split = at::make_generator<at::CPUGeneratorImpl>(o.seed + run);
            const torch::Tensor order = torch::randperm(train.size(), split, torch::kLong);
            const int64_t n_valid = std::max<int64_t>(1, train.size() / 5);
            const torch::Tensor valid_idx = order.narrow(0, 0, n_valid);
            const torch::Tensor fit_idx = order.narrow(0, n_valid, train.size() - n_valid);
            auto rows = [](const Posteriors& p, const torch::Tensor& idx) {
                return Posteriors{p.f_mean.index_select(0, idx), p.f_std.index_select(0, idx),
                                  p.z_mean.index_select(0, idx), p.z_std.index_select(0, idx)};
            };
            r.metrics[0].runs.push_back(accuracyOfClassifier(
                rows(post_train, fit_idx), rows(post_train, valid_idx), post_test, label->values.index_select(0, fit_idx),
                label->values.index_select(0, valid_idx), test_label->values, classes, r.epochs, batch, o.seed + run,
                progress(r.task, run + 1, runs, r.epochs)));
        }
        results.push_back(std::move(r));
    }
    return results;
}

}  // namespace dbse
