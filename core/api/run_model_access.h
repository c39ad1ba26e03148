// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/api (uses torch): the model behind a RunModel, for the facades that run it
// (latent codes, swap, resample). The model is not thread-safe: use it only through
// RunModelAccess::use, which holds the RunModel's mutex for the whole call.

#include "core/api/run_model.h"
#include "core/model/inference_model.h"
#include "core/train/run_folder.h"

#include <mutex>

namespace dbse::api {

struct RunModel::Impl {
    RunConfig config;
    std::string run_dir;
    int epoch = 0;
    std::unique_ptr<InferenceModel> model;  // eval mode, checkpoint weights
    std::mutex mutex;                       // guards every use of `model`
};

struct RunModelAccess {
    // Calls work(InferenceModel&, const RunConfig&) with the model locked; returns its result.
    template <typename Work>
    static auto use(const RunModel& run, Work&& work) {
        RunModel::Impl& impl = *run.impl_;
        std::lock_guard<std::mutex> lock(impl.mutex);
        return work(*impl.model, static_cast<const RunConfig&>(impl.config));
    }
};

}  // namespace dbse::api
