// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Preprocessing options carried in the PATH of --dataset KIND:PATH after a '?', URL style:
//   video:clips?frames=8&size=64&crop=face
// Every loader reads the keys it knows with the typed getters, then calls finish(), which
// refuses keys nobody read (a typo must not be silently ignored).

#include <map>
#include <set>
#include <string>
#include <vector>

namespace dbse {

class SpecOptions {
public:
    // Splits "PATH?key=value&key=value". Throws std::invalid_argument for an empty key, a key
    // without '=', or a repeated key, naming the dataset text.
    explicit SpecOptions(const std::string& path_with_options);

    const std::string& path() const { return path_; }  // the part before '?'
    // The text the options came from, "path?..." (for messages and cache keys).
    const std::string& text() const { return text_; }

    bool has(const std::string& key) const { return values_.count(key) != 0; }
    // Throw std::invalid_argument "dataset option 'key': ..." saying what is allowed.
    int integer(const std::string& key, int fallback, int lo, int hi);
    double real(const std::string& key, double fallback, double lo, double hi);
    std::string choice(const std::string& key, const std::string& fallback, const std::vector<std::string>& allowed);
    std::string text(const std::string& key, const std::string& fallback);

    // Throws std::invalid_argument listing the keys that were given but never read.
    void finish() const;

    // "key=value&..." of the options read so far, sorted, including defaults that were used:
    // the canonical description of how the dataset was built (cache keys, dbse data info).
    std::string canonical() const;

private:
    const std::string* raw(const std::string& key);
    std::string text_;
    std::string path_;
    std::map<std::string, std::string> values_;
    std::set<std::string> read_;
    std::map<std::string, std::string> resolved_;
};

}  // namespace dbse
