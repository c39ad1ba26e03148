// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sequences `indices` of a dataset (or any index order), visited in order in batches on
// one device: the loop every evaluation protocol and predictor runs over a split.

#include "core/data/sequence_dataset.h"
#include "core/util/cancel_scope.h"

#include <torch/torch.h>

#include <algorithm>

namespace dbse {

// visit(slice) for consecutive slices of `order` (int64 [N]) of at most `batch` rows. Throws
// dbse::Cancelled before a slice when the thread's CancelScope flag is set.
template <typename Visit>
void forEachSlice(const torch::Tensor& order, int64_t batch, Visit&& visit) {
    for (int64_t begin = 0; begin < order.size(0); begin += batch) {
        throwIfCancelled();
        visit(order.narrow(0, begin, std::min<int64_t>(batch, order.size(0) - begin)));
    }
}

// visit(indices [b], x float [b, T, ...] on device, missing float or undefined) for
// consecutive slices of `indices` (int64 [N]) of at most `batch` sequences.
template <typename Visit>
void forEachBatch(const SequenceDataset& dataset, const torch::Tensor& indices, int64_t batch,
                  const torch::Device& device, Visit&& visit) {
    forEachSlice(indices, batch, [&](const torch::Tensor& idx) {
        visit(idx, dataset.batch(idx, device), dataset.missingBatch(idx, device));
    });
}

}  // namespace dbse
