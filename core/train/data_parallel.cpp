// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/data_parallel.h"

#include <torch/torch.h>

#ifdef USE_C10D_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#endif

#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace dbse {
namespace {

std::optional<std::string> environment(const char* name) {
    const char* value = std::getenv(name);
    if (!value || !*value)
        return std::nullopt;
    return std::string(value);
}

int integerFrom(const char* name, const std::string& text, int lo, int hi) {
    size_t used = 0;
    long value = 0;
    try {
        value = std::stol(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < lo || value > hi)
        throw std::invalid_argument(std::string(name) + "='" + text + "' is not a whole number in [" +
                                    std::to_string(lo) + ", " + std::to_string(hi) + "]");
    return static_cast<int>(value);
}

int required(const char* name, int lo, int hi) {
    const auto text = environment(name);
    if (!text)
        throw std::invalid_argument(std::string(name) + " is not set (distributed training needs MASTER_ADDR, "
                                                        "MASTER_PORT, RANK and WORLD_SIZE)");
    return integerFrom(name, *text, lo, hi);
}

}  // namespace

std::optional<ProcessGroupEnv> processGroupFromEnvironment() {
    const auto world = environment("WORLD_SIZE");
    if (!world || integerFrom("WORLD_SIZE", *world, 1, 65536) == 1)
        return std::nullopt;
    ProcessGroupEnv env;
    env.world_size = integerFrom("WORLD_SIZE", *world, 1, 65536);
    env.rank = required("RANK", 0, env.world_size - 1);
    env.local_rank = environment("LOCAL_RANK") ? required("LOCAL_RANK", 0, 65535) : 0;
    env.master_port = required("MASTER_PORT", 1, 65535);
    const auto addr = environment("MASTER_ADDR");
    if (!addr)
        throw std::invalid_argument("MASTER_ADDR is not set (distributed training needs MASTER_ADDR, MASTER_PORT, "
                                    "RANK and WORLD_SIZE)");
    env.master_addr = *addr;
    return env;
}

std::vector<int64_t> DataParallel::shard(const std::vector<int64_t>& order, int64_t batch, int rank, int world_size) {
    if (batch < 1 || world_size < 1 || rank < 0 || rank >= world_size)
        throw std::invalid_argument("shard: batch " + std::to_string(batch) + ", rank " + std::to_string(rank) +
                                    " of " + std::to_string(world_size) + " is not a valid split");
    const int64_t global = batch * world_size;
    const int64_t batches = static_cast<int64_t>(order.size()) / global;
    std::vector<int64_t> mine;
    mine.reserve(static_cast<size_t>(batches * batch));
    for (int64_t i = 0; i < batches; ++i) {
        const auto first = order.begin() + i * global + rank * batch;
        mine.insert(mine.end(), first, first + batch);
    }
    return mine;
}

#ifdef USE_C10D_GLOO

bool haveDataParallel() { return true; }

struct DataParallel::Group {
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> gloo;

    void run(c10::intrusive_ptr<c10d::Work> work) { work->wait(); }
};

namespace {
bool isLoopback(const std::string& address) {
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}
}  // namespace

DataParallel::DataParallel(const ProcessGroupEnv& env, std::chrono::milliseconds timeout)
    : env_(env), group_(std::make_unique<Group>()) {
    const std::string where = env.master_addr + ":" + std::to_string(env.master_port);
    try {
        c10d::TCPStoreOptions store;
        store.port = static_cast<std::uint16_t>(env.master_port);
        store.isServer = env.rank == 0;
        store.numWorkers = static_cast<size_t>(env.world_size);
        store.timeout = timeout;
        group_->store = c10::make_intrusive<c10d::TCPStore>(env.master_addr, store);
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
            options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(interface));
        else if (isLoopback(env.master_addr))
            options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        group_->gloo = c10::make_intrusive<c10d::ProcessGroupGloo>(group_->store, env.rank, env.world_size, options);
    } catch (const std::exception& e) {
        throw std::runtime_error("distributed training: rank " + std::to_string(env.rank) + " of " +
                                 std::to_string(env.world_size) + " could not join the job at " + where + ": " +
                                 e.what());
    }
}

DataParallel::~DataParallel() = default;

void DataParallel::broadcastState(torch::nn::Module& module) {
    torch::NoGradGuard no_grad;
    std::vector<torch::Tensor> tensors;
    for (const auto& p : module.parameters()) tensors.push_back(p);
    for (const auto& b : module.buffers()) tensors.push_back(b);
    for (auto& t : tensors) {
        std::vector<torch::Tensor> one{t};
        group_->run(group_->gloo->broadcast(one));
    }
}

void DataParallel::averageGradients(torch::nn::Module& module) {
    torch::NoGradGuard no_grad;
    std::vector<torch::Tensor> grads;
    for (const auto& p : module.parameters())
        if (p.grad().defined())
            grads.push_back(p.grad());
    if (grads.empty())
        return;
    std::vector<torch::Tensor> flat{torch::cat(
        [&] {
            std::vector<torch::Tensor> views;
            for (const auto& g : grads) views.push_back(g.reshape({-1}));
            return views;
        }(),
        0)};
    group_->run(group_->gloo->allreduce(flat));
    flat[0].div_(env_.world_size);
    int64_t offset = 0;
    for (auto& g : grads) {
        g.copy_(flat[0].narrow(0, offset, g.numel()).view_as(g));
        offset += g.numel();
    }
}

std::vector<double> DataParallel::sum(std::vector<double> values) {
    if (values.empty())
        return values;
    std::vector<torch::Tensor> t{torch::tensor(values, torch::kDouble)};
    group_->run(group_->gloo->allreduce(t));
    const auto a = t[0].accessor<double, 1>();
    for (size_t i = 0; i < values.size(); ++i) values[i] = a[static_cast<int64_t>(i)];
    return values;
}

void DataParallel::barrier() { group_->run(group_->gloo->barrier()); }

#else  // LibTorch without Gloo

bool haveDataParallel() { return false; }

struct DataParallel::Group {};

DataParallel::DataParallel(const ProcessGroupEnv& env, std::chrono::milliseconds) : env_(env) {
    throw std::runtime_error("distributed training: this LibTorch was built without the Gloo backend");
}
DataParallel::~DataParallel() = default;
void DataParallel::broadcastState(torch::nn::Module&) {}
void DataParallel::averageGradients(torch::nn::Module&) {}
std::vector<double> DataParallel::sum(std::vector<double> values) { return values; }
void DataParallel::barrier() {}

#endif

}  // namespace dbse
