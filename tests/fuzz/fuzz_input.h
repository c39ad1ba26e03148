// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For the libFuzzer targets: the parsers under test read files, so each input is written to a
// file of this process first (in /dev/shm when it exists, so no disk is touched), replaced by
// the next input. Every target treats std::exception as the parser's proper refusal of a bad
// file; anything else (a crash, a sanitizer report, a leak, running out of the fuzzer's memory
// or time limits) is a finding.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace dbse::fuzz {

// A folder of this process, created on first use.
inline const std::filesystem::path& scratchDir() {
    static const std::filesystem::path dir = [] {
        const std::filesystem::path base = std::filesystem::exists("/dev/shm") ? std::filesystem::path("/dev/shm")
                                                                               : std::filesystem::temp_directory_path();
        std::filesystem::path d = base / ("dbse-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

// Writes `size` bytes to scratchDir()/relative (parents created) and returns the path.
inline std::string writeInput(const uint8_t* data, size_t size, const std::string& relative) {
    const std::filesystem::path path = scratchDir() / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return path.string();
}

}  // namespace dbse::fuzz
