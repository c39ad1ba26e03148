// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `physionet:DIR`: PhysioNet/CinC Challenge 2012, DIR holding set-a/ (one "Time,Parameter,Value"
// record per ICU stay) and Outcomes-a.txt beside it, built from the raw records as PROTOCOLS 4
// describes:
//   - static descriptors from the 00:00 rows (RecordID, Age, Gender, Height, ICUType, Weight;
//     -1 = unknown; Age > 130 -> 91.4);
//   - the 10 features DiasABP GCS HCT MAP NIDiasABP NIMAP NISysABP RespRate SysABP Temp, binned
//     by the hour (mean) from the record's first to its last time-varying measurement;
//     outlier fixes for the used features: negative values are unknown, Temp below 25 is
//     unknown and Temp above 45 (Fahrenheit) is converted to Celsius;
//   - records with fewer than 40 hourly rows or more than 60% missing cells are dropped (the
//     stays holding static descriptors only, 3 in set-a, fall under the first rule);
//   - post-padded to 80 hours (padding is missing);
//   - test = the first 20% of kept records in RecordID order, train = the rest (the published
//     train + validation pool).
// Labels: ICU type (static, 4 classes); value columns age, gender, height, weight, saps_i, sofa,
// in_hospital_death, hours (true length) [N] and mechvent [N, T].
// Errors ("<file>: problem", OnError::Stop throws, Skip leaves the record out): an unreadable,
// empty or ragged record, a non-numeric value, a bad time, a record with no time series
// (no row besides the header), no RecordID, an ICUType outside 1..4, no outcome row.

#include "core/data/dataset_spec.h"

namespace dbse {

DatasetForm physionetDatasetForm();  // a folder, no options
DatasetSplits loadPhysionetDataset(const std::string& path_with_options, const DatasetOptions& options);

}  // namespace dbse
