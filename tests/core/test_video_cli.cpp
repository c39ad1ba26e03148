// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The dbse binary on a generated video:DIR folder: train one epoch of the quick preset, then
// `swap` and `sample` write GIF and MP4 that our decoder reads back. DBSE_CLI is the binary.

#include "core/media/video_decode.h"
#include "cli_runner.h"
#include "video_fixture.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

using namespace dbse;

using test::runDbse;

TEST(VideoCli, TrainsOnAFolderAndExportsGifAndMp4) {
    test::ScratchDir dir;
    for (int i = 0; i < 10; ++i) {
        test::writeClip(dir / ("clips/left/" + std::to_string(i) + ".mp4"), test::movingSquare(12, 60, 72, {255, 0, 0}));
        test::writeClip(dir / ("clips/right/" + std::to_string(i) + ".gif"), test::movingSquare(10, 72, 60, {0, 255, 0}));
    }
    const std::string dataset = "'video:" + (dir / "clips") + "?frames=8&size=64'";
    std::string output;
    ASSERT_EQ(runDbse(dir, "train --dataset " + dataset + " --preset quick --epochs 1 --threads 2 --run '" + (dir / "run") + "'", &output), 0) << output;
    EXPECT_NE(output.find("training finished: 1 epochs"), std::string::npos) << output;

    ASSERT_EQ(runDbse(dir, "swap --run '" + (dir / "run") + "' --a 0 --b 1 --out '" + (dir / "swap.gif") + "'", &output), 0)
        << output;
    const torch::Tensor gif = readClip(dir / "swap.gif");  // 4 rows side by side, 8 frames
    EXPECT_EQ(gif.sizes(), (std::vector<int64_t>{8, 64, 4 * 64 + 3 * 2, 3}));

    ASSERT_EQ(runDbse(dir, "sample --run '" + (dir / "run") + "' --fix static --index 0 --count 2 --out '" +
                               (dir / "sample.mp4") + "'", &output), 0) << output;
    const torch::Tensor mp4 = readClip(dir / "sample.mp4");  // the sequence and 2 samples
    EXPECT_EQ(mp4.sizes(), (std::vector<int64_t>{8, 64, 3 * 64 + 2 * 2, 3}));

    EXPECT_EQ(runDbse(dir, "swap --run '" + (dir / "run") + "' --a 0 --b 1 --out '" + (dir / "swap.webm") + "'", &output), 1);
    EXPECT_NE(output.find("use .png, .gif, .mp4 or .npy"), std::string::npos) << output;

    // The t-SNE map of the static codes, coloured by the clips' label, as a picture.
    ASSERT_EQ(runDbse(dir, "tsne --run '" + (dir / "run") + "' --split train --perplexity 3 --out '" + (dir / "map.png") + "'",
                      &output), 0) << output;
    const cv::Mat map = cv::imread(dir / "map.png");
    EXPECT_GT(map.cols, 800);
    EXPECT_GT(map.rows, 800);

    // A broken clip: data info stops naming it, or skips and lists it.
    std::ofstream(dir / "clips/left/broken.mp4") << "not a video\n";
    EXPECT_EQ(runDbse(dir, "data info --dataset " + dataset, &output), 1) << output;
    EXPECT_NE(output.find("broken.mp4: not a video"), std::string::npos) << output;
    ASSERT_EQ(runDbse(dir, "data info --on-error skip --dataset " + dataset, &output), 0) << output;
    EXPECT_NE(output.find("skipped " + (dir / "clips/left/broken.mp4") + ": not a video"), std::string::npos) << output;
    EXPECT_NE(output.find("label class: 2 classes"), std::string::npos) << output;
}
