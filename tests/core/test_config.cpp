// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Presets, config JSON and validation.

#include "core/model/config.h"
#include "core/model/dbse_model.h"
#include "core/util/json_io.h"
#include "core/util/presets.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <vector>

using namespace dbse;

namespace {

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(Presets, ShippedPresetsLoad) {
    const auto names = presetNames();
    for (const char* expected : {"mug", "quick", "sprites"})
        EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
    for (const auto& name : names)
        EXPECT_EQ(loadPreset(name).name, name);
}

TEST(Presets, ParameterCountsEqualThePublishedArchitectures) {
    EXPECT_EQ(makeModel(loadPreset("sprites").model)->parameterCount(), 14900163);
    EXPECT_EQ(makeModel(loadPreset("mug").model)->parameterCount(), 8784515);
}

TEST(Presets, PublishedHyperparameters) {
    const Preset sprites = loadPreset("sprites");
    EXPECT_EQ(sprites.model.g_dim, 256);
    EXPECT_EQ(sprites.model.rnn_size, 64);
    EXPECT_DOUBLE_EQ(sprites.loss.w_seq, 5);
    EXPECT_DOUBLE_EQ(sprites.loss.w_frame, 1);
    EXPECT_DOUBLE_EQ(sprites.train.lr, 2e-3);
    EXPECT_EQ(sprites.train.batch, 128);
    EXPECT_EQ(sprites.loss.recon_frames, ReconFrames::All);
    const Preset mug = loadPreset("mug");
    EXPECT_EQ(mug.model.frames, 15);
    EXPECT_DOUBLE_EQ(mug.loss.w_seq, 87);
    EXPECT_DOUBLE_EQ(mug.loss.w_frame, 30);
    EXPECT_EQ(mug.loss.recon_frames, ReconFrames::SkipAnchor);
    EXPECT_EQ(mug.train.kl_annealing, KlAnnealing::CyclicCosine);
}

TEST(Presets, UnknownNameListsTheKnownOnes) {
    const std::string message = errorOf([] { loadPreset("nope"); });
    EXPECT_NE(message.find("unknown preset 'nope'"), std::string::npos) << message;
    EXPECT_NE(message.find("sprites"), std::string::npos) << message;
}

// A JSON file far larger than any config is refused by its size, before it is read (the file
// is sparse: no disk space is used).
TEST(Presets, OversizedFileIsRefusedBeforeReading) {
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("dbse-huge-preset-" + std::to_string(::getpid()) + ".json");
    std::ofstream(file) << "{}";
    std::filesystem::resize_file(file, kMaxJsonFileBytes + 1);
    const std::string message = errorOf([&] { loadPreset(file.string()); });
    std::filesystem::remove(file);
    EXPECT_NE(message.find(file.string()), std::string::npos) << message;
    EXPECT_NE(message.find("too large for a JSON file"), std::string::npos) << message;
}

TEST(ConfigJson, RoundTripKeepsEveryField) {
    Preset p = loadPreset("mug");
    p.model.anchor = parseAnchor("3");
    p.model.posterior = PosteriorKind::Causal;
    p.train.schedule = ScheduleKind::CosineWarmRestarts;
    const nlohmann::json j = p;
    const Preset back = j.get<Preset>();
    EXPECT_EQ(nlohmann::json(back), j);
    EXPECT_EQ(back.model.anchor.mode, AnchorMode::Fixed);
    EXPECT_EQ(back.model.anchor.index, 3);
}

TEST(ConfigJson, ErrorsNameTheField) {
    nlohmann::json j = loadPreset("quick");
    j["model"]["g_dimm"] = 3;
    EXPECT_NE(errorOf([&] { j.get<Preset>(); }).find("model.g_dimm: unknown key"), std::string::npos);

    j = loadPreset("quick");
    j["train"]["lr"] = "fast";
    EXPECT_NE(errorOf([&] { j.get<Preset>(); }).find("train.lr: has the wrong type"), std::string::npos);

    j = loadPreset("quick");
    j["train"]["batch"] = 0;
    EXPECT_NE(errorOf([&] { j.get<Preset>(); }).find("train.batch"), std::string::npos);

    j = loadPreset("quick");
    j["model"]["posterior"] = "sideways";
    const std::string message = errorOf([&] { j.get<Preset>(); });
    EXPECT_NE(message.find("model.posterior: 'sideways' is not one of bidirectional, causal"), std::string::npos)
        << message;

    j = loadPreset("quick");
    j["model"]["anchor"] = "12";
    EXPECT_NE(errorOf([&] { j.get<Preset>(); }).find("model.anchor: index 12"), std::string::npos);
}

// A number an int field cannot hold is refused (a fuzzer found 4e68 in model.channels, which
// nlohmann's conversion turned into undefined behaviour), whole floats are taken.
TEST(ConfigJson, IntegerFieldsRefuseNumbersOutOfRange) {
    for (const nlohmann::json& bad : {nlohmann::json(4e68), nlohmann::json(2.5), nlohmann::json(int64_t(1) << 40),
                                      nlohmann::json(uint64_t(1) << 63)}) {
        nlohmann::json j = loadPreset("quick");
        j["model"]["channels"] = bad;
        const std::string message = errorOf([&] { j.get<Preset>(); });
        EXPECT_NE(message.find("model.channels: " + bad.dump() + " is not a whole number from -2147483648 to 2147483647"),
                  std::string::npos)
            << message;
    }
    nlohmann::json j = loadPreset("quick");
    j["model"]["channels"] = 3.0;
    EXPECT_EQ(j.get<Preset>().model.channels, 3);
}

TEST(JsonIntegers, WholeNumbersInRangeAreReadAndEverythingElseIsRefusedByName) {
    using nlohmann::json;
    EXPECT_EQ(jsonInteger<int>(json(3.0), "x"), 3);
    EXPECT_EQ(jsonInteger<int>(json(-2147483648LL), "x"), std::numeric_limits<int>::min());
    EXPECT_EQ(jsonInteger<uint64_t>(json(uint64_t(1) << 63), "x"), uint64_t(1) << 63);
    EXPECT_EQ(jsonInteger<int64_t>(json(-5), "x"), -5);
    for (const json& bad : {json(4e68), json(-1e300), json(2.5), json(2147483648LL), json(uint64_t(1) << 63),
                            json("7"), json(nullptr), json(true), json::array()})
        EXPECT_NE(errorOf([&] { jsonInteger<int>(bad, "judge.epochs"); })
                      .find("judge.epochs: " + bad.dump() + " is not a whole number from -2147483648 to 2147483647"),
                  std::string::npos)
            << bad.dump();
    EXPECT_NE(errorOf([] { jsonInteger<uint64_t>(json(-1), "seed"); }).find("seed: -1 is not a whole number"),
              std::string::npos);

    const json object = {{"epoch", 12}, {"huge", 1e300}};
    EXPECT_EQ(jsonIntegerAt<int>(object, "epoch"), 12);
    EXPECT_EQ(jsonIntegerOr<int>(object, "absent", 7), 7);
    EXPECT_NE(errorOf([&] { jsonIntegerAt<int>(object, "absent"); }).find("absent: missing"), std::string::npos);
    EXPECT_NE(errorOf([&] { jsonIntegerOr<int>(object, "huge", 0); }).find("huge: 1e+300 is not a whole number"),
              std::string::npos);

    EXPECT_EQ(jsonIntegers<int64_t>(json{1, 2, 3}, "element"), (std::vector<int64_t>{1, 2, 3}));
    EXPECT_NE(errorOf([] { jsonIntegers<int64_t>(json{1, 1e30, 3}, "element"); }).find("element[1]: 1e+30 is not"),
              std::string::npos);
    EXPECT_NE(errorOf([] { jsonIntegers<int64_t>(json(4), "element"); }).find("element: expected an array"),
              std::string::npos);
}

TEST(ConfigJson, MalformedFileIsNamed) {
    const std::string path = ::testing::TempDir() + "/broken-preset.json";
    {
        std::ofstream out(path);
        out << "{ \"name\": ";
    }
    const std::string message = errorOf([&] { loadPreset(path); });
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find("not valid JSON"), std::string::npos) << message;
}

TEST(Anchor, ResolvesEveryMode) {
    EXPECT_EQ(parseAnchor("first").resolve(8, 5), 0);
    EXPECT_EQ(parseAnchor("middle").resolve(8, 5), 4);
    EXPECT_EQ(parseAnchor("last").resolve(8, 5), 7);
    EXPECT_EQ(parseAnchor("2").resolve(8, 5), 2);
    EXPECT_EQ(parseAnchor("random").resolve(8, 13), 5);
    EXPECT_EQ(parseAnchor("random").inferenceIndex(8), 0);
    EXPECT_THROW(parseAnchor("-1"), std::invalid_argument);
    EXPECT_THROW(parseAnchor("2x"), std::invalid_argument);
}

TEST(Ablation, SwitchesExactlyWhatItsNameSays) {
    const Preset base = loadPreset("sprites");
    struct Case {
        const char* name;
        bool subtract, static_loss;
    } cases[] = {{"none", true, true}, {"no-subtraction", false, true}, {"no-static-loss", true, false},
                 {"both", false, false}};
    for (const auto& c : cases) {
        ModelConfig m = base.model;
        LossConfig l = base.loss;
        applyAblation(parseAblation(c.name), m, l);
        EXPECT_EQ(m.subtract_anchor, c.subtract) << c.name;
        EXPECT_EQ(l.static_frame_loss, c.static_loss) << c.name;
        EXPECT_EQ(nlohmann::json(m).dump(), [&] {
            ModelConfig expected = base.model;
            expected.subtract_anchor = c.subtract;
            return nlohmann::json(expected).dump();
        }()) << c.name;
        EXPECT_DOUBLE_EQ(l.w_frame, base.loss.w_frame) << c.name;
    }
    EXPECT_THROW(parseAblation("half"), std::invalid_argument);
}
