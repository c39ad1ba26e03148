// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// fsdd:DIR and audio:DIR: chunked spectrogram sequences with their files' labels, splits,
// the cache, bad files under --on-error stop/skip, the real FSDD (DBSE_SHARED_DATA) and one
// short training epoch on a generated folder.

#include "audio_fixtures.h"
#include "audio_model_support.h"
#include "core/media/audio_datasets.h"
#include "core/media/media_datasets.h"
#include "core/train/trainer.h"
#include "core/util/atomic_file.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

using namespace dbse;
namespace fs = std::filesystem;

namespace {

DatasetOptions scratchCache(const test::ScratchDir& dir, OnError on_error = OnError::Stop) {
    DatasetOptions o;
    o.on_error = on_error;
    o.cache_dir = dir / "cache";
    return o;
}

// <speaker>/<word>/<n>.wav: 2 speakers x 2 words x 3 files of 0.5 s at 8 kHz.
std::string makeSpeechFolder(const test::ScratchDir& dir) {
    const std::string root = dir / "speech";
    int n = 0;
    for (const std::string speaker : {"ann", "bob"})
        for (const std::string word : {"yes", "no"}) {
            fs::create_directories(root + "/" + speaker + "/" + word);
            for (int i = 0; i < 3; ++i, ++n)
                test::writeSineWav(root + "/" + speaker + "/" + word + "/" + std::to_string(i) + ".wav",
                                   200 + 50 * n, 8000, 0.5);
        }
    writeFileAtomically(root + "/README.txt", "not audio, ignored by extension\n");
    return root;
}

std::set<int64_t> filesIn(const SequenceDataset& d) {
    std::set<int64_t> files;
    for (int64_t i = 0; i < d.size(); ++i)
        files.insert(static_cast<int64_t>(d.values.at(0).values[i].item<float>()));
    return files;
}

const LabelColumn& column(const std::vector<LabelColumn>& columns, const std::string& name) {
    for (const auto& c : columns)
        if (c.name == name)
            return c;
    throw std::runtime_error("no label column " + name);
}

}  // namespace

TEST(AudioFolder, ChunksBecomeSequencesWithTheirFilesLabels) {
    registerMediaDatasetKinds();
    test::ScratchDir dir;
    const std::string root = makeSpeechFolder(dir);
    DatasetSplits s = loadDataset(parseDatasetSpec("audio:" + root + "?test=0.25"), scratchCache(dir));
    // 0.5 s at 8 kHz -> 8000 samples at 16 kHz -> 3 chunks of 3200 (the last zero-padded).
    EXPECT_EQ(s.train.size() + s.test.size(), 12 * 3);
    EXPECT_EQ(s.test.size(), 3 * 3);
    ASSERT_EQ(s.train.frames.dim(), 3);
    EXPECT_EQ(s.train.frames.size(1), 20);
    EXPECT_EQ(s.train.frames.size(2), 201);
    EXPECT_EQ(s.train.frames.dtype(), torch::kFloat);
    EXPECT_TRUE(s.skipped.empty());
    const LabelColumn& speaker = column(s.train.static_labels, "static");
    const LabelColumn& word = column(s.train.dynamic_labels, "dynamic");
    EXPECT_EQ(speaker.classes, (std::vector<std::string>{"ann", "bob"}));
    EXPECT_EQ(word.classes, (std::vector<std::string>{"no", "yes"}));
    EXPECT_EQ(s.train.attributes.at("sample_rate"), "16000");
    EXPECT_EQ(s.train.attributes.at("n_fft"), "400");
    EXPECT_EQ(s.train.attributes.at("hop_length"), "165");
    EXPECT_NE(s.train.attributes.at("options").find("rate=16000"), std::string::npos);
    // A file's chunks stay in one split.
    std::set<int64_t> train_files = filesIn(s.train), test_files = filesIn(s.test);
    for (int64_t f : test_files)
        EXPECT_EQ(train_files.count(f), 0u) << f;
    EXPECT_EQ(train_files.size() + test_files.size(), 12u);
    validate(s.train);
    validate(s.test);
}

TEST(AudioFolder, ManifestGivesTheLabels) {
    test::ScratchDir dir;
    const std::string root = dir / "clips";
    fs::create_directories(root);
    test::writeSineWav(root + "/a.wav", 300, 16000, 0.2);
    test::writeSineWav(root + "/b.wav", 600, 16000, 0.2);
    writeFileAtomically(root + "/labels.csv", "file,static,dynamic\na.wav,low,rise\nb.wav,high,fall\n");
    DatasetSplits s = loadAudioFolderDataset(root + "?manifest=labels.csv&test=0", scratchCache(dir));
    ASSERT_EQ(s.train.size(), 2);
    EXPECT_EQ(s.test.size(), 0);
    const LabelColumn& pitch = column(s.train.static_labels, "static");
    EXPECT_EQ(pitch.classes[pitch.values[0].item<int64_t>()], "low");
    EXPECT_EQ(pitch.classes[pitch.values[1].item<int64_t>()], "high");

    writeFileAtomically(root + "/broken.csv", "file,static,dynamic\na.wav,low\n");
    const std::string message =
        test::runtimeErrorOf([&] { loadAudioFolderDataset(root + "?manifest=broken.csv", scratchCache(dir)); });
    EXPECT_NE(message.find("broken.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("line 2"), std::string::npos) << message;
}

TEST(AudioFolder, OptionsChangeTheSpectrogramAndUnknownKeysAreRefused) {
    test::ScratchDir dir;
    const std::string root = makeSpeechFolder(dir);
    DatasetSplits s = loadAudioFolderDataset(root + "?rate=8000&n_fft=256&win=256&hop=128&chunk=2048&test=0",
                                             scratchCache(dir));
    // 4000 samples -> 2 chunks of 2048; 1 + 2048/128 = 17 frames of 129 bins.
    EXPECT_EQ(s.train.size(), 12 * 2);
    EXPECT_EQ(s.train.frames.size(1), 17);
    EXPECT_EQ(s.train.frames.size(2), 129);
    const std::string typo =
        test::invalidArgumentOf([&] { loadAudioFolderDataset(root + "?hopp=100", scratchCache(dir)); });
    EXPECT_NE(typo.find("hopp"), std::string::npos) << typo;
    EXPECT_FALSE(test::invalidArgumentOf([&] { loadAudioFolderDataset(root + "?win=500", scratchCache(dir)); }).empty());
}

TEST(AudioFolder, SecondLoadComesFromTheCacheAndAChangedFileRebuilds) {
    test::ScratchDir dir;
    const std::string root = makeSpeechFolder(dir);
    DatasetSplits first = loadAudioFolderDataset(root, scratchCache(dir));
    ASSERT_FALSE(first.cache_file.empty());
    EXPECT_EQ(first.cache_file.rfind(dir / "cache", 0), 0u);
    EXPECT_TRUE(fs::is_directory(first.cache_file));
    DatasetSplits second = loadAudioFolderDataset(root, scratchCache(dir));
    EXPECT_EQ(second.cache_file, first.cache_file);
    EXPECT_TRUE(torch::equal(second.train.frames, first.train.frames));
    EXPECT_TRUE(torch::equal(second.test.static_labels[0].values, first.test.static_labels[0].values));
    EXPECT_EQ(second.train.attributes, first.train.attributes);
    // Other options or another file content: another cache entry.
    EXPECT_NE(loadAudioFolderDataset(root + "?hop=160", scratchCache(dir)).cache_file, first.cache_file);
    test::writeSineWav(root + "/ann/yes/0.wav", 1000, 8000, 0.7);
    DatasetSplits changed = loadAudioFolderDataset(root, scratchCache(dir));
    EXPECT_NE(changed.cache_file, first.cache_file);
    EXPECT_EQ(changed.train.size() + changed.test.size(), 11 * 3 + 4);
}

TEST(AudioFolder, BadFilesStopOrAreSkipped) {
    test::ScratchDir dir;
    const std::string root = makeSpeechFolder(dir);
    std::ofstream(root + "/ann/yes/empty.wav").close();
    writeFileAtomically(root + "/bob/no/words.wav", "plain text renamed to .wav\n");
    const std::string whole = readFile(root + "/ann/no/0.wav");
    writeFileAtomically(root + "/bob/yes/cut.wav", whole.substr(0, 44 + 400));

    const std::string stop = test::runtimeErrorOf([&] { loadAudioFolderDataset(root, scratchCache(dir)); });
    EXPECT_TRUE(stop.find("empty.wav") != std::string::npos || stop.find("words.wav") != std::string::npos ||
                stop.find("cut.wav") != std::string::npos)
        << stop;

    DatasetSplits s = loadAudioFolderDataset(root, scratchCache(dir, OnError::Skip));
    EXPECT_EQ(s.train.size() + s.test.size(), 12 * 3);
    ASSERT_EQ(s.skipped.size(), 3u);
    std::string all;
    for (const auto& line : s.skipped)
        all += line + "\n";
    EXPECT_NE(all.find(root + "/ann/yes/empty.wav: empty file"), std::string::npos) << all;
    EXPECT_NE(all.find(root + "/bob/no/words.wav: not a readable audio file"), std::string::npos) << all;
    EXPECT_NE(all.find(root + "/bob/yes/cut.wav: truncated"), std::string::npos) << all;
    // The cached build remembers what it skipped; under stop it still refuses.
    EXPECT_EQ(loadAudioFolderDataset(root, scratchCache(dir, OnError::Skip)).skipped.size(), 3u);
    EXPECT_FALSE(test::runtimeErrorOf([&] { loadAudioFolderDataset(root, scratchCache(dir)); }).empty());
}

TEST(AudioFolder, FoldersWithoutUsableAudio) {
    test::ScratchDir dir;
    fs::create_directories(dir / "none");
    writeFileAtomically(dir / "none/notes.txt", "hello\n");
    std::string message = test::runtimeErrorOf([&] { loadAudioFolderDataset(dir / "none", scratchCache(dir)); });
    EXPECT_NE(message.find(dir / "none"), std::string::npos) << message;
    EXPECT_NE(message.find("no audio files"), std::string::npos) << message;

    fs::create_directories(dir / "bad");
    std::ofstream(dir / "bad/a.wav").close();
    writeFileAtomically(dir / "bad/b.mp3", "nope");
    message = test::runtimeErrorOf([&] { loadAudioFolderDataset(dir / "bad", scratchCache(dir, OnError::Skip)); });
    EXPECT_NE(message.find("no usable audio file"), std::string::npos) << message;

    message = test::runtimeErrorOf([&] { loadAudioFolderDataset(dir / "missing", scratchCache(dir)); });
    EXPECT_NE(message.find("not a folder"), std::string::npos) << message;
}

TEST(Fsdd, GeneratedFolderFollowsTheOfficialSplit) {
    registerMediaDatasetKinds();
    test::ScratchDir dir;
    const std::string root = dir / "fsdd";
    fs::create_directories(root + "/recordings");
    for (int digit : {3, 7})
        for (const std::string speaker : {"theo", "lucas"})
            for (int index : {0, 4, 5, 12})
                test::writeSineWav(root + "/recordings/" + std::to_string(digit) + "_" + speaker + "_" +
                                       std::to_string(index) + ".wav",
                                   150.0 * digit, 8000, 0.3);
    writeFileAtomically(root + "/recordings/notes.wav.txt", "ignored");
    DatasetSplits s = loadDataset(parseDatasetSpec("fsdd:" + root), scratchCache(dir));
    // 0.3 s at 8 kHz -> 4800 samples at 16 kHz -> 2 chunks.
    EXPECT_EQ(s.train.size(), 8 * 2);  // index 5 and 12
    EXPECT_EQ(s.test.size(), 8 * 2);   // index 0 and 4
    EXPECT_EQ(column(s.train.static_labels, "speaker").classes, (std::vector<std::string>{"lucas", "theo"}));
    EXPECT_EQ(column(s.train.dynamic_labels, "digit").classes, (std::vector<std::string>{"3", "7"}));
    EXPECT_EQ(s.train.name, "fsdd:" + root + "/train");

    const std::string message = test::runtimeErrorOf([&] { loadFsddDataset(dir.str(), scratchCache(dir)); });
    EXPECT_NE(message.find("recordings"), std::string::npos) << message;
}

TEST(Fsdd, RealDatasetCounts) {
    const char* shared = std::getenv("DBSE_SHARED_DATA");
    const std::string root = shared ? std::string(shared) + "/fsdd" : "";
    if (root.empty() || !fs::is_directory(root + "/recordings"))
        GTEST_SKIP() << "DBSE_SHARED_DATA/fsdd is not available (set DBSE_SHARED_DATA to the shared data folder)";
    test::ScratchDir dir;
    DatasetSplits s = loadFsddDataset(root, scratchCache(dir));
    EXPECT_TRUE(s.skipped.empty());
    EXPECT_EQ(filesIn(s.train).size(), 2700u);
    EXPECT_EQ(filesIn(s.test).size(), 300u);
    EXPECT_EQ(column(s.train.static_labels, "speaker").classes.size(), 6u);
    EXPECT_EQ(column(s.train.dynamic_labels, "digit").classes.size(), 10u);
    EXPECT_EQ(s.train.frames.size(1), 20);
    EXPECT_EQ(s.train.frames.size(2), 201);
    // Every clip gives at least one chunk; 0.14-2.28 s at 16 kHz gives 1-12.
    EXPECT_GE(s.train.size(), 2700);
    EXPECT_LE(s.train.size(), 2700 * 12);
    RecordProperty("train_sequences", std::to_string(s.train.size()));
    RecordProperty("test_sequences", std::to_string(s.test.size()));
}

TEST(AudioTraining, OneShortEpochOnAGeneratedFolder) {
    test::ScratchDir dir;
    const std::string root = makeSpeechFolder(dir);
    DatasetSplits s = loadAudioFolderDataset(root, scratchCache(dir));
    RunConfig run;
    run.dataset = "audio:" + root;
    run.preset.name = "tiny-audio";
    run.preset.model = test::tinyAudioConfig(20, 201);
    run.preset.loss = test::audioLoss();
    run.preset.train.epochs = 1;
    run.preset.train.batch = 8;
    run.preset.train.threads = 2;
    Trainer trainer(RunFolder::create(dir / "run", run), s);
    const TrainResult result = trainer.run();
    EXPECT_EQ(result.outcome, TrainOutcome::Finished) << result.message;
    EXPECT_EQ(result.epochs_completed, 1);
    EXPECT_TRUE(fs::exists(trainer.runFolder().checkpointPath()));

    // A preset of the wrong shape is refused, naming both.
    run.preset.model.features = 129;
    const std::string message =
        test::invalidArgumentOf([&] { Trainer(RunFolder::create(dir / "run2", run), s); });
    EXPECT_NE(message.find("129 features"), std::string::npos) << message;
}
