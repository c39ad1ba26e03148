// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/dataset_kinds.h"

#include "core/data/dataset_spec.h"

namespace dbse::api {

std::vector<DatasetKindInfo> datasetKinds() {
    std::vector<DatasetKindInfo> kinds;
    for (const DatasetKind& kind : dbse::datasetKinds())
        kinds.push_back({kind.name, kind.usage, kind.description, kind.form});
    return kinds;
}

}  // namespace dbse::api
