// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/api (uses torch): the tensors behind a RowSet, and how a RowSet is made.

#include "core/api/opened_dataset.h"
#include "core/api/row_set.h"
#include "core/data/sequence_dataset.h"

#include <torch/types.h>

namespace dbse::api {

struct RowTensors {
    torch::Tensor values;   // float CPU [rows, T, ...element], as the model sees them
    torch::Tensor missing;  // float [rows, T, ...] (1 = missing) or undefined
    std::vector<std::string> names;
    std::string modality;
    // The dataset whose settings (pixel scale, STFT, series units) the rows follow; `data`
    // points into it (or into `own_data` for a decoded file) and lives as long as this.
    std::shared_ptr<const OpenedDataset> dataset;
    std::shared_ptr<const SequenceDataset> own_data;
    const SequenceDataset* data = nullptr;
};

// Makes the rows `names` of `tensors` (values [rows, T, ...] on any device) with their pictures
// or series values; labels are left for the caller.
RowSet makeRowSet(RowTensors tensors);

}  // namespace dbse::api
