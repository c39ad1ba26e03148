// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real dbse binary (DBSE_CLI, set by CMake) from a test, with its dataset cache in
// the test's scratch folder.

#include "core/util/atomic_file.h"
#include "test_support.h"

#include <sys/wait.h>

#include <cstdlib>
#include <string>

namespace dbse::test {

// Runs `dbse arguments`; returns its exit code and leaves its stdout and stderr in *output.
inline int runDbse(const ScratchDir& dir, const std::string& arguments, std::string* output) {
    const std::string log = dir / "dbse.log";
    const std::string command =
        "DBSE_CACHE_DIR='" + (dir / "cache") + "' '" + DBSE_CLI + "' " + arguments + " > '" + log + "' 2>&1";
    const int status = std::system(command.c_str());
    *output = readFile(log);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace dbse::test
