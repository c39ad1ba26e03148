// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PhysioNet 2012 records and outcome tables (core/data/physionet_dataset.h).
// The first byte chooses what the rest of the input is: odd — a record (set-a/132539.txt) read
// beside a fixed Outcomes-a.txt; even — the Outcomes-a.txt read beside a fixed record. Both
// loads run with on_error=skip (bad records left out) and stop (the first problem throws).

#include "core/data/physionet_dataset.h"
#include "fuzz_input.h"

#include <exception>
#include <string>

namespace {

// RecordID 132539 with 41 hours of two features, enough to be kept.
std::string fixedRecord() {
    std::string text = "Time,Parameter,Value\n00:00,RecordID,132539\n00:00,Age,54\n00:00,Gender,0\n"
                       "00:00,Height,-1\n00:00,ICUType,4\n00:00,Weight,-1\n";
    for (int hour = 0; hour < 41; ++hour) {
        const std::string t = (hour < 10 ? "0" : "") + std::to_string(hour) + ":30";
        text += t + ",HR,80\n" + t + ",Temp,37.1\n" + t + ",MAP,70\n" + t + ",GCS,15\n";
    }
    return text;
}

const std::string kFixedOutcomes = "RecordID,SAPS-I,SOFA,Length_of_stay,Survival,In-hospital_death\n132539,6,1,5,-1,0\n";

void load(dbse::OnError on_error) {
    dbse::DatasetOptions options;
    options.on_error = on_error;
    options.cache_dir = (dbse::fuzz::scratchDir() / "cache").string();
    try {
        dbse::loadPhysionetDataset((dbse::fuzz::scratchDir() / "physionet").string(), options);
    } catch (const std::exception&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    static const std::string record = fixedRecord();
    const bool fuzz_record = data[0] & 1;
    const auto* fixed = reinterpret_cast<const uint8_t*>(fuzz_record ? kFixedOutcomes.data() : record.data());
    const size_t fixed_size = fuzz_record ? kFixedOutcomes.size() : record.size();
    dbse::fuzz::writeInput(fuzz_record ? data + 1 : fixed, fuzz_record ? size - 1 : fixed_size,
                           "physionet/set-a/132539.txt");
    dbse::fuzz::writeInput(fuzz_record ? fixed : data + 1, fuzz_record ? fixed_size : size - 1,
                           "physionet/Outcomes-a.txt");
    load(dbse::OnError::Skip);
    load(dbse::OnError::Stop);
    return 0;
}
