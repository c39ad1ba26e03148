// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inside core/api only (includes torch through sequence_dataset.h): the preview of a dataset
// already in memory, shared by previewDataset() and buildDataset().

#include "core/api/dataset_preview.h"
#include "core/data/sequence_dataset.h"

namespace dbse::api {

// The first `count` sequences of `d`. Throws std::invalid_argument for video that is neither
// RGB nor grey.
DatasetPreview previewOf(const SequenceDataset& d, int count);

}  // namespace dbse::api
