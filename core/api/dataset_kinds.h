// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade: the dataset kinds this build can load (core's own, plus the media kinds
// once registerMediaDatasetKinds() has run). Safe to include from Qt code.

#include "core/data/dataset_form.h"

#include <string>
#include <vector>

namespace dbse::api {

using dbse::DatasetForm;
using dbse::DatasetOptionInfo;
using dbse::DatasetPathType;
using dbse::OptionType;

struct DatasetKindInfo {
    std::string name;         // the KIND of KIND:PATH, e.g. "video"
    std::string usage;        // e.g. "video:DIR"
    std::string description;  // one line
    DatasetForm form;         // what PATH names and the options after '?'
};

// Sorted by name. Any thread.
std::vector<DatasetKindInfo> datasetKinds();

}  // namespace dbse::api
