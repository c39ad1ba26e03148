// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small models and datasets shared by the core tests, and a scratch folder per test.

#include "core/data/dataset_spec.h"
#include "core/data/procedural_shapes.h"
#include "core/model/config.h"
#include "core/train/run_folder.h"
#include "tiny_model_configs.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace dbse::test {

inline torch::Generator seeded(uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); }

inline Preset tinyPreset(int epochs = 2, int batch = 16) {
    Preset p;
    p.name = "tiny";
    p.model = tinyModelConfig();
    p.train.epochs = epochs;
    p.train.batch = batch;
    p.train.threads = 2;
    p.train.eval_every = 1;
    return p;
}

inline SequenceDataset tinyShapes(int64_t count, uint64_t seed = 7) {
    return makeShapesDataset({count, seed});
}

// One shared tiny training set: 48 train / 16 test sequences.
inline const DatasetSplits& tinySplits() {
    static const DatasetSplits splits = [] {
        DatasetSplits s;
        s.train = tinyShapes(48, 1);
        s.test = tinyShapes(16, 2);
        return s;
    }();
    return splits;
}

// A fresh, empty folder under the system temp dir, removed at the end of the test.
class ScratchDir {
public:
    ScratchDir() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        path_ = std::filesystem::temp_directory_path() /
                ("dbse-test-" + std::string(info->test_suite_name()) + "-" + info->name() + "-" +
                 std::to_string(::getpid()));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() { std::filesystem::remove_all(path_); }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }
    std::string str() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

// The message of the std::runtime_error that `action` throws, or "" when it throws none.
template <typename Action>
std::string runtimeErrorOf(Action&& action) {
    try {
        action();
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

// The message of the std::invalid_argument that `action` throws, or "" when it throws none.
template <typename Action>
std::string invalidArgumentOf(Action&& action) {
    try {
        action();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

}  // namespace dbse::test
