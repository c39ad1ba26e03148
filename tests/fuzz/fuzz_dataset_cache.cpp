// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the dataset cache (core/data/dataset_cache.h). The input is meta.json, then
// a 0 byte, then train.frames.npy (optional); the other files of the folder come from a valid
// cache (fuzz_cache_template.h). A damaged cache must be reported as absent (and removed),
// never crash; what loads must hold the sequences it claims.

#include "core/data/dataset_cache.h"
#include "fuzz_cache_template.h"
#include "fuzz_input.h"

#include <torch/torch.h>

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::map<std::string, std::string> files = dbse::fuzz::cacheTemplateFiles(dbse::fuzz::scratchDir());
    const std::filesystem::path folder = dbse::fuzz::scratchDir() / "cache";
    for (const auto& [name, bytes] : files)
        dbse::fuzz::writeInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), "cache/" + name);
    const uint8_t* split = std::find(data, data + size, uint8_t(0));
    dbse::fuzz::writeInput(data, static_cast<size_t>(split - data), "cache/meta.json");
    if (split != data + size)
        dbse::fuzz::writeInput(split + 1, static_cast<size_t>(data + size - split - 1), "cache/train.frames.npy");
    // loadCachedDataset never throws (a damaged cache is "absent"); what it returns must be
    // usable, so an exception below is a finding too.
    const auto splits = dbse::loadCachedDataset(folder.string(), dbse::fuzz::kFuzzCacheKey);
    if (splits)
        for (const dbse::SequenceDataset* d : {&splits->train, &splits->test}) {
            dbse::validate(*d);
            if (d->size() > 0)
                (void)d->batch(torch::tensor({int64_t(0), d->size() - 1}), torch::kCPU).sum().item<double>();
        }
    return 0;
}
