// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/monthly_blocks.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace dbse {

std::vector<MonthBlock> monthlyBlocks(const std::vector<DateTime>& times, int64_t steps, int64_t& short_groups) {
    std::map<std::pair<int, int>, size_t> index_of;
    std::vector<MonthBlock> groups;
    for (size_t row = 0; row < times.size(); ++row) {
        const auto key = std::make_pair(times[row].year, times[row].month);
        auto it = index_of.find(key);
        if (it == index_of.end()) {
            it = index_of.emplace(key, groups.size()).first;
            groups.push_back({key.first, key.second, {}});
        }
        std::vector<size_t>& rows = groups[it->second].rows;
        if (static_cast<int64_t>(rows.size()) <= steps)
            rows.push_back(row);  // one more than needed tells a full month from a short one
    }
    std::vector<MonthBlock> kept;
    short_groups = 0;
    for (auto& g : groups) {
        if (static_cast<int64_t>(g.rows.size()) < steps) {
            ++short_groups;
            continue;
        }
        g.rows.resize(static_cast<size_t>(steps));
        kept.push_back(std::move(g));
    }
    return kept;
}

void fillSample(const CsvTable& table, const std::vector<size_t>& rows, const std::vector<size_t>& columns,
                float* sample, OnError on_error, std::vector<std::string>& skipped) {
    const size_t F = columns.size();
    for (size_t t = 0; t < rows.size(); ++t)
        for (size_t f = 0; f < F; ++f)
            sample[t * F + f] = static_cast<float>(numericCell(table, rows[t], columns[f], on_error, skipped));
}

std::vector<size_t> columnsOf(const CsvTable& table, const std::vector<std::string>& names) {
    std::vector<size_t> columns;
    for (const auto& name : names)
        columns.push_back(table.column(name));
    return columns;
}

std::vector<std::string> monthClassNames() {
    std::vector<std::string> names;
    for (int m = 1; m <= 12; ++m)
        names.push_back(std::to_string(m));
    return names;
}

void addMonthYearLabels(SequenceDataset& dataset, const std::vector<int>& years, const std::vector<int>& months) {
    if (years.empty())
        return;
    const std::set<int> year_set(years.begin(), years.end());
    const std::vector<int> year_list(year_set.begin(), year_set.end());
    std::vector<std::string> year_names;
    for (int y : year_list) year_names.push_back(std::to_string(y));
    std::vector<int64_t> year_index, month_index;
    for (size_t i = 0; i < years.size(); ++i) {
        year_index.push_back(std::lower_bound(year_list.begin(), year_list.end(), years[i]) - year_list.begin());
        month_index.push_back(months[i] - 1);
    }
    dataset.static_labels.push_back(labelColumn("month", monthClassNames(), month_index));
    dataset.static_labels.push_back(labelColumn("year", year_names, year_index));
}

}  // namespace dbse
