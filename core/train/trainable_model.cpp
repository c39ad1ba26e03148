// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/trainable_model.h"

#include "core/model/autocast_scope.h"
#include "core/model/series_loss.h"
#include "core/util/runtime.h"
#include "core/util/tensor_text.h"

#include <stdexcept>

namespace dbse {
namespace {

class TrainableVideoModel final : public TrainableModel {
public:
    explicit TrainableVideoModel(const Preset& p)
        : model_(makeModel(p.model)), loss_config_(p.loss), precision_(p.train.precision) {
        // Recomputing is chosen to save memory, so the process's malloc policy follows.
        const bool recompute = recomputesActivations(p.model, p.train);
        model_->setRecomputeActivations(recompute);
        if (recompute)
            preferLowMemory();
    }
    std::shared_ptr<torch::nn::Module> network() const override { return model_.ptr(); }
    LossTerms loss(const torch::Tensor& x, const torch::Tensor&, int anchor, KlScale kl_scale,
                   torch::Generator* generator) override {
        DbseOutputs outputs;
        {
            const AutocastScope autocast(x.device().type(), precision_);
            outputs = model_->forward(x, anchor, generator);
        }
        return computeLoss(inFloat32(std::move(outputs)), x, loss_config_, kl_scale);
    }
    int anchorPositions() const override { return model_->config().frames; }

private:
    DbseModel model_;
    LossConfig loss_config_;
    Precision precision_;
};

class TrainableSeriesModel final : public TrainableModel {
public:
    explicit TrainableSeriesModel(const Preset& p) : model_(makeSeriesModel(p.model)), loss_config_(p.loss) {}
    std::shared_ptr<torch::nn::Module> network() const override { return model_.ptr(); }
    LossTerms loss(const torch::Tensor& x, const torch::Tensor& missing, int anchor, KlScale kl_scale,
                   torch::Generator* generator) override {
        return seriesTrainingLoss(*model_, x, missing, anchor, loss_config_, kl_scale, generator);
    }
    int anchorPositions() const override { return model_->windows(); }

private:
    SeriesModel model_;
    LossConfig loss_config_;
};

}  // namespace

std::unique_ptr<TrainableModel> makeTrainableModel(const Preset& preset) {
    if (preset.model.modality == "series")
        return std::make_unique<TrainableSeriesModel>(preset);
    return std::make_unique<TrainableVideoModel>(preset);
}

void checkSeriesCompatible(const SequenceDataset& d, const ModelConfig& m, const std::string& preset) {
    if (d.size() == 0)
        throw std::invalid_argument("dataset '" + d.name + "' is empty");
    if (d.frames.dim() != 3 || d.frames.scalar_type() != torch::kFloat || d.length() != m.frames ||
        d.frames.size(2) != m.features)
        throw std::invalid_argument("dataset '" + d.name + "' holds " + shapeText(d.frames) + " (" +
                                    std::string(c10::toString(d.frames.scalar_type())) + "), but preset '" + preset +
                                    "' expects float series [N, " + std::to_string(m.frames) + ", " +
                                    std::to_string(m.features) + "]");
}

}  // namespace dbse
