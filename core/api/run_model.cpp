// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/run_model.h"

#include "core/api/run_model_access.h"
#include "core/train/checkpoint.h"
#include "core/train/run_loader.h"
#include "core/train/trainer.h"

namespace dbse::api {

RunModel::RunModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RunModel::~RunModel() = default;

std::shared_ptr<RunModel> RunModel::open(const std::string& run_dir, const std::string& device) {
    const RunFolder run = RunFolder::open(run_dir);
    auto impl = std::make_unique<Impl>();
    impl->config = run.config();
    impl->run_dir = run.dir();
    // The header first: a checkpoint replaced in between (training goes on) is newer, never older.
    if (run.hasCheckpoint())
        impl->epoch = readCheckpointHeader(run.checkpointPath()).epoch;
    impl->model = loadTrainedModel(run, resolveDevice(device));
    return std::shared_ptr<RunModel>(new RunModel(std::move(impl)));
}

const std::string& RunModel::runDir() const { return impl_->run_dir; }
const std::string& RunModel::datasetSpec() const { return impl_->config.dataset; }
const std::string& RunModel::modality() const { return impl_->config.preset.model.modality; }
int RunModel::staticDim() const { return impl_->config.preset.model.f_dim; }
int RunModel::dynamicDim() const { return impl_->config.preset.model.z_dim; }
int RunModel::epoch() const { return impl_->epoch; }

}  // namespace dbse::api
