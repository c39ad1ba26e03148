// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/builtin_datasets.h"

#include "core/data/procedural_shapes.h"
#include "core/data/spec_options.h"

#include <stdexcept>

namespace dbse {
namespace {
constexpr int64_t kShapesTrain = 3000;
constexpr int64_t kShapesTest = 600;
}  // namespace

std::vector<BuiltinInfo> builtinDatasets() {
    return {{"shapes", "Procedural 64x64 RGB clips, 8 frames: shape, colour and background are "
                       "static; 8 motions (slides, spins, grow, shrink) are dynamic. " +
                           std::to_string(kShapesTrain) + " train / " + std::to_string(kShapesTest) +
                           " test sequences."}};
}

DatasetForm builtinDatasetForm() {
    DatasetForm form{DatasetPathType::Name, "", {}, {}};
    for (const auto& b : builtinDatasets())
        form.names.push_back(b.name);
    form.options = {integerOption("train", kShapesTrain, 2, 100000, "training sequences to generate"),
                    integerOption("test", kShapesTest, 1, 100000, "test sequences to generate")};
    return form;
}

DatasetSplits loadBuiltinDataset(const std::string& name_with_options) {
    SpecOptions options(name_with_options);
    const int train = options.integer("train", kShapesTrain, 2, 100000);
    const int test = options.integer("test", kShapesTest, 1, 100000);
    options.finish();
    const std::string& name = options.path();
    if (name != "shapes")
        throw std::invalid_argument("builtin dataset '" + name + "' does not exist (known: shapes)");
    DatasetSplits splits;
    splits.train = makeShapesDataset({train, /*seed=*/1});
    splits.train.name = "builtin:shapes/train";
    splits.test = makeShapesDataset({test, /*seed=*/2});
    splits.test.name = "builtin:shapes/test";
    if (train != kShapesTrain || test != kShapesTest)
        splits.train.attributes["options"] = splits.test.attributes["options"] = options.canonical();
    return splits;
}

}  // namespace dbse
