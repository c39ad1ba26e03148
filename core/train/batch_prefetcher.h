// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Prepares the float batches of one epoch on a background thread while the training thread
// computes. The uint8 store is read in place; only the batches in the queue exist as float.

#include "core/data/sequence_dataset.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace dbse {

// The visiting order of epoch `epoch`: a permutation of [0, n) that depends only on
// (seed, epoch), so a resumed run visits the same batches in the same order.
std::vector<int64_t> epochOrder(int64_t n, uint64_t seed, int epoch);

// Number of batches per epoch for n sequences.
int64_t batchesPerEpoch(int64_t n, int batch, bool drop_last);

struct PreparedBatch {
    int64_t index = 0;       // batch number within the epoch
    torch::Tensor x;         // float [B, T, ...element] (video in [0, 1]), on the training device
    torch::Tensor missing;   // float, x's shape, 1 = missing; undefined when the dataset has no mask
    torch::Tensor sequence;  // int64 [B] dataset indices
};

class BatchPrefetcher {
public:
    // `dataset` must outlive the prefetcher. Starts at batch `first_batch` of `order`.
    // The worker converts with a plain loop (no LibTorch thread pool), so it never competes
    // with the training thread's OpenMP team.
    BatchPrefetcher(const SequenceDataset& dataset, std::vector<int64_t> order, int batch, bool drop_last,
                    torch::Device device, int64_t first_batch = 0, size_t depth = 2);
    ~BatchPrefetcher();  // stops the worker and joins it
    BatchPrefetcher(const BatchPrefetcher&) = delete;
    BatchPrefetcher& operator=(const BatchPrefetcher&) = delete;

    // The next batch, or nullopt after the last one. Rethrows a worker error.
    std::optional<PreparedBatch> next();

private:
    void work();
    PreparedBatch prepare(int64_t batch_index) const;

    const SequenceDataset& dataset_;
    std::vector<int64_t> order_;
    int batch_;
    int64_t batches_;
    torch::Device device_;
    int64_t first_batch_;
    size_t depth_;

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<PreparedBatch> ready_;
    bool finished_ = false;
    bool stop_ = false;
    std::exception_ptr error_;
    std::thread worker_;
};

}  // namespace dbse
