// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/csv_table.h"

#include "core/util/file_error.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dbse {
namespace {

constexpr uintmax_t kMaxCsvBytes = uintmax_t{1} << 30;

std::string trimmed(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

// Splits one line into cells, honouring double quotes. Returns false for an unclosed quote.
bool splitLine(const std::string& line, std::vector<std::string>& cells) {
    cells.clear();
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            cells.push_back(trimmed(cell));
            cell.clear();
        } else {
            cell += ch;
        }
    }
    cells.push_back(trimmed(cell));
    return !quoted;
}

}  // namespace

size_t CsvTable::column(const std::string& name) const {
    const auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end())
        throwFileError(file, "missing column '" + name + "'");
    return static_cast<size_t>(it - header.begin());
}

std::string CsvTable::where(size_t row, size_t column) const {
    return file + ": line " + std::to_string(lines[row]) + ", column '" + header[column] + "'";
}

CsvTable readCsvTable(const std::string& file, OnError on_error, std::vector<std::string>& skipped) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throwFileError(file, "not a readable file");
    if (std::filesystem::file_size(file, ec) > kMaxCsvBytes)
        throwFileError(file, "larger than 1 GiB; refusing to read it");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throwFileError(file, "cannot open the file");
    CsvTable table;
    table.file = file;
    std::string line;
    std::vector<std::string> cells;
    int64_t line_number = 0;
    while (std::getline(in, line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line_number == 1 && line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0)
            line.erase(0, 3);  // UTF-8 byte order mark
        if (trimmed(line).empty())
            continue;
        const bool closed = splitLine(line, cells);
        if (table.header.empty()) {
            if (!closed)
                throwFileError(file, "line " + std::to_string(line_number) + ": unclosed quote in the header");
            table.header = cells;
            continue;
        }
        std::string problem;
        if (!closed)
            problem = "unclosed quote";
        else if (cells.size() != table.header.size())
            problem = "has " + std::to_string(cells.size()) + " cells, the header has " +
                      std::to_string(table.header.size()) + " (ragged row)";
        if (!problem.empty()) {
            const std::string message = file + ": line " + std::to_string(line_number) + " " + problem;
            if (on_error == OnError::Stop)
                throw std::runtime_error(message);
            skipped.push_back(message);
            continue;
        }
        table.rows.push_back(cells);
        table.lines.push_back(line_number);
    }
    if (in.bad())
        throwFileError(file, "read error");
    if (table.header.empty())
        throwFileError(file, "empty file (no header row)");
    if (table.rows.empty())
        throwFileError(file, "no data rows below the header");
    return table;
}

bool isMissingCell(const std::string& text) {
    std::string lower;
    for (char ch : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return lower.empty() || lower == "na" || lower == "nan" || lower == "null" || lower == "n/a";
}

double numericCell(const CsvTable& table, size_t row, size_t column, OnError on_error,
                   std::vector<std::string>& skipped) {
    const std::string& text = table.rows[row][column];
    if (isMissingCell(text))
        return std::nan("");
    const char* begin = text.c_str();
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(begin, &end);
    if (end != begin + text.size() || errno == ERANGE || !std::isfinite(value)) {
        const std::string message = table.where(row, column) + ": '" + text.substr(0, 40) + "' is not a number";
        if (on_error == OnError::Stop)
            throw std::runtime_error(message);
        skipped.push_back(message);
        return std::nan("");
    }
    return value;
}

bool parseDateTime(const std::string& text, DateTime& out) {
    // Same layout whatever the separators: digits of YYYY MM DD [HH MM [SS]].
    std::string canonical = text;
    for (size_t i = 0; i < canonical.size(); ++i) {
        const char ch = canonical[i];
        if (ch == '/' || (ch == 'T' && i == 10)) canonical[i] = i == 10 ? ' ' : '-';
    }
    DateTime t;
    int seconds = 0, used = 0;
    const int got = std::sscanf(canonical.c_str(), "%4d-%2d-%2d %2d:%2d:%2d%n", &t.year, &t.month, &t.day, &t.hour,
                                &t.minute, &seconds, &used);
    bool complete = false;
    if (got == 6) {
        complete = static_cast<size_t>(used) == canonical.size();
    } else {
        // Shorter forms: "YYYY-MM-DD HH:MM" and "YYYY-MM-DD".
        used = 0;
        t.hour = t.minute = 0;
        if (std::sscanf(canonical.c_str(), "%4d-%2d-%2d %2d:%2d%n", &t.year, &t.month, &t.day, &t.hour, &t.minute,
                        &used) == 5)
            complete = static_cast<size_t>(used) == canonical.size();
        if (!complete) {
            used = 0;
            t.hour = t.minute = 0;
            complete = std::sscanf(canonical.c_str(), "%4d-%2d-%2d%n", &t.year, &t.month, &t.day, &used) == 3 &&
                       static_cast<size_t>(used) == canonical.size();
        }
    }
    if (!complete || canonical.size() < 8)
        return false;
    out = t;
    return t.year >= 1000 && t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 && t.hour >= 0 &&
           t.hour < 24 && t.minute >= 0 && t.minute < 60 && seconds >= 0 && seconds < 61;
}

}  // namespace dbse
