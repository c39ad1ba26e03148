// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// dbse_fuzz_seeds OUTDIR: writes the seed corpus of every fuzz target, OUTDIR/<target>/<seed>,
// with the project's own writers, so the fuzzers start from valid files of each format. OUTDIR
// is emptied first: every test run starts from the same corpus.

#include "core/data/npy.h"
#include "core/media/audio_io.h"
#include "core/media/video_encode.h"
#include "core/model/dbse_model.h"
#include "core/train/checkpoint.h"
#include "core/train/run_folder.h"
#include "core/util/presets.h"
#include "fuzz_cache_template.h"
#include "tests/core/tiny_model_configs.h"

#include <torch/torch.h>

#include <cmath>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace {

void writeSeed(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

void csvSeeds(const fs::path& dir) {
    writeSeed(dir / "etth1.csv", "date,HUFL,HULL,OT\n2016-07-01 00:00:00,5.827,2.009,30.531\n"
                                 "2016-07-01 01:00:00,5.693,NA,27.787\n2016-07-01T02:00,,1.2,27.7\n");
    writeSeed(dir / "quoted.csv", "\"id\",\"value\"\n\"a,b\",1e3\n\"c\"\"d\",-0.5\n");
    writeSeed(dir / "ragged.csv", "a,b,c\n1,2\n3,4,5,6\n7,8,9\n");
}

void npySeeds(const fs::path& dir) {
    fs::create_directories(dir);
    dbse::writeNpy((dir / "float.npy").string(), torch::arange(12, torch::kFloat).reshape({3, 4}));
    dbse::writeNpy((dir / "uint8.npy").string(), torch::ones({2, 2, 2}, torch::kUInt8));
    dbse::writeNpy((dir / "int64.npy").string(), torch::arange(5, torch::kLong));
}

void configSeeds(const fs::path& dir) {
    for (const std::string& name : dbse::presetNames())
        writeSeed(dir / (name + ".json"), nlohmann::json(dbse::loadPreset(name)).dump(1));
    dbse::RunConfig run;
    run.preset = dbse::loadPreset("quick");
    writeSeed(dir / "run-config.json", nlohmann::json(run).dump(1));
}

void checkpointSeeds(const fs::path& dir) {
    dbse::DbseModel model(dbse::test::tinyModelConfig());
    dbse::CheckpointHeader header;
    header.epoch = 1;
    header.global_step = 4;
    dbse::RunConfig run;
    run.preset.model = dbse::test::tinyModelConfig();
    header.run_config = run;
    fs::create_directories(dir);
    dbse::saveCheckpoint((dir / "tiny.pt").string(), header, *model, nullptr);
}

void physionetSeeds(const fs::path& dir) {
    std::string record = "\x01Time,Parameter,Value\n00:00,RecordID,132539\n00:00,Age,54\n00:00,ICUType,4\n";
    for (int hour = 0; hour < 3; ++hour)
        record += "0" + std::to_string(hour) + ":15,HR,80\n0" + std::to_string(hour) + ":15,Temp,37.1\n";
    writeSeed(dir / "record", record);
    writeSeed(dir / "outcomes", std::string(1, '\0') +
                                    "RecordID,SAPS-I,SOFA,Length_of_stay,Survival,In-hospital_death\n132539,6,1,5,-1,0\n");
}

void cacheSeeds(const fs::path& dir, const fs::path& scratch) {
    const auto files = dbse::fuzz::cacheTemplateFiles(scratch);
    writeSeed(dir / "cache", files.at("meta.json") + std::string(1, '\0') + files.at("train.frames.npy"));
}

void mediaSeeds(const fs::path& video, const fs::path& audio) {
    fs::create_directories(video);
    const torch::Tensor frames = torch::arange(4 * 16 * 16 * 3, torch::kLong).remainder(256).to(torch::kUInt8).reshape({4, 16, 16, 3});
    dbse::writeVideoFile((video / "clip.mp4").string(), frames);
    dbse::writeVideoFile((video / "clip.gif").string(), frames);
    std::vector<float> samples(3200);
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = 0.5f * std::sin(0.1f * static_cast<float>(i));
    fs::create_directories(audio);
    dbse::writeWav((audio / "sine.wav").string(), samples, 16000);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: dbse_fuzz_seeds OUTDIR\n";
        return 2;
    }
    try {
        const fs::path out(argv[1]);
        fs::remove_all(out);
        const fs::path scratch = out / ".scratch";
        fs::create_directories(scratch);
        csvSeeds(out / "fuzz_csv_table");
        npySeeds(out / "fuzz_npy");
        configSeeds(out / "fuzz_config_json");
        checkpointSeeds(out / "fuzz_checkpoint");
        physionetSeeds(out / "fuzz_physionet");
        cacheSeeds(out / "fuzz_dataset_cache", scratch);
        mediaSeeds(out / "fuzz_video_decode", out / "fuzz_audio_decode");
        fs::remove_all(scratch);
    } catch (const std::exception& e) {
        std::cerr << "dbse_fuzz_seeds: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
