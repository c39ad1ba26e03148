// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/npy.h"

#include "core/util/atomic_file.h"
#include "core/util/file_error.h"

#include <torch/torch.h>

#include <cstring>
#include <fstream>
#include <regex>
#include <stdexcept>

namespace dbse {
namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;

const char* descrOf(torch::ScalarType type) {
    switch (type) {
    case torch::kByte: return "|u1";
    case torch::kLong: return "<i8";
    case torch::kFloat: return "<f4";
    case torch::kDouble: return "<f8";
    default: return nullptr;
    }
}

torch::ScalarType typeOf(const std::string& descr) {
    if (descr == "|u1" || descr == "<u1") return torch::kByte;
    if (descr == "<i8") return torch::kLong;
    if (descr == "<f4") return torch::kFloat;
    if (descr == "<f8") return torch::kDouble;
    return torch::ScalarType::Undefined;
}

}  // namespace

void writeNpy(const std::string& path, const torch::Tensor& tensor) {
    const char* descr = descrOf(tensor.scalar_type());
    if (!descr)
        throwFileError(path, std::string("cannot write dtype ") + c10::toString(tensor.scalar_type()) + " to .npy");
    torch::Tensor data = tensor.detach().to(torch::kCPU).contiguous();
    std::string shape = "(";
    for (int64_t d = 0; d < data.dim(); ++d)
        shape += std::to_string(data.size(d)) + (data.dim() == 1 ? "," : (d + 1 < data.dim() ? ", " : ""));
    shape += ")";
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    // Magic (6) + version (2) + length (2) + header, padded with spaces to a multiple of 64.
    const size_t unpadded = kMagicSize + 2 + 2 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    std::string bytes(kMagic, kMagicSize);
    bytes += '\x01';
    bytes += '\x00';
    const uint16_t length = static_cast<uint16_t>(header.size());
    bytes += static_cast<char>(length & 0xff);
    bytes += static_cast<char>(length >> 8);
    bytes += header;
    writeFileAtomically(path, {bytes, std::string_view(static_cast<const char*>(data.data_ptr()), data.nbytes())});
}

torch::Tensor readNpy(const std::string& path, const NpyLimits& limits) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwFileError(path, "cannot open for reading");
    in.seekg(0, std::ios::end);
    const uint64_t file_size = static_cast<uint64_t>(in.tellg());
    in.seekg(0);

    char prefix[10];
    if (!in.read(prefix, 8) || std::memcmp(prefix, kMagic, kMagicSize) != 0)
        throwFileError(path, "not a .npy file (bad magic)");
    const int major = static_cast<unsigned char>(prefix[6]);
    uint64_t header_length = 0;
    size_t length_bytes = major == 1 ? 2 : 4;
    if (major < 1 || major > 3)
        throwFileError(path, "unsupported .npy version " + std::to_string(major));
    unsigned char len[4] = {0, 0, 0, 0};
    if (!in.read(reinterpret_cast<char*>(len), static_cast<std::streamsize>(length_bytes)))
        throwFileError(path, "truncated header");
    for (size_t i = 0; i < length_bytes; ++i)
        header_length |= static_cast<uint64_t>(len[i]) << (8 * i);
    const uint64_t data_offset = 8 + length_bytes + header_length;
    if (header_length > 1 << 20 || data_offset > file_size)
        throwFileError(path, "header length " + std::to_string(header_length) + " does not fit the file");
    std::string header(header_length, '\0');
    if (!in.read(header.data(), static_cast<std::streamsize>(header_length)))
        throwFileError(path, "truncated header");

    std::smatch m;
    static const std::regex descr_re(R"('descr'\s*:\s*'([^']*)')");
    static const std::regex order_re(R"('fortran_order'\s*:\s*(True|False))");
    static const std::regex shape_re(R"('shape'\s*:\s*\(([^)]*)\))");
    if (!std::regex_search(header, m, descr_re))
        throwFileError(path, "header has no 'descr'");
    const torch::ScalarType type = typeOf(m[1]);
    if (type == torch::ScalarType::Undefined)
        throwFileError(path, "unsupported dtype '" + m[1].str() + "' (uint8, int64, float32, float64 little-endian)");
    if (!std::regex_search(header, m, order_re))
        throwFileError(path, "header has no 'fortran_order'");
    if (m[1] == "True")
        throwFileError(path, "Fortran-ordered arrays are not supported; save with np.ascontiguousarray");
    if (!std::regex_search(header, m, shape_re))
        throwFileError(path, "header has no 'shape'");

    std::vector<int64_t> shape;
    const std::string dims = m[1];
    static const std::regex dim_re(R"(\s*(\d+)\s*,?)");
    uint64_t count = 1;
    const uint64_t element = c10::elementSize(type);
    for (auto it = std::sregex_iterator(dims.begin(), dims.end(), dim_re); it != std::sregex_iterator(); ++it) {
        const std::string digits = (*it)[1];
        if (digits.size() > 15)
            throwFileError(path, "dimension " + digits + " is too large");
        const uint64_t d = std::stoull(digits);
        if (d != 0 && count > limits.max_bytes / element / d)
            throwFileError(path, "array is larger than the limit of " + std::to_string(limits.max_bytes) + " bytes");
        count *= d;
        shape.push_back(static_cast<int64_t>(d));
    }
    const uint64_t bytes = count * element;
    if (bytes > limits.max_bytes)
        throwFileError(path, "array is larger than the limit of " + std::to_string(limits.max_bytes) + " bytes");
    if (file_size - data_offset != bytes)
        throwFileError(path, "data size " + std::to_string(file_size - data_offset) + " does not match the shape (" +
                      std::to_string(bytes) + " bytes expected)");
    torch::Tensor out = torch::empty(shape, torch::TensorOptions().dtype(type));
    if (bytes > 0 && !in.read(static_cast<char*>(out.data_ptr()), static_cast<std::streamsize>(bytes)))
        throwFileError(path, "truncated data");
    return out;
}

}  // namespace dbse
