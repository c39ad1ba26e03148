// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "--dataset KIND:PATH" -> the train and test splits of a dataset.

#include "core/data/sequence_dataset.h"

#include <string>

namespace dbse {

struct DatasetSpec {
    std::string kind;  // "builtin" or "npy"
    std::string path;  // the part after the first ':' (a name for builtin, a file for npy)
    std::string text() const { return kind + ":" + path; }
};

// Throws std::invalid_argument for text without "KIND:" or an unknown kind.
DatasetSpec parseDatasetSpec(const std::string& text);

struct DatasetSplits {
    SequenceDataset train;
    SequenceDataset test;
};

DatasetSplits loadDataset(const DatasetSpec& spec);

}  // namespace dbse
