// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/atomic_file.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <filesystem>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace dbse {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
    throw std::runtime_error(path + ": " + what + " (" + std::strerror(error) + ")");
}

// Closes and unlinks the temporary file unless released.
struct TempFile {
    std::string path;
    int fd = -1;
    ~TempFile() {
        if (fd >= 0)
            ::close(fd);
        if (!path.empty())
            ::unlink(path.c_str());
    }
};

// Test hook for crash tests (tests/cli/test_kill_resume.cmake): DBSE_TEST_SLOW_WRITE_MS=N pauses
// every atomic write for N ms half way through its temporary file, so that a kill lands
// inside a write. 0 (unset) in normal use.
unsigned slowWriteMs() {
    static const unsigned ms = [] {
        const char* v = std::getenv("DBSE_TEST_SLOW_WRITE_MS");
        return v ? static_cast<unsigned>(std::strtoul(v, nullptr, 10)) : 0u;
    }();
    return ms;
}

// Removes temporary files of `target` ("." + name + ".tmp-XXXXXX") that a killed process left.
// One process writes a given file at a time (a run folder has one trainer).
void removeStaleTemporaries(const std::filesystem::path& folder, const std::string& name) {
    std::error_code ec;
    const std::string prefix = "." + name + ".tmp-";
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string file = entry.path().filename().string();
        if (file.size() == prefix.size() + 6 && file.compare(0, prefix.size(), prefix) == 0)
            std::filesystem::remove(entry.path(), ec);
    }
}

}  // namespace

void writeFileAtomically(const std::string& path, std::string_view bytes) {
    writeFileAtomically(path, std::initializer_list<std::string_view>{bytes});
}

void writeFileAtomically(const std::string& path, std::initializer_list<std::string_view> parts) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    removeStaleTemporaries(folder, target.filename().string());

    TempFile temp;
    temp.fd = ::mkstemp(pattern.data());
    if (temp.fd < 0)
        fail(path, "cannot create a temporary file in " + folder.string(), errno);
    temp.path = pattern;
    ::fchmod(temp.fd, 0644);

    size_t total = 0, written = 0;
    for (const std::string_view bytes : parts)
        total += bytes.size();
    bool paused = slowWriteMs() == 0;
    for (const std::string_view bytes : parts) {
        const char* data = bytes.data();
        size_t left = bytes.size();
        while (left > 0) {
            const size_t chunk = paused ? left : std::min(left, std::max<size_t>(1, total / 2 - std::min(written, total / 2)));
            const ssize_t n = ::write(temp.fd, data, chunk);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                fail(path, "write failed", errno);
            }
            data += n;
            left -= static_cast<size_t>(n);
            written += static_cast<size_t>(n);
            if (!paused && written >= total / 2) {
                paused = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(slowWriteMs()));
            }
        }
    }
    if (::fsync(temp.fd) != 0)
        fail(path, "flush to disk failed", errno);
    const int fd = temp.fd;
    temp.fd = -1;
    if (::close(fd) != 0)
        fail(path, "close failed", errno);
    if (::rename(temp.path.c_str(), path.c_str()) != 0)
        fail(path, "rename of the temporary file failed", errno);
    temp.path.clear();

    // Make the rename itself durable.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

std::string readFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        fail(path, "cannot open for reading", errno);
    std::string out;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            fail(path, "read failed", error);
        }
        if (n == 0)
            break;
        out.append(buffer, static_cast<size_t>(n));
    }
    ::close(fd);
    return out;
}

}  // namespace dbse
