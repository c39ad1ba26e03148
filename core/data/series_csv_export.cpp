// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/series_csv_export.h"

#include "core/util/atomic_file.h"
#include "core/util/tensor_text.h"
#include "core/util/text_split.h"

#include <torch/torch.h>

#include <sstream>
#include <stdexcept>

namespace dbse {
namespace {

void requirePlainName(const std::string& text, const std::string& what) {
    if (text.empty() || text.find_first_of(",\"\r\n") != std::string::npos)
        throw std::invalid_argument("series CSV: " + what + " '" + text + "' must be non-empty, without , \" or newlines");
}

// The attribute `key` as F numbers, or undefined when absent or malformed.
torch::Tensor numbersOf(const SequenceDataset& d, const char* key, int64_t F) {
    const auto it = d.attributes.find(key);
    if (it == d.attributes.end())
        return {};
    std::vector<float> numbers;
    try {
        for (const auto& part : splitText(it->second, ','))
            numbers.push_back(std::stof(part));
    } catch (const std::exception&) {
        return {};
    }
    return static_cast<int64_t>(numbers.size()) == F ? torch::tensor(numbers) : torch::Tensor();
}

}  // namespace

SeriesUnits seriesUnitsOf(const SequenceDataset& dataset, int64_t features) {
    SeriesUnits u;
    const auto names = dataset.attributes.find("features");
    if (names != dataset.attributes.end())
        u.names = splitText(names->second, ',');
    if (static_cast<int64_t>(u.names.size()) != features) {
        u.names.clear();
        for (int64_t f = 0; f < features; ++f)
            u.names.push_back("f" + std::to_string(f));
    }
    u.mean = numbersOf(dataset, "feature_mean", features);
    u.std = numbersOf(dataset, "feature_std", features);
    if (!u.mean.defined() || !u.std.defined()) {
        u.mean = torch::zeros({features});
        u.std = torch::ones({features});
    }
    return u;
}

void writeSeriesCsv(const std::string& path, const std::vector<std::string>& feature_names,
                    const std::vector<SeriesCsvRow>& rows) {
    const int64_t F = static_cast<int64_t>(feature_names.size());
    std::ostringstream out;
    out.precision(9);
    out << "series,step";
    for (const auto& name : feature_names) {
        requirePlainName(name, "feature name");
        out << ',' << name;
    }
    out << '\n';
    for (const auto& row : rows) {
        requirePlainName(row.name, "series name");
        if (!row.values.defined() || row.values.dim() != 2 || row.values.size(1) != F)
            throw std::invalid_argument("series CSV: '" + row.name + "' has values " +
                                        (row.values.defined() ? shapeText(row.values) : std::string("(none)")) +
                                        ", expected [T, " + std::to_string(F) + "]");
        const torch::Tensor values = row.values.detach().to(torch::kCPU, torch::kFloat).contiguous();
        torch::Tensor missing;
        if (row.missing.defined()) {
            if (!row.missing.sizes().equals(row.values.sizes()))
                throw std::invalid_argument("series CSV: '" + row.name + "' has a mask " + shapeText(row.missing) +
                                            " unlike its values " + shapeText(row.values));
            missing = (row.missing.detach().to(torch::kCPU) != 0).contiguous();
        }
        const float* v = values.data_ptr<float>();
        const bool* m = missing.defined() ? missing.data_ptr<bool>() : nullptr;
        for (int64_t t = 0; t < values.size(0); ++t) {
            out << row.name << ',' << t;
            for (int64_t f = 0; f < F; ++f) {
                out << ',';
                if (!(m && m[t * F + f]))
                    out << v[t * F + f];
            }
            out << '\n';
        }
    }
    writeFileAtomically(path, out.str());
}

}  // namespace dbse
