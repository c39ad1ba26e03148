// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way readers of user files report a problem: std::runtime_error "<path>: <problem>".

#include <stdexcept>
#include <string>

namespace dbse {

[[noreturn]] inline void throwFileError(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

}  // namespace dbse
