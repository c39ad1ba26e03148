// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checkpoint files: model + optimizer + position in training + RNG state, with a versioned
// header and a checksum. Layout (little endian):
//   "DBSECKPT" | u32 format version | u64 header size | header JSON |
//   u64 payload size | payload (LibTorch archive) | u32 CRC-32 of all preceding bytes
// Written atomically (temporary file + rename): a crash never leaves a broken checkpoint.

#include "core/model/dbse_model.h"

#include <nlohmann/json.hpp>

#include <string>

namespace torch::optim {
class Optimizer;
}

namespace dbse {

inline constexpr uint32_t kCheckpointFormatVersion = 1;

struct CheckpointHeader {
    uint32_t format_version = kCheckpointFormatVersion;
    int epoch = 0;               // 0-based epoch in progress (== epochs completed when batch is 0)
    int64_t batch = 0;           // next batch of that epoch
    int64_t global_step = 0;     // optimizer steps so far
    nlohmann::json run_config;   // the run's config.json
    nlohmann::json epoch_accumulator;  // loss sums of the partial epoch (empty at a boundary)
    std::string torch_version;
};

// Saves model parameters and buffers, the optimizer state (if given) and the global RNG
// state of the CPU (and of CUDA when in use). Throws std::runtime_error naming `path`.
void saveCheckpoint(const std::string& path, const CheckpointHeader& header, torch::nn::Module& model,
                    const torch::optim::Optimizer* optimizer);

// Reads and verifies the header only (checksum included). Throws std::runtime_error
// "<path>: <problem>" for a truncated, corrupted, foreign or newer file.
CheckpointHeader readCheckpointHeader(const std::string& path);

// Verifies the file and loads it into `model` (and `optimizer`, and the RNG state when
// `restore_rng`). The model must have the architecture of header.run_config.
CheckpointHeader loadCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer* optimizer,
                                bool restore_rng);

// CRC-32 over the names and bytes of every parameter and buffer of `model`, in registration
// order: equal digests mean bit-identical weights (for comparing runs, e.g. after a resume).
uint32_t parameterDigest(const torch::nn::Module& model);

}  // namespace dbse
