// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade over a run opened for exploration (latent map, swap, resample): its
// config and its model with the weights of the run's checkpoint at the time of opening. A run
// that is still training is opened as a snapshot: open it again to see a newer checkpoint.
// Safe to include from Qt code (no torch headers).
//
// Threads: open() blocks (it reads the checkpoint): call it off the GUI thread. The model is
// used under an internal mutex (run_model_access.h), so workers may share one RunModel; work
// on it is serialised.

#include <memory>
#include <string>

namespace dbse::api {

class RunModel {
public:
    // Opens `run_dir` (config.json and its checkpoint) on `device` ("cpu", "cuda", "cuda:N").
    // Throws std::runtime_error naming the folder or file when there is no usable checkpoint.
    static std::shared_ptr<RunModel> open(const std::string& run_dir, const std::string& device = "cpu");
    ~RunModel();
    RunModel(const RunModel&) = delete;
    RunModel& operator=(const RunModel&) = delete;

    const std::string& runDir() const;
    // The run's dataset spec as its config.json says (open it with OpenedDataset::open).
    const std::string& datasetSpec() const;
    // "video", "audio" or "series".
    const std::string& modality() const;
    int staticDim() const;
    int dynamicDim() const;
    // Epochs completed by the checkpoint that was loaded.
    int epoch() const;

private:
    struct Impl;
    friend struct RunModelAccess;
    explicit RunModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace dbse::api
