// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dbse binary on a generated fsdd:DIR folder: train one short epoch of the timit preset,
// then `swap` and `sample` write WAV (read back with FFmpeg) and spectrogram PNG, and `probe`
// reads the codes. DBSE_CLI is the binary.

#include "audio_fixtures.h"
#include "cli_runner.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>

#include <filesystem>

using namespace dbse;
using test::runDbse;

TEST(AudioCli, TrainsOnAFolderAndExportsWavAndSpectrogramPng) {
    test::ScratchDir dir;
    // FSDD's layout: recordings/<digit>_<speaker>_<index>.wav, index 0-4 test, the rest train.
    // Two "speakers" (pitch) x two "digits" (a pitch multiple), 0.4 s at 8 kHz.
    std::filesystem::create_directories(dir / "fsdd/recordings");
    for (const auto& [speaker, base] : {std::pair{"low", 300.0}, std::pair{"high", 650.0}})
        for (const auto& [digit, factor] : {std::pair{"1", 1.0}, std::pair{"2", 1.5}})
            for (int i = 0; i < 7; ++i)
                test::writeSineWav(dir / ("fsdd/recordings/" + std::string(digit) + "_" + speaker + "_" +
                                          std::to_string(i) + ".wav"),
                                   base * factor + 20 * i, 8000, 0.4);
    const std::string run = "'" + (dir / "run") + "'";
    std::string output;
    ASSERT_EQ(runDbse(dir, "data info --dataset 'fsdd:" + (dir / "fsdd") + "'", &output), 0) << output;
    EXPECT_NE(output.find("test: 40 sequences"), std::string::npos) << output;  // 20 files x 2 chunks
    ASSERT_EQ(runDbse(dir, "train --dataset 'fsdd:" + (dir / "fsdd") + "' --preset timit --batch 4 --epochs 1 "
                          "--threads 2 --run " + run, &output), 0) << output;

    // 4 rows, each one 3200-sample chunk followed by one chunk of silence.
    ASSERT_EQ(runDbse(dir, "swap --run " + run + " --a 0 --b 1 --out '" + (dir / "swap.wav") + "'", &output), 0) << output;
    const DecodedAudio swap = decodeAudioFile(dir / "swap.wav");
    EXPECT_EQ(swap.source_rate, 16000);
    ASSERT_EQ(swap.samples.size(), 4u * 2u * 3200u);
    float gap_peak = 0;
    for (size_t i = 3200; i < 6400; ++i)
        gap_peak = std::max(gap_peak, std::abs(swap.samples[i]));
    EXPECT_LT(gap_peak, 1e-3f) << "the chunk after row a should be silent";

    ASSERT_EQ(runDbse(dir, "sample --run " + run + " --fix dynamic --index 0 --count 2 --out '" +
                          (dir / "sample.wav") + "'", &output), 0) << output;
    EXPECT_EQ(decodeAudioFile(dir / "sample.wav").samples.size(), 3u * 2u * 3200u);

    // Spectrograms side by side: 201 bins tall, 20 frames x 4 pixels wide, 2-pixel gaps.
    ASSERT_EQ(runDbse(dir, "swap --run " + run + " --a 0 --b 1 --out '" + (dir / "swap.png") + "'", &output), 0) << output;
    const cv::Mat png = cv::imread(dir / "swap.png");
    EXPECT_EQ(png.rows, 201);
    EXPECT_EQ(png.cols, 4 * 80 + 3 * 2);

    EXPECT_EQ(runDbse(dir, "swap --run " + run + " --a 0 --b 1 --out '" + (dir / "swap.csv") + "'", &output), 1);
    EXPECT_NE(output.find("for audio runs (use .wav, .png or .npy)"), std::string::npos) << output;

    // Speaker verification over the 20 test files (utterances), 2 speakers.
    ASSERT_EQ(runDbse(dir, "eval --run " + run + " --protocol eer", &output), 0) << output;
    EXPECT_NE(output.find("20 utterances of 2 speakers by 'speaker'; 90 same / 100 different pairs"), std::string::npos)
        << output;
    EXPECT_NE(output.find("static EER"), std::string::npos) << output;

    ASSERT_EQ(runDbse(dir, "probe --run " + run + " --split train", &output), 0) << output;
    EXPECT_NE(output.find("static"), std::string::npos) << output;
}
