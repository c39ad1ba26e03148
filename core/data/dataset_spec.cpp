// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset_spec.h"

#include "core/data/builtin_datasets.h"
#include "core/data/npy_dataset.h"

#include <stdexcept>

namespace dbse {

DatasetSpec parseDatasetSpec(const std::string& text) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        throw std::invalid_argument("dataset '" + text + "': expected KIND:PATH, e.g. builtin:shapes");
    DatasetSpec spec{text.substr(0, colon), text.substr(colon + 1)};
    if (spec.kind != "builtin" && spec.kind != "npy")
        throw std::invalid_argument("dataset '" + text + "': unknown kind '" + spec.kind + "' (known: builtin, npy)");
    return spec;
}

DatasetSplits loadDataset(const DatasetSpec& spec) {
    if (spec.kind == "builtin")
        return loadBuiltinDataset(spec.path);
    if (spec.kind == "npy")
        return loadNpyDataset(spec.path);
    throw std::invalid_argument("dataset '" + spec.text() + "': unknown kind");
}

}  // namespace dbse
