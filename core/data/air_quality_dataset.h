// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `air-quality:DIR`: the Beijing Multi-Site Air-Quality data (UCI 501), a folder of station CSVs
// (PRSA_Data_<station>_20130301-20170228.csv, every *.csv of DIR, sorted by name), cut as
// PROTOCOLS 4 says: one sample = the first 672 hours of each (year, month, station); shorter
// groups left out; features PM2.5 PM10 SO2 NO2 CO O3 TEMP PRES DEWP WSPM; NA -> missing;
// 2016 -> test, the other years -> train (the published train + validation pool). Labels:
// station, month, year (static); RAIN and day of every hour as value columns [N, T].
// Each kept group gets its own sample index (the published loader reused the group
// enumeration index, wrong once a group was skipped [AS-CODED]). Option: steps=N (672).
// A station file that cannot be read is an error (OnError::Stop) or left out (Skip).

#include "core/data/dataset_spec.h"

namespace dbse {

DatasetForm airQualityDatasetForm();  // the options loadAirQualityDataset reads
DatasetSplits loadAirQualityDataset(const std::string& path_with_options, const DatasetOptions& options);

}  // namespace dbse
