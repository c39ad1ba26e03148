// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Datasets generated in-process, with no files: the application's default.

#include "core/data/dataset_form.h"
#include "core/data/dataset_spec.h"

#include <string>
#include <vector>

namespace dbse {

struct BuiltinInfo {
    std::string name;         // used as builtin:<name>
    std::string description;
};
std::vector<BuiltinInfo> builtinDatasets();

// The PATH (a name) and the options of builtin:, for the Add Dataset dialog.
DatasetForm builtinDatasetForm();

// Train and test splits, generated from different seeds. `name_with_options` is "shapes" or
// "shapes?train=N&test=M" (default 3000 and 600 sequences; fewer make quick demos and tests).
// Throws std::invalid_argument listing the names for an unknown one, or naming a bad option.
DatasetSplits loadBuiltinDataset(const std::string& name_with_options);

}  // namespace dbse
