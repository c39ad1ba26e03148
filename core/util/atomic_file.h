// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Crash-safe file replacement: data goes to a temporary file in the same folder, is flushed
// to disk, and is renamed over the target. A crash or a full disk never leaves a partial
// target; on error the previous file is untouched and the temporary file is removed. A
// temporary file of the same target left by a killed process is removed by the next write.

#include <initializer_list>
#include <string>
#include <string_view>

namespace dbse {

// Throws std::runtime_error "<path>: <reason>" (e.g. "No space left on device").
void writeFileAtomically(const std::string& path, std::string_view bytes);
// The same for a file made of `parts` one after another (no copy into one buffer).
void writeFileAtomically(const std::string& path, std::initializer_list<std::string_view> parts);

// Reads a whole file; throws std::runtime_error "<path>: <reason>".
std::string readFile(const std::string& path);

}  // namespace dbse
