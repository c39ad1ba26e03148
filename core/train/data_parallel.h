// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Data-parallel training across processes with PyTorch's distributed backend (c10d: a TCPStore
// rendezvous and the Gloo process group), started as PyTorch jobs are (torchrun, SLURM):
// MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE, LOCAL_RANK in the environment.
//
// Every process holds the whole model and trains on its own part of each global batch; after
// backward the gradients are averaged across processes, so each takes the same optimizer step
// as one process would on the combined batch (BatchNorm statistics and sampled noise stay per
// process). Rank 0 alone writes the run folder.
//
// Threads: one thread per process uses an instance (collectives must be called in the same
// order by every process).

#include <torch/types.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace torch::nn {
class Module;
}

namespace dbse {

struct ProcessGroupEnv {
    int rank = 0;
    int world_size = 1;
    int local_rank = 0;
    std::string master_addr = "127.0.0.1";
    int master_port = 29500;
};

// The job's environment when WORLD_SIZE is set to 2 or more; nullopt for a single process.
// Throws std::invalid_argument naming the variable that is missing or out of range.
std::optional<ProcessGroupEnv> processGroupFromEnvironment();

// Whether this build has a process group backend (LibTorch built with Gloo).
bool haveDataParallel();

class DataParallel {
public:
    // Joins the job: rank 0 serves the rendezvous store at master_addr:master_port, every rank
    // connects and builds the Gloo group. Blocks until all ranks arrive or `timeout` passes
    // (std::runtime_error naming the address). Throws std::runtime_error when the build has no
    // Gloo. `timeout` also bounds every collective: the other ranks wait in one while rank 0
    // validates and writes a checkpoint (PyTorch's default, 30 minutes).
    explicit DataParallel(const ProcessGroupEnv& env, std::chrono::milliseconds timeout = std::chrono::minutes(30));
    ~DataParallel();
    DataParallel(const DataParallel&) = delete;
    DataParallel& operator=(const DataParallel&) = delete;

    int rank() const { return env_.rank; }
    int worldSize() const { return env_.world_size; }
    bool isMain() const { return env_.rank == 0; }

    // Every parameter and buffer of `module` as rank 0 holds them.
    void broadcastState(torch::nn::Module& module);
    // Each parameter's gradient replaced by its mean over the processes (call after backward).
    void averageGradients(torch::nn::Module& module);
    // Element-wise sums over the processes.
    std::vector<double> sum(std::vector<double> values);
    void barrier();

    // The part of an epoch's `order` this process trains on, batch after batch: global batch i
    // is order[i W B, (i+1) W B) for W processes of `batch` sequences; rank r takes its r-th
    // slice of B. An incomplete last global batch is left out.
    static std::vector<int64_t> shard(const std::vector<int64_t>& order, int64_t batch, int rank, int world_size);

private:
    struct Group;
    ProcessGroupEnv env_;
    std::unique_ptr<Group> group_;
};

}  // namespace dbse
