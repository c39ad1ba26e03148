// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checkpoint files: round trip, and refusal of truncated, corrupted, foreign and newer files.

#include "core/train/checkpoint.h"
#include "core/util/atomic_file.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <csignal>
#include <filesystem>
#include <vector>

#include <sys/resource.h>

using namespace dbse;

namespace {

std::string messageOf(const std::string& path) {
    return test::runtimeErrorOf([&] { readCheckpointHeader(path); });
}

struct Saved {
    test::ScratchDir dir;
    std::string path = dir / "model.dbse";
    DbseModel model = makeModel(test::tinyModelConfig(4));
    std::unique_ptr<torch::optim::Adam> optimizer =
        std::make_unique<torch::optim::Adam>(model->parameters(), torch::optim::AdamOptions(1e-3));
    Saved() {
        // One real step so the optimizer has state.
        torch::Tensor loss = model->forward(torch::rand({2, 4, 3, 64, 64}), 0).recon_seq.sum();
        loss.backward();
        optimizer->step();
        CheckpointHeader h;
        h.epoch = 3;
        h.batch = 2;
        h.global_step = 42;
        h.run_config = {{"kind", "dbse-run"}};
        saveCheckpoint(path, h, *model, optimizer.get());
    }
};

}  // namespace

TEST(Checkpoint, RoundTripRestoresModelOptimizerAndRng) {
    Saved s;
    torch::manual_seed(123);
    const float expected_draw = torch::rand({1}).item<float>();
    torch::manual_seed(123);
    saveCheckpoint(s.path, readCheckpointHeader(s.path), *s.model, s.optimizer.get());

    DbseModel other = makeModel(test::tinyModelConfig(4));
    torch::optim::Adam optimizer(other->parameters(), torch::optim::AdamOptions(1e-3));
    torch::manual_seed(999);
    const CheckpointHeader h = loadCheckpoint(s.path, *other, &optimizer, /*restore_rng=*/true);
    EXPECT_EQ(torch::rand({1}).item<float>(), expected_draw);
    EXPECT_EQ(h.epoch, 3);
    EXPECT_EQ(h.batch, 2);
    EXPECT_EQ(h.global_step, 42);
    EXPECT_EQ(h.run_config["kind"], "dbse-run");
    const auto a = s.model->named_parameters(), b = other->named_parameters();
    for (const auto& p : a)
        EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();
    for (const auto& buffer : s.model->named_buffers())
        EXPECT_TRUE(torch::equal(buffer.value(), other->named_buffers()[buffer.key()])) << buffer.key();
    // Adam moments came back: one more identical step keeps the models identical.
    for (auto* m : {&s.model, &other}) {
        torch::manual_seed(7);  // the same reparameterisation noise for both
        (*m)->zero_grad();
        (*m)->forward(torch::ones({2, 4, 3, 64, 64}) * 0.5, 0).recon_seq.sum().backward();
    }
    s.optimizer->step();
    optimizer.step();
    for (const auto& p : s.model->named_parameters())
        EXPECT_TRUE(torch::equal(p.value(), other->named_parameters()[p.key()])) << p.key();
}

TEST(Checkpoint, TruncatedFilesAreRefusedAtEveryLength) {
    Saved s;
    const std::string bytes = readFile(s.path);
    const std::string cut = s.dir / "cut.dbse";
    for (size_t length : {size_t(0), size_t(5), size_t(12), size_t(40), bytes.size() / 2, bytes.size() - 1}) {
        writeFileAtomically(cut, bytes.substr(0, length));
        const std::string message = messageOf(cut);
        EXPECT_NE(message.find(cut), std::string::npos) << length;
        EXPECT_TRUE(message.find("truncated") != std::string::npos || message.find("bad magic") != std::string::npos)
            << length << ": " << message;
    }
}

TEST(Checkpoint, FlippedBitsAreDetected) {
    Saved s;
    const std::string bytes = readFile(s.path);
    const std::string flipped = s.dir / "flipped.dbse";
    for (size_t position : {size_t(30), bytes.size() / 3, bytes.size() / 2, bytes.size() - 10}) {
        std::string copy = bytes;
        copy[position] = static_cast<char>(copy[position] ^ 0x10);
        writeFileAtomically(flipped, copy);
        const std::string message = messageOf(flipped);
        EXPECT_FALSE(message.empty()) << position;
        DbseModel model = makeModel(test::tinyModelConfig(4));
        EXPECT_THROW(loadCheckpoint(flipped, *model, nullptr, false), std::runtime_error) << position;
    }
}

TEST(Checkpoint, ForeignAndNewerFilesAreRefusedByName) {
    Saved s;
    const std::string foreign = s.dir / "foreign.dbse";
    writeFileAtomically(foreign, "PK\x03\x04 this is a zip, not a checkpoint");
    EXPECT_NE(messageOf(foreign).find("not a DBSE checkpoint"), std::string::npos);

    std::string bytes = readFile(s.path);
    bytes[8] = 9;  // format version 9
    const std::string newer = s.dir / "newer.dbse";
    writeFileAtomically(newer, bytes);
    EXPECT_NE(messageOf(newer).find("format version 9 is not supported"), std::string::npos) << messageOf(newer);
}

TEST(Checkpoint, ArchitectureMismatchIsReported) {
    Saved s;
    ModelConfig bigger = test::tinyModelConfig(4);
    bigger.g_dim = 32;
    DbseModel model = makeModel(bigger);
    std::vector<std::vector<int64_t>> shapes_before;
    for (const auto& p : model->parameters()) shapes_before.push_back(p.sizes().vec());
    try {
        loadCheckpoint(s.path, *model, nullptr, false);
        FAIL() << "loaded into the wrong architecture";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("does not match the model"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("in the file but"), std::string::npos) << e.what();  // names the tensor
    }
    // The refused load left the model's own parameters as they were.
    std::vector<std::vector<int64_t>> shapes_after;
    for (const auto& p : model->parameters()) shapes_after.push_back(p.sizes().vec());
    EXPECT_EQ(shapes_after, shapes_before);
}

TEST(Checkpoint, FailedWriteLeavesThePreviousFileIntact) {
    Saved s;
    const std::string before = readFile(s.path);
    // A folder that does not exist: the write fails before anything is replaced.
    EXPECT_THROW(saveCheckpoint(s.dir / "missing/model.dbse", readCheckpointHeader(s.path), *s.model, nullptr),
                 std::runtime_error);
    EXPECT_EQ(readFile(s.path), before);
    for (const auto& entry : std::filesystem::directory_iterator(s.dir.str()))
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
}

TEST(AtomicFile, AStaleTemporaryOfTheSameTargetIsRemovedByTheNextWrite) {
    test::ScratchDir dir;
    const std::string mine = dir / ".checkpoint.dbse.tmp-Ab12Cd";   // left by a killed writer
    const std::string other = dir / ".config.json.tmp-Ab12Cd";      // another file's
    writeFileAtomically(mine, "partial");
    writeFileAtomically(other, "partial");
    writeFileAtomically(dir / "checkpoint.dbse", "complete");
    EXPECT_FALSE(std::filesystem::exists(mine));
    EXPECT_TRUE(std::filesystem::exists(other));
    EXPECT_EQ(readFile(dir / "checkpoint.dbse"), "complete");
}

TEST(Checkpoint, ParameterDigestIsEqualForEqualWeightsOnly) {
    Saved s;
    DbseModel a = makeModel(test::tinyModelConfig(4));
    DbseModel b = makeModel(test::tinyModelConfig(4));
    loadCheckpoint(s.path, *a, nullptr, false);
    loadCheckpoint(s.path, *b, nullptr, false);
    EXPECT_EQ(parameterDigest(*a), parameterDigest(*b));
    {
        torch::NoGradGuard no_grad;
        auto p = b->parameters().back();
        p.view(-1)[0] = std::nextafter(p.view(-1)[0].item<float>(), 1e9f);  // one ulp in one weight
    }
    EXPECT_NE(parameterDigest(*a), parameterDigest(*b));
}

namespace {

// While alive, files this process writes may not grow beyond `bytes` (writes fail with EFBIG,
// "File too large", as they fail with ENOSPC on a full disk); SIGXFSZ is ignored meanwhile.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &saved_);
        previous_handler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved_;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previous_handler_);
    }

private:
    rlimit saved_{};
    void (*previous_handler_)(int) = nullptr;
};

}  // namespace

TEST(Checkpoint, AFullDiskFailsClearlyAndKeepsThePreviousCheckpoint) {
    Saved s;
    const std::string before = readFile(s.path);
    // Another step, so that a new checkpoint would differ from the saved one.
    torch::Tensor loss = s.model->forward(torch::rand({2, 4, 3, 64, 64}), 0).recon_seq.sum();
    loss.backward();
    s.optimizer->step();
    CheckpointHeader h;
    h.epoch = 4;
    h.run_config = {{"kind", "dbse-run"}};
    std::string message;
    {
        FileSizeLimit limit(before.size() / 2);
        message = test::runtimeErrorOf([&] { saveCheckpoint(s.path, h, *s.model, s.optimizer.get()); });
    }
    EXPECT_NE(message.find(s.path), std::string::npos) << message;
    EXPECT_NE(message.find("File too large"), std::string::npos) << message;
    EXPECT_EQ(readFile(s.path), before);  // the previous checkpoint, intact
    EXPECT_EQ(readCheckpointHeader(s.path).epoch, 3);
    for (const auto& entry : std::filesystem::directory_iterator(s.dir / ""))
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
    // With room again, the same save works.
    saveCheckpoint(s.path, h, *s.model, s.optimizer.get());
    EXPECT_EQ(readCheckpointHeader(s.path).epoch, 4);
}
