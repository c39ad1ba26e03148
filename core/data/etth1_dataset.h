// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `etth1:FILE`: the original ETTh1.csv (columns date, HUFL, HULL, MUFL, MULL, LUFL, LULL, OT),
// cut as PROTOCOLS 4 says: one sample = the first 672 hours of each (year, month) of the `date`
// column (shorter months left out); features HUFL..LULL (6); 2016 -> test, 2017-2018 -> train
// (the published train + validation pool). Labels: year and month (static); the raw OT and day
// of every hour are kept as value columns [N, T]. Option: steps=N (default 672).

#include "core/data/dataset_spec.h"

namespace dbse {

DatasetForm etth1DatasetForm();  // the options loadEtth1Dataset reads
DatasetSplits loadEtth1Dataset(const std::string& path_with_options, const DatasetOptions& options);

}  // namespace dbse
