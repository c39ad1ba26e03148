// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// api::SequenceLab (the Swap and Resample tabs' facade) on tiny runs of each modality: the
// four swap rows and the reconstructions, resampling repeatable under a seed, media files
// decoded with the dataset's preprocessing, no judge -> no predictions, and export that reads back.

#include "core/api/opened_dataset.h"
#include "core/api/row_set.h"
#include "core/api/run_model.h"
#include "core/api/sequence_lab.h"
#include "core/api/training_job.h"
#include "core/data/npy.h"
#include "core/eval/judge.h"
#include "core/util/json_io.h"
#include "tests/gui/tiny_presets.h"
#include "core/media/audio_io.h"
#include "core/media/media_datasets.h"
#include "core/media/single_file_dataset.h"
#include "core/media/video_decode.h"
#include "core/media/video_encode.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace dbse;
using api::SequenceLab;
using api::SequenceSource;

namespace {

fs::path scratch() {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("dbse-lab-test-" + std::to_string(::getpid()));
        fs::create_directories(d);
        // Caches (and judges) of this test only: no judge is found for its datasets.
        setenv("DBSE_CACHE_DIR", (d / "cache").c_str(), 1);
        registerMediaDatasetKinds();
        return d;
    }();
    return dir;
}

// Trains `preset` (adjusted by `adjust`) on `dataset` for one epoch into scratch()/name.
std::shared_ptr<api::RunModel> trainRun(const std::string& name, const std::string& dataset, const std::string& preset,
                                        const std::function<void(Preset&)>& adjust = {}) {
    const std::string dir = (scratch() / name).string();
    RunConfig config;
    config.dataset = dataset;
    config.preset = api::presetSettings(preset);
    config.preset.train.epochs = 1;
    config.preset.train.threads = 2;
    if (adjust)
        adjust(config.preset);
    api::TrainingControl control;
    const api::TrainingResult result = api::trainNewRun(dir, config, control);
    EXPECT_EQ(result.outcome, api::TrainingOutcome::Finished) << result.message;
    return api::RunModel::open(dir);
}

SequenceSource seq(const std::string& split, int64_t index) {
    SequenceSource s;
    s.split = split;
    s.index = index;
    return s;
}

SequenceSource fileSource(const fs::path& file) {
    SequenceSource s;
    s.file = file.string();
    return s;
}

bool samePictures(const api::SequenceRow& a, const api::SequenceRow& b) { return a.pictures.rgb == b.pictures.rgb; }

// Rows 1..K of a resample differ pairwise and from the original (row 0).
void expectDistinct(const api::RowSet& set, bool pictures) {
    for (size_t i = 0; i < set.rows.size(); ++i)
        for (size_t j = i + 1; j < set.rows.size(); ++j) {
            if (pictures)
                EXPECT_FALSE(samePictures(set.rows[i], set.rows[j])) << i << " " << j;
            else
                EXPECT_NE(set.rows[i].values, set.rows[j].values) << i << " " << j;
        }
}

void writeSineWav(const fs::path& path, double hz) {
    fs::create_directories(path.parent_path());
    std::vector<float> samples(8000);
    for (size_t i = 0; i < samples.size(); ++i) samples[i] = 0.4f * float(std::sin(2 * M_PI * hz * double(i) / 16000.0));
    writeWav(path.string(), samples, 16000);
}

// A clip of 10 frames 48x40 (resized to the dataset's size when decoded): a bright square moving right.
void writeClip(const fs::path& path, int shift) {
    torch::Tensor frames = torch::zeros({10, 40, 48, 3}, torch::kByte);
    for (int t = 0; t < 10; ++t) frames[t].narrow(0, 10, 12).narrow(1, 2 * t + shift, 12).fill_(230);
    writeVideoFile(path.string(), frames);
}

class SequenceLabTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        shapes_model_ = trainRun("shapes", "builtin:shapes?train=32&test=16", "quick");
        shapes_ = api::OpenedDataset::open(shapes_model_->datasetSpec());
    }
    static void TearDownTestSuite() {
        shapes_model_.reset();
        shapes_.reset();
    }
    static std::shared_ptr<api::RunModel> shapes_model_;
    static std::shared_ptr<const api::OpenedDataset> shapes_;
};
std::shared_ptr<api::RunModel> SequenceLabTest::shapes_model_;
std::shared_ptr<const api::OpenedDataset> SequenceLabTest::shapes_;

// Removes scratch() after the last test.
class ScratchCleanup : public ::testing::Environment {
public:
    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(scratch(), ignored);
    }
};
const auto* const kCleanup = ::testing::AddGlobalTestEnvironment(new ScratchCleanup);

}  // namespace

TEST_F(SequenceLabTest, VideoSwapGivesFourRowsAndReconstructions) {
    const SequenceLab lab(shapes_model_, shapes_);
    const api::RowSet set = lab.swap(seq("test", 0), seq("test", 3));
    ASSERT_EQ(set.rows.size(), 4u);
    EXPECT_EQ(set.modality, "video");
    EXPECT_EQ(set.steps, 8);
    for (const api::SequenceRow& row : set.rows) {
        EXPECT_EQ(row.pictures.frames, 8);
        EXPECT_EQ(row.pictures.width, 64);
        EXPECT_EQ(row.pictures.rgb.size(), size_t(8) * 64 * 64 * 3);
        EXPECT_TRUE(row.judged.empty());  // no judge in this test's cache
    }
    EXPECT_EQ(set.rows[0].name, "A");
    EXPECT_EQ(set.rows[2].name, "static A + dynamic B");
    EXPECT_EQ(set.rows[0].labels, shapes_->labelsOf("test", 0));
    EXPECT_EQ(set.rows[1].labels, shapes_->labelsOf("test", 3));
    EXPECT_TRUE(set.rows[2].labels.empty());
    EXPECT_FALSE(samePictures(set.rows[2], set.rows[3]));
    EXPECT_FALSE(lab.hasJudge());

    const api::RowSet again = lab.swap(seq("test", 0), seq("test", 3));
    EXPECT_TRUE(samePictures(set.rows[2], again.rows[2]));  // means: deterministic

    // A first look: the swapped rows' first frames, as in the complete rows.
    int looks = 0;
    const api::RowSet complete = lab.swap(seq("test", 0), seq("test", 3), false, 1, [&](const api::RowSet& early) {
        ++looks;
        ASSERT_TRUE(early.partial);
        ASSERT_EQ(early.rows.size(), 4u);
        EXPECT_FALSE(early.tensors);
        EXPECT_TRUE(samePictures(early.rows[0], set.rows[0]));
        for (size_t r = 2; r < 4; ++r) {
            ASSERT_EQ(early.rows[r].pictures.frames, 1);
            const size_t frame = size_t(64) * 64 * 3;
            EXPECT_TRUE(std::equal(early.rows[r].pictures.rgb.begin(), early.rows[r].pictures.rgb.end(),
                                   set.rows[r].pictures.rgb.begin(), set.rows[r].pictures.rgb.begin() + frame));
        }
    });
    EXPECT_EQ(looks, 1);
    EXPECT_FALSE(complete.partial);
    EXPECT_TRUE(samePictures(complete.rows[3], set.rows[3]));

    const api::RowSet with = lab.swap(seq("test", 0), seq("test", 3), /*reconstructions=*/true);
    ASSERT_EQ(with.rows.size(), 6u);
    EXPECT_EQ(with.rows[4].name, "A reconstructed");
    EXPECT_FALSE(samePictures(with.rows[4], with.rows[0]));
    // A sequence keeps its codes whatever it is paired with (and whether they were cached).
    const api::RowSet other = lab.swap(seq("test", 0), seq("test", 5), true);
    EXPECT_TRUE(samePictures(other.rows[4], with.rows[4]));
    EXPECT_FALSE(samePictures(other.rows[5], with.rows[5]));
    EXPECT_TRUE(samePictures(SequenceLab(shapes_model_, shapes_).swap(seq("test", 5), seq("test", 0), true).rows[4],
                             other.rows[5]));

    EXPECT_THROW(lab.swap(seq("test", 0), seq("test", 16)), std::out_of_range);
    EXPECT_THROW(lab.swap(seq("nope", 0), seq("test", 1)), std::invalid_argument);
}

TEST_F(SequenceLabTest, VideoResampleIsRepeatableUnderASeed) {
    const SequenceLab lab(shapes_model_, shapes_);
    for (const auto keep : {SequenceLab::Keep::Static, SequenceLab::Keep::Dynamics}) {
        const api::RowSet first = lab.resample(seq("test", 2), keep, 3, 7);
        ASSERT_EQ(first.rows.size(), 4u);
        EXPECT_EQ(first.rows[0].name, "original");
        EXPECT_EQ(first.rows[3].name, "sample 3");
        expectDistinct(first, true);
        const api::RowSet same = lab.resample(seq("test", 2), keep, 3, 7);
        const api::RowSet other = lab.resample(seq("test", 2), keep, 3, 8);
        for (size_t k = 1; k < 4; ++k) {
            EXPECT_TRUE(samePictures(first.rows[k], same.rows[k])) << k;
            EXPECT_FALSE(samePictures(first.rows[k], other.rows[k])) << k;
        }
    }
    EXPECT_THROW(lab.resample(seq("test", 2), SequenceLab::Keep::Static, 0, 1), std::invalid_argument);
}

TEST_F(SequenceLabTest, VideoExportReadsBack) {
    const SequenceLab lab(shapes_model_, shapes_);
    const api::RowSet set = lab.swap(seq("test", 1), seq("test", 2));
    EXPECT_EQ(api::exportTypes("video").front(), ".gif");
    const fs::path gif = scratch() / "swap.gif", mp4 = scratch() / "swap.mp4", png = scratch() / "swap.png",
                   npy = scratch() / "swap.npy";
    EXPECT_EQ(api::exportRows(gif.string(), set), gif.string());
    EXPECT_EQ(readClip(gif.string()).size(0), 8);
    api::exportRows(mp4.string(), set);
    EXPECT_EQ(readClip(mp4.string()).size(0), 8);
    api::exportRows(png.string(), set);
    const cv::Mat strip = cv::imread(png.string());
    EXPECT_GT(strip.rows, 4 * 64);  // four rows of frames
    EXPECT_GT(strip.cols, 8 * 64);  // eight frames each
    api::exportRows(npy.string(), set);
    EXPECT_EQ(readNpy(npy.string()).sizes(), (std::vector<int64_t>{4, 8, 3, 64, 64}));
    EXPECT_THROW(api::exportRows((scratch() / "swap.wav").string(), set), std::invalid_argument);
    EXPECT_THROW(api::rowSound(set, 0), std::invalid_argument);
}

TEST_F(SequenceLabTest, MediaFilesAreDecodedWithTheDatasetsPreprocessing) {
    const fs::path clips = scratch() / "clips";
    fs::create_directories(clips);
    writeClip(clips / "one.mp4", 0);
    writeClip(clips / "two.mp4", 8);
    const std::string spec = "video:" + clips.string() + "?frames=8&size=64&test=0.5";
    const SequenceDataset one = decodeSingleMediaFile(spec, (clips / "one.mp4").string());
    EXPECT_EQ(one.frames.sizes(), (std::vector<int64_t>{1, 8, 3, 64, 64}));

    // The shapes model takes 8 frames of 64x64 RGB too: swap a dropped clip with a sequence.
    const SequenceLab lab(shapes_model_, api::OpenedDataset::open(spec));
    const api::RowSet set = lab.swap(fileSource(clips / "two.mp4"), seq("test", 0));
    ASSERT_EQ(set.rows.size(), 4u);
    EXPECT_EQ(set.rows[0].pictures.frames, 8);
    EXPECT_EQ(fileSource(clips / "two.mp4").describe(), "two.mp4");

    std::ofstream(clips / "broken.mp4") << "not a video";
    try {
        lab.swap(fileSource(clips / "broken.mp4"), seq("test", 0));
        ADD_FAILURE() << "a broken clip was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("broken.mp4"), std::string::npos) << e.what();
    }
    // Datasets that are not made of single files refuse, saying why.
    const SequenceLab shapes(shapes_model_, shapes_);
    try {
        shapes.swap(fileSource(clips / "one.mp4"), seq("test", 0));
        ADD_FAILURE() << "a file was accepted for builtin shapes";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("builtin"), std::string::npos) << e.what();
    }
}

// Last of its suite: the tests above expect no judge. A judge left in the judge cache (here
// trained for one epoch and then described as trusted) labels every row; an untrusted one does not.
TEST_F(SequenceLabTest, TrustedJudgeLabelsEveryRow) {
    const DatasetSplits splits = loadDataset(parseDatasetSpec(shapes_->spec()));
    JudgeTrainOptions options;
    options.epochs = 1;
    options.seed = 3;
    Judge judge = Judge::train(splits, shapes_->spec(), options, torch::kCPU);
    const std::string path = judgeFile(DatasetOptions{}, shapes_->spec(), splits, judge.architecture(), options);
    judge.save(path);
    const std::string description = judgeDescriptionFile(path);
    nlohmann::json report = readJsonFile(description);
    ASSERT_FALSE(judgeReportFromJson(report).trusted()) << "one epoch on 32 sequences should not be trusted";
    EXPECT_FALSE(SequenceLab(shapes_model_, shapes_).hasJudge());

    report["test_accuracy"] = std::vector<double>(judge.architecture().heads.size(), 1.0);
    writeJsonFileAtomically(description, report);
    const SequenceLab lab(shapes_model_, shapes_);
    ASSERT_TRUE(lab.hasJudge());
    const api::RowSet set = lab.swap(seq("test", 0), seq("test", 3));
    for (const api::SequenceRow& row : set.rows) {
        ASSERT_EQ(row.judged.size(), judge.architecture().heads.size());
        for (size_t h = 0; h < row.judged.size(); ++h) {
            const JudgeHead& head = judge.architecture().heads[h];
            EXPECT_EQ(row.judged[h].first, head.name);
            EXPECT_NE(std::find(head.classes.begin(), head.classes.end(), row.judged[h].second), head.classes.end());
        }
    }
    EXPECT_EQ(lab.resample(seq("test", 1), SequenceLab::Keep::Static, 2, 1).rows[2].judged.size(),
              judge.architecture().heads.size());
}

TEST(SequenceLabAudio, SwapResampleSoundAndWav) {
    const fs::path root = scratch() / "speech";
    for (const char* speaker : {"ann", "bob"})
        for (int word = 0; word < 2; ++word)
            writeSineWav(root / speaker / ("w" + std::to_string(word) + ".wav"), 300.0 + 500.0 * word + 50 * (speaker[0] == 'b'));
    auto model = trainRun("audio", "audio:" + root.string() + "?test=0.25", "timit", dbse::testing::shrinkAudioPreset);
    const SequenceLab lab(model, api::OpenedDataset::open(model->datasetSpec()));
    const api::RowSet set = lab.swap(seq("train", 0), seq("test", 0));
    ASSERT_EQ(set.rows.size(), 4u);
    EXPECT_EQ(set.modality, "audio");
    EXPECT_EQ(set.steps, 20);
    EXPECT_NEAR(set.steps_per_second, 16000.0 / 165.0, 1e-6);
    EXPECT_EQ(set.rows[2].pictures.frames, 1);  // one heat map over all steps
    EXPECT_GT(set.rows[2].pictures.width, 20);

    const api::Sound sound = api::rowSound(set, 2);
    EXPECT_EQ(sound.sample_rate, 16000);
    EXPECT_EQ(sound.samples.size(), 3200u);
    for (float v : sound.samples) ASSERT_LE(std::abs(v), 1.0f);

    const fs::path wav = scratch() / "swap.wav";
    api::exportRows(wav.string(), set);
    EXPECT_EQ(decodeAudioFile(wav.string()).samples.size(), size_t(4 * 2 * 3200));

    const api::RowSet drawn = lab.resample(seq("train", 1), SequenceLab::Keep::Static, 3, 5);
    ASSERT_EQ(drawn.rows.size(), 4u);
    expectDistinct(drawn, true);
    EXPECT_TRUE(samePictures(drawn.rows[2], lab.resample(seq("train", 1), SequenceLab::Keep::Static, 3, 5).rows[2]));

    // A sound file dropped on an audio run: its first chunk.
    const api::RowSet dropped = lab.swap(fileSource(root / "ann" / "w1.wav"), seq("test", 0));
    EXPECT_EQ(dropped.rows[0].pictures.frames, 1);
}

TEST(SequenceLabSeries, ValuesInTheDatasetsUnits) {
    const fs::path csv = scratch() / "sensors.csv";
    {
        std::ofstream out(csv);
        out << "date,temp,flow\n";
        for (int r = 0; r < 400; ++r)
            out << "2021-01-" << (r / 24 + 1 < 10 ? "0" : "") << r / 24 + 1 << " " << (r % 24 < 10 ? "0" : "") << r % 24
                << ":00," << r << ".5," << (r * 7) % 13 << "\n";
    }
    auto model = trainRun("series", "csv:" + csv.string() + "?length=24&stride=12", "etth1",
                          dbse::testing::shrinkSeriesPreset);
    const auto data = api::OpenedDataset::open(model->datasetSpec());
    const SequenceLab lab(model, data);
    const api::RowSet set = lab.swap(seq("train", 0), seq("train", 5));
    ASSERT_EQ(set.rows.size(), 4u);
    EXPECT_EQ(set.modality, "series");
    EXPECT_EQ(set.feature_names, (std::vector<std::string>{"temp", "flow"}));
    ASSERT_EQ(set.rows[0].values.size(), 2u);
    ASSERT_EQ(set.rows[0].values[0].size(), 24u);
    EXPECT_EQ(set.rows[0].pictures.frames, 0);
    // A's temperature is the CSV's own: x.5, rising by one per hour.
    const std::vector<float>& temp = set.rows[0].values[0];
    EXPECT_NEAR(temp[0] - std::floor(temp[0]), 0.5, 1e-3);
    EXPECT_NEAR(temp[5] - temp[4], 1.0, 1e-3);

    const fs::path out = scratch() / "swap.csv";
    api::exportRows(out.string(), set);
    std::ifstream in(out);
    int lines = 0;
    for (std::string line; std::getline(in, line);) ++lines;
    EXPECT_EQ(lines, 1 + 4 * 24);

    const api::RowSet drawn = lab.resample(seq("train", 2), SequenceLab::Keep::Dynamics, 3, 11);
    ASSERT_EQ(drawn.rows.size(), 4u);
    expectDistinct(drawn, false);
    EXPECT_EQ(drawn.rows[1].values, lab.resample(seq("train", 2), SequenceLab::Keep::Dynamics, 3, 11).rows[1].values);
}
