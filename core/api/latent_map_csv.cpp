// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/latent_map_csv.h"

#include "core/util/atomic_file.h"

#include <sstream>
#include <stdexcept>

namespace dbse::api {

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

void writeLatentMapCsv(const std::string& path, const std::vector<float>& xy, const std::vector<SplitLabels>& labels) {
    if (xy.size() % 2 != 0)
        throw std::invalid_argument(path + ": a 2-D map needs an even number of coordinates, got " +
                                    std::to_string(xy.size()));
    const size_t n = xy.size() / 2;
    std::ostringstream out;
    out.precision(9);
    out << "index,x,y";
    for (const SplitLabels& column : labels) {
        if (column.values.size() != n)
            throw std::invalid_argument(path + ": label '" + column.name + "' has " +
                                        std::to_string(column.values.size()) + " values for " + std::to_string(n) +
                                        " points");
        for (int32_t value : column.values)
            if (value < 0 || static_cast<size_t>(value) >= column.classes.size())
                throw std::invalid_argument(path + ": label '" + column.name + "' has class index " +
                                            std::to_string(value) + " of " + std::to_string(column.classes.size()));
        out << ',' << csvField(column.name);
    }
    out << '\n';
    for (size_t i = 0; i < n; ++i) {
        out << i << ',' << xy[2 * i] << ',' << xy[2 * i + 1];
        for (const SplitLabels& column : labels)
            out << ',' << csvField(column.classes[static_cast<size_t>(column.values[i])]);
        out << '\n';
    }
    writeFileAtomically(path, out.str());
}

}  // namespace dbse::api
