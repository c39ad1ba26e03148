// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/series_store.h"

#include "core/util/file_error.h"

#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <sstream>

namespace dbse {
namespace {

std::string joined(const std::vector<double>& values) {
    std::ostringstream out;
    out.precision(9);
    for (size_t i = 0; i < values.size(); ++i) out << (i ? "," : "") << values[i];
    return out.str();
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : ",") + v;
    return out;
}

// Per-feature mean and std (population) of the finite entries of [N, T, F].
void observedStatistics(const torch::Tensor& frames, std::vector<double>& mean, std::vector<double>& std_dev) {
    const int64_t F = frames.size(2);
    const torch::Tensor flat = frames.reshape({-1, F}).to(torch::kDouble);
    const torch::Tensor observed = torch::isfinite(flat);
    const torch::Tensor counts = observed.sum(0).to(torch::kDouble);
    const torch::Tensor zeroed = torch::where(observed, flat, torch::zeros_like(flat));
    const torch::Tensor sums = zeroed.sum(0);
    const torch::Tensor means = sums / counts.clamp_min(1);
    const torch::Tensor centred = torch::where(observed, flat - means, torch::zeros_like(flat));
    const torch::Tensor stds = (centred.pow(2).sum(0) / counts.clamp_min(1)).sqrt();
    mean.resize(static_cast<size_t>(F));
    std_dev.resize(static_cast<size_t>(F));
    for (int64_t f = 0; f < F; ++f) {
        mean[static_cast<size_t>(f)] = means[f].item<double>();
        const double s = stds[f].item<double>();
        std_dev[static_cast<size_t>(f)] = s > 0 ? s : 1.0;
    }
}

void normalise(SequenceDataset& d, const std::vector<double>& mean, const std::vector<double>& std_dev) {
    const torch::Tensor m = torch::tensor(mean, torch::kDouble).to(torch::kFloat);
    const torch::Tensor s = torch::tensor(std_dev, torch::kDouble).to(torch::kFloat);
    const torch::Tensor observed = torch::isfinite(d.frames);
    d.missing = (~observed).to(torch::kByte).contiguous();
    d.frames = torch::where(observed, (d.frames - m) / s, torch::zeros_like(d.frames)).contiguous();
}

}  // namespace

SeriesSamples::SeriesSamples(int64_t steps, std::vector<std::string> feature_names)
    : steps_(steps), feature_names_(std::move(feature_names)) {}

float* SeriesSamples::append() {
    const size_t per_sample = static_cast<size_t>(steps_ * features());
    values_.resize(values_.size() + per_sample, std::numeric_limits<float>::quiet_NaN());
    ++count_;
    return values_.data() + values_.size() - per_sample;
}

torch::Tensor SeriesSamples::tensor() const {
    return torch::from_blob(const_cast<float*>(values_.data()), {count_, steps_, features()}, torch::kFloat).clone();
}

DatasetSplits finishSeriesSplits(SequenceDataset all, const std::vector<bool>& is_test, SeriesBuild build) {
    const std::string& name = build.name;
    std::vector<int64_t> train_rows, test_rows;
    for (size_t i = 0; i < is_test.size(); ++i)
        (is_test[i] ? test_rows : train_rows).push_back(static_cast<int64_t>(i));
    if (train_rows.empty())
        throwFileError(build.source, "no training sample could be built");
    all.name = name;
    all.attributes["source"] = build.source;
    all.attributes["options"] = build.options;
    DatasetSplits splits;
    splits.train = subset(all, torch::tensor(train_rows, torch::kLong), name + "/train");
    splits.test = subset(all, torch::tensor(test_rows, torch::kLong), name + "/test");
    std::vector<double> mean, std_dev;
    observedStatistics(splits.train.frames, mean, std_dev);
    for (SequenceDataset* d : {&splits.train, &splits.test}) {
        normalise(*d, mean, std_dev);
        d->attributes["features"] = joined(build.feature_names);
        d->attributes["normalisation"] = "z-score per feature from the observed training entries; missing -> 0";
        d->attributes["feature_mean"] = joined(mean);
        d->attributes["feature_std"] = joined(std_dev);
    }
    splits.skipped = std::move(build.skipped);
    return splits;
}

LabelColumn labelColumn(const std::string& name, std::vector<std::string> classes, const std::vector<int64_t>& values) {
    return {name, std::move(classes), torch::tensor(values, torch::kLong)};
}

ValueColumn valueColumn(const std::string& name, const std::vector<float>& values, int64_t steps) {
    torch::Tensor t = torch::tensor(values, torch::kFloat);
    if (steps > 0)
        t = t.reshape({-1, steps});
    return {name, t.contiguous()};
}

}  // namespace dbse
