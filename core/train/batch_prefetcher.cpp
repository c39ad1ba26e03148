// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/batch_prefetcher.h"

#include <torch/torch.h>

#include <cstring>
#include <random>

namespace dbse {

std::vector<int64_t> epochOrder(int64_t n, uint64_t seed, int epoch) {
    std::seed_seq seq{static_cast<uint32_t>(seed), static_cast<uint32_t>(seed >> 32),
                      static_cast<uint32_t>(epoch), 0x5eedu};
    std::mt19937_64 rng(seq);
    std::vector<int64_t> order(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        order[static_cast<size_t>(i)] = i;
    // Fisher-Yates with our own integer draw: identical on every standard library.
    for (int64_t i = n - 1; i > 0; --i) {
        const int64_t j = static_cast<int64_t>(rng() % static_cast<uint64_t>(i + 1));
        std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(j)]);
    }
    return order;
}

int64_t batchesPerEpoch(int64_t n, int batch, bool drop_last) {
    return drop_last ? n / batch : (n + batch - 1) / batch;
}

BatchPrefetcher::BatchPrefetcher(const SequenceDataset& dataset, std::vector<int64_t> order, int batch,
                                 bool drop_last, torch::Device device, int64_t first_batch, size_t depth)
    : dataset_(dataset), order_(std::move(order)), batch_(batch),
      batches_(batchesPerEpoch(static_cast<int64_t>(order_.size()), batch, drop_last)), device_(device),
      first_batch_(first_batch), depth_(std::max<size_t>(1, depth)) {
    worker_ = std::thread([this] { work(); });
}

BatchPrefetcher::~BatchPrefetcher() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
    worker_.join();
}

PreparedBatch BatchPrefetcher::prepare(int64_t batch_index) const {
    const int64_t begin = batch_index * batch_;
    const int64_t size = std::min<int64_t>(batch_, static_cast<int64_t>(order_.size()) - begin);
    const torch::Tensor& frames = dataset_.frames;
    const int64_t per_sequence = frames.numel() / frames.size(0);
    const float scale = static_cast<float>(dataset_.pixel_scale);

    PreparedBatch out;
    out.index = batch_index;
    out.sequence = torch::from_blob(const_cast<int64_t*>(order_.data() + begin), {size}, torch::kLong).clone();
    std::vector<int64_t> shape = frames.sizes().vec();
    shape[0] = size;
    torch::Tensor x = torch::empty(shape, torch::kFloat);
    float* dst = x.data_ptr<float>();
    if (frames.scalar_type() == torch::kFloat) {  // spectrograms, series: used as they are
        const float* src = frames.data_ptr<float>();
        for (int64_t b = 0; b < size; ++b)
            std::memcpy(dst + b * per_sequence, src + order_[static_cast<size_t>(begin + b)] * per_sequence,
                        static_cast<size_t>(per_sequence) * sizeof(float));
    }
    const uint8_t* src = frames.scalar_type() == torch::kByte ? frames.data_ptr<uint8_t>() : nullptr;
    for (int64_t b = 0; src != nullptr && b < size; ++b) {
        const uint8_t* s = src + order_[static_cast<size_t>(begin + b)] * per_sequence;
        float* d = dst + b * per_sequence;
        for (int64_t i = 0; i < per_sequence; ++i)
            d[i] = static_cast<float>(s[i]) * scale;
    }
    out.x = device_.is_cpu() ? x : x.to(device_);
    return out;
}

void BatchPrefetcher::work() {
    try {
        for (int64_t b = first_batch_; b < batches_; ++b) {
            {
                std::unique_lock<std::mutex> lock(mutex_);
                changed_.wait(lock, [this] { return stop_ || ready_.size() < depth_; });
                if (stop_)
                    return;
            }
            PreparedBatch batch = prepare(b);
            {
                std::lock_guard<std::mutex> lock(mutex_);
                ready_.push_back(std::move(batch));
            }
            changed_.notify_all();
        }
    } catch (...) {
        std::lock_guard<std::mutex> lock(mutex_);
        error_ = std::current_exception();
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        finished_ = true;
    }
    changed_.notify_all();
}

std::optional<PreparedBatch> BatchPrefetcher::next() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return !ready_.empty() || finished_; });
    if (!ready_.empty()) {
        PreparedBatch batch = std::move(ready_.front());
        ready_.pop_front();
        lock.unlock();
        changed_.notify_all();
        return batch;
    }
    if (error_)
        std::rethrow_exception(error_);
    return std::nullopt;
}

}  // namespace dbse
