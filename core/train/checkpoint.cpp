// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/checkpoint.h"

#include "core/util/atomic_file.h"
#include "core/util/file_error.h"
#include "core/util/json_io.h"
#include "core/util/tensor_text.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <zlib.h>

#include <cstring>
#include <sstream>
#include <stdexcept>

namespace dbse {
namespace {

constexpr char kMagic[8] = {'D', 'B', 'S', 'E', 'C', 'K', 'P', 'T'};

template <typename Int>
void putInt(std::string& out, Int value) {
    for (size_t i = 0; i < sizeof(Int); ++i)
        out += static_cast<char>((static_cast<uint64_t>(value) >> (8 * i)) & 0xff);
}

template <typename Int>
Int getInt(const std::string& in, size_t offset) {
    uint64_t v = 0;
    for (size_t i = 0; i < sizeof(Int); ++i)
        v |= static_cast<uint64_t>(static_cast<unsigned char>(in[offset + i])) << (8 * i);
    return static_cast<Int>(v);
}

// Continues `crc` over `size` bytes at `data`, in chunks zlib's uInt can count.
uLong crc32Update(uLong crc, const void* data, size_t size) {
    const auto* bytes = static_cast<const Bytef*>(data);
    size_t done = 0;
    while (done < size) {
        const uInt chunk = static_cast<uInt>(std::min<size_t>(size - done, 1u << 30));
        crc = crc32(crc, bytes + done, chunk);
        done += chunk;
    }
    return crc;
}

uint32_t crc32Of(const std::string& bytes, size_t size) {
    return static_cast<uint32_t>(crc32Update(crc32(0L, Z_NULL, 0), bytes.data(), size));
}

nlohmann::json headerToJson(const CheckpointHeader& h) {
    return {{"kind", "dbse-checkpoint"}, {"format_version", h.format_version}, {"epoch", h.epoch},
            {"batch", h.batch}, {"global_step", h.global_step}, {"run_config", h.run_config},
            {"epoch_accumulator", h.epoch_accumulator}, {"torch_version", h.torch_version}};
}

struct ParsedFile {
    CheckpointHeader header;
    std::string bytes;
    size_t payload_offset = 0;
    size_t payload_size = 0;
};

ParsedFile parse(const std::string& path) {
    ParsedFile f;
    f.bytes = readFile(path);
    const std::string& b = f.bytes;
    if (b.size() < sizeof kMagic || std::memcmp(b.data(), kMagic, sizeof kMagic) != 0)
        throwFileError(path, "not a DBSE checkpoint (bad magic)");
    size_t pos = sizeof kMagic;
    if (b.size() < pos + 4 + 8)
        throwFileError(path, "truncated checkpoint (header incomplete)");
    const uint32_t version = getInt<uint32_t>(b, pos);
    pos += 4;
    if (version == 0 || version > kCheckpointFormatVersion)
        throwFileError(path, "checkpoint format version " + std::to_string(version) + " is not supported (this build reads 1 to " +
                         std::to_string(kCheckpointFormatVersion) + "); update DBSE Studio");
    const uint64_t header_size = getInt<uint64_t>(b, pos);
    pos += 8;
    if (header_size > b.size() - pos)
        throwFileError(path, "truncated checkpoint (header size " + std::to_string(header_size) + " exceeds the file)");
    const size_t header_offset = pos;
    pos += header_size;
    if (b.size() - pos < 8)
        throwFileError(path, "truncated checkpoint (no payload)");
    const uint64_t payload_size = getInt<uint64_t>(b, pos);
    pos += 8;
    if (payload_size > b.size() - pos || b.size() - pos - payload_size != 4)
        throwFileError(path, "truncated checkpoint (payload size does not match the file size)");
    f.payload_offset = pos;
    f.payload_size = payload_size;
    pos += payload_size;
    if (crc32Of(b, pos) != getInt<uint32_t>(b, pos))
        throwFileError(path, "checksum mismatch: the checkpoint is corrupted");

    nlohmann::json j;
    try {
        j = nlohmann::json::parse(b.begin() + static_cast<std::ptrdiff_t>(header_offset),
                                  b.begin() + static_cast<std::ptrdiff_t>(header_offset + header_size));
        f.header.format_version = version;
        f.header.epoch = jsonIntegerAt<int>(j, "epoch");
        f.header.batch = jsonIntegerAt<int64_t>(j, "batch");
        f.header.global_step = jsonIntegerAt<int64_t>(j, "global_step");
        f.header.run_config = j.at("run_config");
        f.header.epoch_accumulator = j.value("epoch_accumulator", nlohmann::json());
        f.header.torch_version = j.value("torch_version", "");
    } catch (const std::exception& e) {  // nlohmann's parse/type errors, jsonInteger's range errors
        throwFileError(path, std::string("checkpoint header is malformed (") + e.what() + ")");
    }
    return f;
}

std::string torchVersion() {
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
           std::to_string(TORCH_VERSION_PATCH);
}

// Module::load silently takes the stored tensor (shape included) for each entry, so a file saved
// from another architecture would load. This walks the archive as Module::load does and
// returns a description of the first entry that is missing or has another shape ("" if none).
std::string firstMismatch(const torch::nn::Module& module, torch::serialize::InputArchive& archive,
                          const std::string& prefix) {
    auto check = [&](const std::string& key, const torch::Tensor& expected, bool is_buffer) -> std::string {
        torch::Tensor stored;
        if (!archive.try_read(key, stored, is_buffer))
            return (is_buffer ? "buffer " : "parameter ") + prefix + key + " is missing from the file";
        if (stored.sizes() != expected.sizes())
            return (is_buffer ? "buffer " : "parameter ") + prefix + key + " is " + shapeText(stored) +
                   " in the file but " + shapeText(expected) + " in the model";
        return {};
    };
    for (const auto& p : module.named_parameters(/*recurse=*/false))
        if (std::string why = check(p.key(), p.value(), false); !why.empty()) return why;
    for (const auto& b : module.named_buffers(/*recurse=*/false))
        if (std::string why = check(b.key(), b.value(), true); !why.empty()) return why;
    for (const auto& child : module.named_children()) {
        torch::serialize::InputArchive child_archive;
        if (!archive.try_read(child.key(), child_archive)) return "module " + prefix + child.key() + " is missing from the file";
        if (std::string why = firstMismatch(*child.value(), child_archive, prefix + child.key() + "."); !why.empty())
            return why;
    }
    return {};
}

}  // namespace

void saveCheckpoint(const std::string& path, const CheckpointHeader& header, torch::nn::Module& model,
                    const torch::optim::Optimizer* optimizer) {
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive model_archive;
    model.save(model_archive);
    archive.write("model", model_archive);
    if (optimizer) {
        torch::serialize::OutputArchive optimizer_archive;
        optimizer->save(optimizer_archive);
        archive.write("optimizer", optimizer_archive);
    }
    {
        auto generator = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(generator.mutex());
        archive.write("rng_cpu", generator.get_state());
    }
    std::ostringstream payload_stream;
    archive.save_to(payload_stream);
    const std::string payload = payload_stream.str();

    CheckpointHeader h = header;
    h.format_version = kCheckpointFormatVersion;
    h.torch_version = torchVersion();
    const std::string header_json = headerToJson(h).dump();

    std::string bytes(kMagic, sizeof kMagic);
    putInt<uint32_t>(bytes, kCheckpointFormatVersion);
    putInt<uint64_t>(bytes, header_json.size());
    bytes += header_json;
    putInt<uint64_t>(bytes, payload.size());
    bytes += payload;
    putInt<uint32_t>(bytes, crc32Of(bytes, bytes.size()));
    writeFileAtomically(path, bytes);
}

CheckpointHeader readCheckpointHeader(const std::string& path) { return parse(path).header; }

CheckpointHeader loadCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer* optimizer,
                                bool restore_rng) {
    ParsedFile f = parse(path);
    try {
        torch::serialize::InputArchive archive;
        // Tensors land on the model's device, so the optimizer state matches its parameters.
        const auto parameters = model.parameters();
        const torch::Device device = parameters.empty() ? torch::Device(torch::kCPU) : parameters.front().device();
        archive.load_from(f.bytes.data() + f.payload_offset, f.payload_size, device);
        torch::serialize::InputArchive model_archive;
        archive.read("model", model_archive);
        if (const std::string why = firstMismatch(model, model_archive, ""); !why.empty())
            throwFileError(path, "checkpoint does not match the model: " + why);
        model.load(model_archive);
        if (optimizer) {
            torch::serialize::InputArchive optimizer_archive;
            if (!archive.try_read("optimizer", optimizer_archive))
                throwFileError(path, "checkpoint has no optimizer state; it cannot resume training");
            optimizer->load(optimizer_archive);
        }
        if (restore_rng) {
            torch::Tensor state;
            archive.read("rng_cpu", state);
            auto generator = at::detail::getDefaultCPUGenerator();
            std::lock_guard<std::mutex> lock(generator.mutex());
            generator.set_state(state.cpu());
        }
    } catch (const c10::Error& e) {
        throwFileError(path, std::string("checkpoint does not match the model: ") + e.what_without_backtrace());
    }
    return f.header;
}

uint32_t parameterDigest(const torch::nn::Module& model) {
    uLong crc = crc32(0L, Z_NULL, 0);
    const auto add = [&crc](const std::string& name, const torch::Tensor& value) {
        crc = crc32Update(crc, name.data(), name.size());
        const torch::Tensor bytes = value.detach().to(torch::kCPU).contiguous();
        crc = crc32Update(crc, bytes.data_ptr(), bytes.nbytes());
    };
    for (const auto& p : model.named_parameters())
        add(p.key(), p.value());
    for (const auto& b : model.named_buffers())
        add(b.key(), b.value());
    return static_cast<uint32_t>(crc);
}

}  // namespace dbse
