// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/npy_dataset.h"

#include "core/data/npy.h"
#include "core/util/file_error.h"
#include "core/util/tensor_text.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace dbse {
namespace {

namespace fs = std::filesystem;
constexpr uint64_t kSplitSeed = 20240721;  // fixed, so every run of a file sees the same split
constexpr double kTestFraction = 0.1;

// uint8 [N, T, C, H, W] from what the file holds.
torch::Tensor framesFrom(const std::string& path, torch::Tensor a) {
    if (a.dim() == 4) a = a.unsqueeze(2);
    if (a.dim() != 5 || (a.size(2) != 1 && a.size(2) != 3))
        throwFileError(path, "expected frames shaped [N, T, C, H, W] with C = 1 or 3, or [N, T, H, W]; got " + shapeText(a));
    if (a.size(0) < 2 || a.size(1) < 1 || a.size(3) < 1 || a.size(4) < 1)
        throwFileError(path, "needs at least 2 sequences of at least one frame; got " + shapeText(a));
    if (a.scalar_type() == torch::kByte) return a.contiguous();
    if (a.scalar_type() != torch::kFloat && a.scalar_type() != torch::kDouble)
        throwFileError(path, "frames must be uint8, or float32/float64 in [0, 1]");
    const double lo = a.min().item<double>(), hi = a.max().item<double>();
    if (!(lo >= 0.0 && hi <= 1.0))  // also catches NaN
        throwFileError(path, "float frames must lie in [0, 1]; found values in [" + std::to_string(lo) + ", " +
                         std::to_string(hi) + "]");
    return a.mul(255.0).round_().to(torch::kByte).contiguous();
}

LabelColumn labelFrom(const fs::path& file, const std::string& name, int64_t count) {
    const std::string path = file.string();
    torch::Tensor values = readNpy(path);
    if (values.scalar_type() != torch::kByte && values.scalar_type() != torch::kLong)
        throwFileError(path, "label values must be uint8 or int64 integers");
    if (values.dim() != 1 || values.size(0) != count)
        throwFileError(path, "expected " + std::to_string(count) + " label values (one per sequence); got shape " +
                         shapeText(values));
    values = values.to(torch::kLong);
    if (values.min().item<int64_t>() < 0) throwFileError(path, "label values must not be negative");
    LabelColumn column;
    column.name = name;
    const int64_t classes = values.max().item<int64_t>() + 1;
    for (int64_t k = 0; k < classes; ++k) column.classes.push_back(std::to_string(k));
    column.values = values;
    return column;
}

// Label files next to `file`, sorted by name so the column order does not depend on the directory.
std::vector<std::pair<std::string, fs::path>> labelFiles(const fs::path& file, const std::string& kind) {
    std::vector<std::pair<std::string, fs::path>> found;
    const std::string prefix = file.stem().string() + "." + kind + ".";
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > prefix.size() + 4 && name.compare(0, prefix.size(), prefix) == 0 &&
            name.compare(name.size() - 4, 4, ".npy") == 0)
            found.emplace_back(name.substr(prefix.size(), name.size() - prefix.size() - 4), entry.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace

DatasetSplits loadNpyDataset(const std::string& path) {
    const fs::path file(path);
    std::error_code error;
    if (!fs::is_regular_file(file, error)) throwFileError(path, "no such file");
    SequenceDataset all;
    all.pixel_scale = 1.0 / 255.0;
    all.frames = framesFrom(path, readNpy(path));
    const int64_t n = all.frames.size(0);
    for (const auto& [name, label_file] : labelFiles(file, "static"))
        all.static_labels.push_back(labelFrom(label_file, name, n));
    for (const auto& [name, label_file] : labelFiles(file, "dynamic"))
        all.dynamic_labels.push_back(labelFrom(label_file, name, n));

    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(kSplitSeed);
    const torch::Tensor order = torch::randperm(n, generator, torch::kLong);
    const int64_t n_test = std::clamp<int64_t>(static_cast<int64_t>(n * kTestFraction + 0.5), 1, n - 1);
    DatasetSplits splits;
    splits.train = subset(all, order.narrow(0, n_test, n - n_test), "npy:" + path + "/train");
    splits.test = subset(all, order.narrow(0, 0, n_test), "npy:" + path + "/test");
    validate(splits.train);
    validate(splits.test);
    return splits;
}

}  // namespace dbse
