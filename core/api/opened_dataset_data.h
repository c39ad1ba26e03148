// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/api (uses torch): the tensors behind an OpenedDataset, for the facades that
// run a model on its sequences (run_model.h). Immutable like the OpenedDataset itself, so it may
// be read from any thread while the dataset lives.

#include "core/api/opened_dataset.h"
#include "core/data/dataset_spec.h"
#include "core/data/sequence_dataset.h"

namespace dbse::api {

// `split`: "train" or "test" (else std::invalid_argument).
const SequenceDataset& splitData(const OpenedDataset& dataset, const std::string& split);
// Both splits with their cache file (e.g. to find the dataset's judge).
const DatasetSplits& allSplits(const OpenedDataset& dataset);

}  // namespace dbse::api
