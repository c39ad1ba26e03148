// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Video media I/O: clips written by our encoder (mp4, gif, frame folders) decode back with the
// right frame count, size and colours; frame sampling, crops, limits and broken files.

#include "core/media/frame_crop.h"
#include "core/media/frame_folder.h"
#include "core/media/frame_sampling.h"
#include "core/media/video_decode.h"
#include "core/media/video_encode.h"
#include "core/util/atomic_file.h"
#include "test_support.h"
#include "video_fixture.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

using namespace dbse;

namespace {

constexpr int kFrames = 20, kHeight = 80, kWidth = 96;

void expectColourNear(const torch::Tensor& rgb, std::array<float, 3> expected, float tolerance, const std::string& what) {
    for (int c = 0; c < 3; ++c)
        EXPECT_NEAR(rgb[c].item<float>(), expected[size_t(c)], tolerance) << what << " channel " << c;
}

// Decodes `path` and checks the moving square of test::movingSquare in every frame.
void expectMovingSquare(const std::string& path, float tolerance) {
    const torch::Tensor clip = readClip(path);
    ASSERT_EQ(clip.sizes(), (std::vector<int64_t>{kFrames, kHeight, kWidth, 3})) << path;
    EXPECT_EQ(clipFrameCount(path), kFrames);
    for (int t = 0; t < kFrames; ++t) {
        const std::string where = path + " frame " + std::to_string(t);
        expectColourNear(test::pixelAt(clip, t, kHeight / 2, test::squareX(t) + test::kSquare / 2), {255, 0, 0},
                         tolerance, where + " square");
        expectColourNear(test::pixelAt(clip, t, 5, kWidth - 5), {0, 0, 255}, tolerance, where + " background");
    }
}

void writeText(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

std::string errorOf(const std::string& path, const VideoLimits& limits = {}) {
    return test::runtimeErrorOf([&] { readClip(path, limits); });
}

}  // namespace

TEST(VideoIo, Mp4GifAndFrameFolderDecodeBack) {
    test::ScratchDir dir;
    const torch::Tensor clip = test::movingSquare(kFrames, kHeight, kWidth);
    for (const std::string name : {"clip.mp4", "clip.gif", "frames"}) {
        test::writeClip(dir / name, clip);
        // Lossy codecs: MP4 (yuv420p) and GIF (3-3-2 palette) keep flat colours within a few levels.
        expectMovingSquare(dir / name, name == "frames" ? 0.5f : 40.0f);
    }
}

TEST(VideoIo, SelectedFramesMatchTheFullDecode) {
    test::ScratchDir dir;
    test::writeClip(dir / "clip.mp4", test::movingSquare(kFrames, kHeight, kWidth));
    test::writeClip(dir / "frames", test::movingSquare(kFrames, kHeight, kWidth));
    for (const std::string name : {"clip.mp4", "frames"}) {
        const torch::Tensor all = readClip(dir / name);
        const std::vector<int64_t> indices = {0, 5, 19};
        const torch::Tensor some = readClipFrames(dir / name, indices);
        ASSERT_EQ(some.size(0), 3);
        for (size_t k = 0; k < indices.size(); ++k)
            EXPECT_TRUE(torch::equal(some[int64_t(k)], all[indices[k]])) << name << " frame " << indices[k];
    }
    EXPECT_NE(test::runtimeErrorOf([&] { readClipFrames(dir / "clip.mp4", {3, 3}); }).find("increasing"), std::string::npos);
    EXPECT_NE(test::runtimeErrorOf([&] { readClipFrames(dir / "clip.mp4", {25}); }).find("needed frame 26"), std::string::npos);
}

TEST(VideoIo, FrameFolderUsesNaturalOrder) {
    EXPECT_TRUE(naturalLess("2.png", "10.png"));
    EXPECT_FALSE(naturalLess("10.png", "2.png"));
    EXPECT_TRUE(naturalLess("frame_9.png", "frame_10.png"));
    EXPECT_TRUE(naturalLess("a.png", "b.png"));
    EXPECT_FALSE(naturalLess("x1.png", "x1.png"));
    test::ScratchDir dir;
    test::writeFrameFolder(dir / "frames", test::movingSquare(12, 40, 64));
    const auto names = frameFiles(dir / "frames");
    ASSERT_EQ(names.size(), 12u);
    EXPECT_EQ(names[1], "2.png");
    EXPECT_EQ(names[9], "10.png");
    const torch::Tensor clip = readClip(dir / "frames");
    for (int t = 0; t < 12; ++t)  // frame t holds the square at squareX(t): read in 1, 2, ..., 12 order
        EXPECT_GT(test::pixelAt(clip, t, 20, test::squareX(t) + 1)[0].item<float>(), 200) << "frame " << t;
}

TEST(VideoIo, SamplingPicksTheDocumentedFrames) {
    EXPECT_EQ(sampleFrameIndices(20, 8, FrameSampling::First, 1), (std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7}));
    // round(i * 19 / 7)
    EXPECT_EQ(sampleFrameIndices(20, 8, FrameSampling::Uniform, 1), (std::vector<int64_t>{0, 3, 5, 8, 11, 14, 16, 19}));
    EXPECT_EQ(sampleFrameIndices(8, 8, FrameSampling::Uniform, 1), (std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7}));
    std::set<int64_t> starts;
    for (uint64_t seed = 0; seed < 30; ++seed) {
        const auto long_clip = sampleFrameIndices(40, 15, FrameSampling::Stride, seed);  // > 2T: stride 2
        ASSERT_EQ(long_clip.size(), 15u);
        for (size_t i = 1; i < long_clip.size(); ++i) EXPECT_EQ(long_clip[i] - long_clip[i - 1], 2);
        EXPECT_LE(long_clip.back(), 39);
        starts.insert(long_clip.front());
        EXPECT_EQ(long_clip, sampleFrameIndices(40, 15, FrameSampling::Stride, seed)) << "same seed, same frames";
        const auto short_clip = sampleFrameIndices(20, 15, FrameSampling::Stride, seed);  // <= 2T: consecutive
        for (size_t i = 1; i < short_clip.size(); ++i) EXPECT_EQ(short_clip[i] - short_clip[i - 1], 1);
        EXPECT_LE(short_clip.back(), 19);
    }
    EXPECT_GT(starts.size(), 3u) << "the random start must vary with the seed";
    EXPECT_NE(test::invalidArgumentOf([] { sampleFrameIndices(5, 8, FrameSampling::First, 1); }).find("fewer than the 8"),
              std::string::npos);
    EXPECT_THROW(parseFrameSampling("random"), std::invalid_argument);
}

TEST(VideoIo, CenterCropGeometry) {
    // Red channel = column index, so the crop's columns say where it was taken.
    torch::Tensor frames = torch::zeros({2, 80, 96, 3}, torch::kByte);
    frames.select(3, 0).copy_(torch::arange(96, torch::kByte).expand({2, 80, 96}));
    const CropBox box = centerCropBox(96, 80);
    EXPECT_EQ(box.x, 8);
    EXPECT_EQ(box.y, 0);
    EXPECT_EQ(box.side, 80);
    EXPECT_EQ(centerCropBox(30, 50).y, 10);
    const torch::Tensor same = cropClip(frames, FrameCrop::Center, 80);
    ASSERT_EQ(same.sizes(), (std::vector<int64_t>{2, 3, 80, 80}));
    EXPECT_EQ(same[1][0][40][0].item<int>(), 8);
    EXPECT_EQ(same[1][0][40][79].item<int>(), 87);
    const torch::Tensor half = cropClip(frames, FrameCrop::Center, 40);
    ASSERT_EQ(half.sizes(), (std::vector<int64_t>{2, 3, 40, 40}));
    EXPECT_NEAR(half[0][0][20][20].item<float>(), 48, 1.5);  // the centre column stays in the centre
}

TEST(VideoIo, FaceCropFallsBackToTheCentreWithoutAFace) {
    const torch::Tensor frames = test::movingSquare(6, 80, 96);
    bool face_found = true;
    const torch::Tensor face = cropClip(frames, FrameCrop::Face, 32, &face_found);
    EXPECT_FALSE(face_found);
    EXPECT_TRUE(torch::equal(face, cropClip(frames, FrameCrop::Center, 32)));
    EXPECT_EQ(findFaceBox(frames[0]).side, 0);
}

TEST(VideoIo, FaceCropCentresTheFace) {
    const torch::Tensor frames = test::drawnFace(160, 200, 140, 80).unsqueeze(0).expand({3, 160, 200, 3}).contiguous();
    const CropBox box = findFaceBox(frames[1]);
    ASSERT_GT(box.side, 0) << "no face found in the drawn face";
    EXPECT_LE(box.x, 140 - 34);  // the whole oval is inside the crop
    EXPECT_GE(box.x + box.side, 140 + 34);
    EXPECT_LE(box.y, 80 - 44);
    EXPECT_GE(box.y + box.side, 80 + 44);
    EXPECT_LE(box.x + box.side, 200);
    EXPECT_LE(box.y + box.side, 160);
    bool face_found = false;
    const torch::Tensor face = cropClip(frames, FrameCrop::Face, 32, &face_found);
    EXPECT_TRUE(face_found);
    EXPECT_TRUE(torch::equal(face, cropAndResize(frames, box, 32)));
    EXPECT_FALSE(torch::equal(face, cropClip(frames, FrameCrop::Center, 32)));
}

TEST(VideoIo, BrokenFilesNameTheFileAndTheProblem) {
    test::ScratchDir dir;
    writeText(dir / "empty.mp4", "");
    EXPECT_NE(errorOf(dir / "empty.mp4").find("empty.mp4: empty file"), std::string::npos);
    writeText(dir / "notes.mp4", "These are my notes, not a video at all.\nSecond line.\n");
    EXPECT_NE(errorOf(dir / "notes.mp4").find("notes.mp4: not a video"), std::string::npos) << errorOf(dir / "notes.mp4");
    EXPECT_NE(errorOf(dir / "missing.mp4").find("missing.mp4: no such file"), std::string::npos);
    // A sound file (a WAV of 800 silent 16-bit samples at 8 kHz) has no video stream.
    const auto le = [](uint32_t v, int bytes) {
        std::string out;
        for (int i = 0; i < bytes; ++i) out += char((v >> (8 * i)) & 0xff);
        return out;
    };
    writeText(dir / "sound.mp4", "RIFF" + le(36 + 1600, 4) + "WAVEfmt " + le(16, 4) + le(1, 2) + le(1, 2) + le(8000, 4) +
                                     le(16000, 4) + le(2, 2) + le(16, 2) + "data" + le(1600, 4) + std::string(1600, '\0'));
    EXPECT_NE(errorOf(dir / "sound.mp4").find("sound.mp4: no video stream"), std::string::npos) << errorOf(dir / "sound.mp4");

    test::writeClip(dir / "whole.mp4", test::movingSquare(kFrames, kHeight, kWidth));
    const std::string bytes = readFile(dir / "whole.mp4");
    writeText(dir / "half.mp4", bytes.substr(0, bytes.size() / 2));
    const std::string half = errorOf(dir / "half.mp4");
    EXPECT_NE(half.find("half.mp4: truncated"), std::string::npos) << half;

    std::filesystem::create_directories(dir / "no_frames");
    EXPECT_NE(errorOf(dir / "no_frames").find("no_frames: no image frames"), std::string::npos);
    test::writeFrameFolder(dir / "mixed", test::movingSquare(3, 40, 64));
    test::writeClip(dir / "mixed_big", test::movingSquare(1, 48, 64));
    std::filesystem::copy_file(dir / "mixed_big/1.png", dir / "mixed/4.png");
    EXPECT_NE(errorOf(dir / "mixed").find("4.png: frame of 64x48 differs"), std::string::npos) << errorOf(dir / "mixed");
}

TEST(VideoIo, LimitsRefuseHostileClips) {
    test::ScratchDir dir;
    test::writeClip(dir / "clip.gif", test::movingSquare(kFrames, kHeight, kWidth));
    VideoLimits frames;
    frames.max_frames = 5;
    EXPECT_NE(errorOf(dir / "clip.gif", frames).find("more than 5 frames"), std::string::npos);
    VideoLimits pixels;
    pixels.max_pixels = 1000;
    EXPECT_NE(errorOf(dir / "clip.gif", pixels).find("clip.gif: frames of 96x80 are above the limit"), std::string::npos);
    VideoLimits bytes;
    bytes.max_file_bytes = 10;
    EXPECT_NE(errorOf(dir / "clip.gif", bytes).find("above the limit of 10"), std::string::npos);
}

TEST(VideoIo, SequenceVideoPlaysRowsSideBySide) {
    test::ScratchDir dir;
    // Two rows of 4 frames, 15x15 (odd: the MP4 is padded to even sizes).
    torch::Tensor rows = torch::zeros({2, 4, 3, 15, 15});
    rows[0].select(1, 0).fill_(1.0);  // row 0 red
    rows[1].select(1, 1).fill_(1.0);  // row 1 green
    writeSequenceVideo(dir / "rows.mp4", rows);
    writeSequenceVideo(dir / "rows.gif", rows);
    const torch::Tensor mp4 = readClip(dir / "rows.mp4");
    EXPECT_EQ(mp4.sizes(), (std::vector<int64_t>{4, 16, 32, 3}));
    const torch::Tensor gif = readClip(dir / "rows.gif");
    ASSERT_EQ(gif.sizes(), (std::vector<int64_t>{4, 15, 32, 3}));
    expectColourNear(test::pixelAt(gif, 2, 7, 7), {255, 0, 0}, 40, "left tile");
    expectColourNear(test::pixelAt(gif, 2, 7, 24), {0, 255, 0}, 40, "right tile");
    expectColourNear(test::pixelAt(mp4, 2, 7, 24), {0, 255, 0}, 40, "right tile (mp4)");
    EXPECT_NE(test::runtimeErrorOf([&] { writeSequenceVideo(dir / "rows.avi", rows); }).find("use .mp4 or .gif"),
              std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir / "rows.avi"));
    for (const auto& entry : std::filesystem::directory_iterator(dir.str()))  // no temporary file left behind
        EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos) << entry.path();
}
