// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: checkpoint files (core/train/checkpoint.h) — the header reader, and loading
// into a small model, which must refuse a damaged file (checksum, sizes, version) before
// LibTorch reads its payload.

#include "core/model/dbse_model.h"
#include "core/train/checkpoint.h"
#include "fuzz_input.h"
#include "tests/core/tiny_model_configs.h"

#include <torch/torch.h>

#include <exception>

namespace {

dbse::DbseModel& smallModel() {
    static dbse::DbseModel model(dbse::test::tinyModelConfig());
    return model;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string file = dbse::fuzz::writeInput(data, size, "checkpoint.pt");
    try {
        dbse::readCheckpointHeader(file);
    } catch (const std::exception&) {
    }
    try {
        dbse::loadCheckpoint(file, *smallModel(), nullptr, false);
    } catch (const std::exception&) {
    }
    return 0;
}
