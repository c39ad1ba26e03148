// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CSV tables of time series (core/data/csv_table.h) — the reader, then every
// cell as a number and as a date, as the CSV, ETTh1 and air-quality loaders read them.

#include "core/data/csv_table.h"
#include "fuzz_input.h"

#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string file = dbse::fuzz::writeInput(data, size, "table.csv");
    std::vector<std::string> skipped;
    try {
        const dbse::CsvTable table = dbse::readCsvTable(file, dbse::OnError::Skip, skipped);
        for (size_t row = 0; row < table.rows.size(); ++row)
            for (size_t column = 0; column < table.header.size(); ++column) {
                dbse::numericCell(table, row, column, dbse::OnError::Skip, skipped);
                dbse::DateTime when;
                dbse::parseDateTime(table.rows[row][column], when);
            }
        dbse::readCsvTable(file, dbse::OnError::Stop, skipped);
    } catch (const std::exception&) {
    }
    return 0;
}
