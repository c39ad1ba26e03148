// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Data-parallel training over Gloo: two processes on localhost (this test binary started twice
// in a child role, with the torchrun environment) keep equal parameters and step as one process
// does on the combined batch; the batch split and the environment checks.

#include "core/train/checkpoint.h"
#include "core/train/data_parallel.h"
#include "core/train/trainer.h"
#include "core/util/json_io.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

extern char** environ;

using namespace dbse;

namespace {

constexpr int kWorld = 2;
constexpr int kBatchPerProcess = 8;
constexpr int kEpochs = 3;

// The child role this process plays (DBSE_DP_ROLE), or "" for the parent test.
std::string role() {
    const char* r = std::getenv("DBSE_DP_ROLE");
    return r ? r : "";
}
std::string childOut() { return std::getenv("DBSE_DP_OUT"); }
int childRank() { return std::atoi(std::getenv("RANK")); }

int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t size = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &size) != 0)
        throw std::runtime_error("no free port");
    ::close(fd);
    return ntohs(addr.sin_port);
}

// Starts this binary twice as ranks 0 and 1 of a job running `test` (a DataParallelChild case);
// returns true when both exit with 0.
bool runJob(const std::string& test, const std::string& out) {
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return false;
    self[n] = 0;
    const int port = freePort();
    std::vector<pid_t> children;
    for (int rank = 0; rank < kWorld; ++rank) {
        std::vector<std::string> env;
        for (char** e = environ; *e; ++e) env.emplace_back(*e);
        for (const std::string& v : std::vector<std::string>{"DBSE_DP_ROLE=" + test, "DBSE_DP_OUT=" + out, "MASTER_ADDR=127.0.0.1", "MASTER_PORT=" + std::to_string(port),
              "WORLD_SIZE=" + std::to_string(kWorld), "RANK=" + std::to_string(rank), "LOCAL_RANK=" + std::to_string(rank)})
            env.push_back(v);
        std::vector<char*> envp;
        for (auto& v : env) envp.push_back(v.data());
        envp.push_back(nullptr);
        std::string filter = "--gtest_filter=DataParallelChild." + test;
        std::vector<char*> argv{self, filter.data(), nullptr};
        pid_t pid = 0;
        if (posix_spawn(&pid, self, nullptr, nullptr, argv.data(), envp.data()) != 0)
            return false;
        children.push_back(pid);
    }
    bool ok = true;
    for (pid_t pid : children) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        ok = ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return ok;
}

std::vector<torch::Tensor> load(const std::string& path) {
    std::vector<torch::Tensor> tensors;
    torch::load(tensors, path);
    return tensors;
}

std::vector<torch::Tensor> parametersOf(torch::nn::Module& module) {
    std::vector<torch::Tensor> out;
    for (const auto& p : module.parameters()) out.push_back(p.detach().clone());
    return out;
}

// A deterministic problem: a linear map fitted to a fixed global batch of 16 rows.
struct LinearProblem {
    torch::nn::Linear net{nullptr};
    torch::Tensor x, y;
    LinearProblem() {
        torch::manual_seed(5);
        net = torch::nn::Linear(6, 3);
        torch::Generator g = test::seeded(42);
        x = torch::randn({kWorld * kBatchPerProcess, 6}, g);
        y = torch::randn({kWorld * kBatchPerProcess, 3}, g);
    }
    // Five Adam steps on rows [first, first + count), gradients averaged by `group` when given.
    void train(int64_t first, int64_t count, DataParallel* group) {
        torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(0.05));
        for (int step = 0; step < 5; ++step) {
            adam.zero_grad();
            torch::mse_loss(net->forward(x.narrow(0, first, count)), y.narrow(0, first, count)).backward();
            if (group)
                group->averageGradients(*net);
            adam.step();
        }
    }
};

RunConfig tinyRun(int batch) {
    RunConfig c;
    c.dataset = "builtin:shapes";
    c.preset = test::tinyPreset(kEpochs, batch);
    c.preset.train.threads = 1;
    return c;
}

double lastTrainLoss(const std::string& run_dir) {
    std::ifstream metrics(run_dir + "/metrics.jsonl");
    std::string line, last;
    int lines = 0;
    while (std::getline(metrics, line))
        if (!line.empty()) {
            last = line;
            ++lines;
        }
    EXPECT_EQ(lines, kEpochs) << run_dir;
    return nlohmann::json::parse(last).at("train").at("loss").get<double>();
}

void expectEqual(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(torch::equal(a[i], b[i])) << "parameter " << i;
}

}  // namespace

// --- The child roles (skipped when run as an ordinary test) ----------------------------------

TEST(DataParallelChild, Linear) {
    if (role() != "Linear")
        GTEST_SKIP() << "a child role of TwoProcessesStepLikeOneOnTheCombinedBatch";
    DataParallel group(*processGroupFromEnvironment());
    LinearProblem problem;
    group.broadcastState(*problem.net);
    problem.train(childRank() * kBatchPerProcess, kBatchPerProcess, &group);
    auto params = parametersOf(*problem.net);
    torch::save(params, childOut() + "/linear-" + std::to_string(childRank()) + ".pt");
}

TEST(DataParallelChild, Trainer) {
    if (role() != "Trainer")
        GTEST_SKIP() << "a child role of TwoProcessTrainingKeepsParametersEqual";
    auto group = std::make_shared<DataParallel>(*processGroupFromEnvironment());
    const std::string dir = childOut() + "/two";
    if (group->isMain())
        RunFolder::create(dir, tinyRun(kBatchPerProcess));
    group->barrier();
    Trainer trainer(RunFolder::open(dir), test::tinySplits());
    trainer.setDataParallel(group);
    ASSERT_EQ(trainer.run().outcome, TrainOutcome::Finished);
    auto params = parametersOf(*trainer.model());
    torch::save(params, childOut() + "/trainer-" + std::to_string(childRank()) + ".pt");
}

// --- The tests -------------------------------------------------------------------------------

TEST(DataParallel, ShardGivesEachRankItsSliceOfEveryGlobalBatch) {
    std::vector<int64_t> order(11);
    for (int64_t i = 0; i < 11; ++i) order[static_cast<size_t>(i)] = 100 + i;
    EXPECT_EQ(DataParallel::shard(order, 2, 0, 2), (std::vector<int64_t>{100, 101, 104, 105}));
    EXPECT_EQ(DataParallel::shard(order, 2, 1, 2), (std::vector<int64_t>{102, 103, 106, 107}));  // 108.. left out
    EXPECT_EQ(DataParallel::shard(order, 3, 0, 1).size(), 9u);
    EXPECT_THROW(DataParallel::shard(order, 2, 2, 2), std::invalid_argument);
}

TEST(DataParallel, EnvironmentIsReadAndChecked) {
    ::unsetenv("WORLD_SIZE");
    EXPECT_FALSE(processGroupFromEnvironment());
    ::setenv("WORLD_SIZE", "1", 1);
    EXPECT_FALSE(processGroupFromEnvironment());
    ::setenv("WORLD_SIZE", "4", 1);
    ::setenv("RANK", "2", 1);
    ::setenv("MASTER_PORT", "29123", 1);
    ::unsetenv("MASTER_ADDR");
    ::unsetenv("LOCAL_RANK");
    EXPECT_THROW(processGroupFromEnvironment(), std::invalid_argument);  // no MASTER_ADDR
    ::setenv("MASTER_ADDR", "node1", 1);
    const auto env = processGroupFromEnvironment();
    ASSERT_TRUE(env);
    EXPECT_EQ(env->world_size, 4);
    EXPECT_EQ(env->rank, 2);
    EXPECT_EQ(env->master_addr, "node1");
    EXPECT_EQ(env->master_port, 29123);
    ::setenv("RANK", "4", 1);
    try {
        processGroupFromEnvironment();
        ADD_FAILURE() << "RANK 4 of 4 accepted";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("RANK='4'"), std::string::npos) << e.what();
    }
    for (const char* name : {"WORLD_SIZE", "RANK", "MASTER_PORT", "MASTER_ADDR"}) ::unsetenv(name);
}

TEST(DataParallel, TwoProcessesStepLikeOneOnTheCombinedBatch) {
    if (!haveDataParallel())
        GTEST_SKIP() << "this LibTorch has no Gloo backend";
    test::ScratchDir dir;
    ASSERT_TRUE(runJob("Linear", dir.str()));
    const auto rank0 = load(dir / "linear-0.pt"), rank1 = load(dir / "linear-1.pt");
    expectEqual(rank0, rank1);
    LinearProblem single;
    single.train(0, kWorld * kBatchPerProcess, nullptr);
    const auto expected = parametersOf(*single.net);
    ASSERT_EQ(rank0.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(torch::allclose(rank0[i], expected[i], 1e-5, 1e-6)) << "parameter " << i;
    LinearProblem alone;  // one process on its half only: a different result
    alone.train(0, kBatchPerProcess, nullptr);
    EXPECT_FALSE(torch::allclose(parametersOf(*alone.net)[0], rank0[0], 1e-4, 1e-5));
}

TEST(DataParallel, TwoProcessTrainingKeepsParametersEqualAndLearnsLikeOneProcess) {
    if (!haveDataParallel())
        GTEST_SKIP() << "this LibTorch has no Gloo backend";
    test::ScratchDir dir;
    ASSERT_TRUE(runJob("Trainer", dir.str()));
    const auto rank0 = load(dir / "trainer-0.pt"), rank1 = load(dir / "trainer-1.pt");
    expectEqual(rank0, rank1);

    // Rank 0 wrote the run: its checkpoint holds the parameters the processes share.
    auto reloaded = makeModel(tinyRun(kBatchPerProcess).preset.model);
    loadCheckpoint(dir / "two/checkpoint.dbse", *reloaded, nullptr, false);
    expectEqual(parametersOf(*reloaded), rank0);

    // One process on the combined batch (the sampled noise differs, so the losses agree only
    // roughly): the same number of steps, a similar loss.
    Trainer single(RunFolder::create(dir / "one", tinyRun(kWorld * kBatchPerProcess)), test::tinySplits());
    ASSERT_EQ(single.run().outcome, TrainOutcome::Finished);
    const double two = lastTrainLoss(dir / "two"), one = lastTrainLoss(dir / "one");
    EXPECT_NEAR(two / one, 1.0, 0.1) << "two processes " << two << ", one process " << one;
    double difference = 0, size = 0;
    const auto alone = parametersOf(*single.model());
    for (size_t i = 0; i < alone.size(); ++i) {
        difference += (alone[i] - rank0[i]).pow(2).sum().item<double>();
        size += alone[i].pow(2).sum().item<double>();
    }
    EXPECT_LT(std::sqrt(difference / size), 0.2) << "relative distance of the parameters";  // 0.09 measured
    std::cout << "final training loss: two processes " << two << ", one process " << one
              << "; relative parameter distance " << std::sqrt(difference / size) << "\n";
}
