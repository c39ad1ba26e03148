// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/inference_model.h"

#include <torch/torch.h>

namespace dbse {
namespace {

torch::Device deviceOf(const torch::nn::Module& module) {
    const auto parameters = module.parameters();
    return parameters.empty() ? torch::Device(torch::kCPU) : parameters.front().device();
}

class VideoInference final : public InferenceModel {
public:
    explicit VideoInference(DbseModel model) : model_(std::move(model)) {}
    const ModelConfig& config() const override { return model_->config(); }
    torch::Device device() const override { return deviceOf(*model_); }
    torch::nn::Module& network() override { return *model_; }
    EncodedCodes encode(const torch::Tensor& x, const torch::Tensor&, torch::Generator* generator) override {
        return dbse::encode(*model_, x, generator);
    }
    torch::Tensor reconstruct(const torch::Tensor& x, const torch::Tensor&, torch::Generator* generator) override {
        return dbse::reconstruct(*model_, x, generator);
    }
    torch::Tensor decode(const torch::Tensor& z, const torch::Tensor& f, torch::Generator*) override {
        return dbse::decode(*model_, z, f);
    }
    SwapResult swap(const torch::Tensor& a, const torch::Tensor&, const torch::Tensor& b, const torch::Tensor&,
                    torch::Generator* generator) override {
        return dbse::swap(*model_, a, b, generator);
    }
    torch::Tensor sampleStatic(const torch::Tensor& x, const torch::Tensor&, int count,
                               torch::Generator* generator) override {
        return dbse::sampleStatic(*model_, x, count, generator);
    }
    torch::Tensor sampleDynamics(const torch::Tensor& x, const torch::Tensor&, int count,
                                 torch::Generator* generator) override {
        return dbse::sampleDynamics(*model_, x, count, generator);
    }

private:
    DbseModel model_;
};

class SeriesInference final : public InferenceModel {
public:
    explicit SeriesInference(SeriesModel model) : model_(std::move(model)) {}
    const ModelConfig& config() const override { return model_->config(); }
    torch::Device device() const override { return deviceOf(*model_); }
    torch::nn::Module& network() override { return *model_; }
    EncodedCodes encode(const torch::Tensor& x, const torch::Tensor& missing, torch::Generator* generator) override {
        return dbse::encode(*model_, x, missing, generator);
    }
    torch::Tensor reconstruct(const torch::Tensor& x, const torch::Tensor& missing,
                              torch::Generator* generator) override {
        return dbse::reconstruct(*model_, x, missing, generator);
    }
    torch::Tensor decode(const torch::Tensor& z, const torch::Tensor& f, torch::Generator* generator) override {
        return dbse::decode(*model_, z, f, generator);
    }
    SwapResult swap(const torch::Tensor& a, const torch::Tensor& a_missing, const torch::Tensor& b,
                    const torch::Tensor& b_missing, torch::Generator* generator) override {
        return dbse::swap(*model_, a, a_missing, b, b_missing, generator);
    }
    torch::Tensor sampleStatic(const torch::Tensor& x, const torch::Tensor& missing, int count,
                               torch::Generator* generator) override {
        return dbse::sampleStatic(*model_, x, missing, count, generator);
    }
    torch::Tensor sampleDynamics(const torch::Tensor& x, const torch::Tensor& missing, int count,
                                 torch::Generator* generator) override {
        return dbse::sampleDynamics(*model_, x, missing, count, generator);
    }

private:
    SeriesModel model_;
};

}  // namespace

std::unique_ptr<InferenceModel> makeInferenceModel(DbseModel model) {
    return std::make_unique<VideoInference>(std::move(model));
}

std::unique_ptr<InferenceModel> makeInferenceModel(SeriesModel model) {
    return std::make_unique<SeriesInference>(std::move(model));
}

std::unique_ptr<InferenceModel> makeInferenceModel(const ModelConfig& config) {
    if (config.modality == "series")
        return makeInferenceModel(makeSeriesModel(config));
    return makeInferenceModel(makeModel(config));
}

}  // namespace dbse
