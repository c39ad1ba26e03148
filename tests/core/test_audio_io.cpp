// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding sound files with FFmpeg (mono mix, resampling, limits, bad files) and writing WAV.

#include "audio_fixtures.h"
#include "core/media/audio_io.h"
#include "core/media/image_io.h"
#include "core/util/atomic_file.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

using namespace dbse;

namespace {

// Frequency (Hz) of the strongest FFT bin of `samples` at `rate`.
double dominantFrequency(const std::vector<float>& samples, int rate) {
    torch::Tensor x = torch::tensor(samples);
    torch::Tensor spectrum = torch::fft_rfft(x * torch::hann_window(x.size(0))).abs();
    return spectrum.argmax().item<double>() * rate / static_cast<double>(x.size(0));
}

}  // namespace

// An 8 kHz sine, decoded at its own rate (exact up to 16-bit quantisation) and at 16 kHz
// (twice the samples within one, the same pitch).
TEST(AudioDecode, WavAtItsOwnRateAndResampledToSixteenKilohertz) {
    test::ScratchDir dir;
    test::writeSineWav(dir / "a.wav", 440, 8000, 1.0);
    DecodedAudio native = decodeAudioFile(dir / "a.wav", {8000, 60});
    EXPECT_EQ(native.sample_rate, 8000);
    EXPECT_EQ(native.source_channels, 1);
    ASSERT_EQ(native.samples.size(), 8000u);
    const std::vector<float> expected = test::sineSamples(440, 8000, 1.0);
    for (size_t i = 0; i < expected.size(); i += 97)
        EXPECT_NEAR(native.samples[i], expected[i], 1.0 / 32767 + 1e-6);

    DecodedAudio resampled = decodeAudioFile(dir / "a.wav", {16000, 60});
    EXPECT_EQ(resampled.sample_rate, 16000);
    EXPECT_EQ(resampled.source_rate, 8000);
    EXPECT_NEAR(static_cast<double>(resampled.samples.size()), 16000.0, 1.0);
    EXPECT_NEAR(dominantFrequency(resampled.samples, 16000), 440.0, 2.0);
}

TEST(AudioDecode, StereoFlacIsMixedToMonoAndResampled) {
    test::ScratchDir dir;
    // Left 300 Hz, right 1200 Hz, 22.05 kHz, 0.5 s.
    const int rate = 22050;
    const std::vector<float> left = test::sineSamples(300, rate, 0.5, 0.4), right = test::sineSamples(1200, rate, 0.5, 0.4);
    std::vector<float> interleaved;
    for (size_t i = 0; i < left.size(); ++i) {
        interleaved.push_back(left[i]);
        interleaved.push_back(right[i]);
    }
    test::writeFlac(dir / "s.flac", interleaved, 2, rate);
    DecodedAudio a = decodeAudioFile(dir / "s.flac", {16000, 60});
    EXPECT_EQ(a.source_channels, 2);
    EXPECT_EQ(a.source_rate, rate);
    EXPECT_NEAR(static_cast<double>(a.samples.size()), 8000.0, 2.0);
    // Both channels are present in the mix with comparable strength.
    torch::Tensor x = torch::tensor(a.samples);
    torch::Tensor spectrum = torch::fft_rfft(x).abs();
    const double hz_per_bin = 16000.0 / x.size(0);
    const double at300 = spectrum[std::lround(300 / hz_per_bin)].item<double>();
    const double at1200 = spectrum[std::lround(1200 / hz_per_bin)].item<double>();
    const double at700 = spectrum[std::lround(700 / hz_per_bin)].item<double>();
    EXPECT_GT(at300, 50 * at700);
    EXPECT_NEAR(at300 / at1200, 1.0, 0.2);
}

TEST(AudioDecode, DurationLimit) {
    test::ScratchDir dir;
    test::writeSineWav(dir / "long.wav", 440, 8000, 2.0);
    const std::string message = test::runtimeErrorOf([&] { decodeAudioFile(dir / "long.wav", {16000, 1.0}); });
    EXPECT_NE(message.find(dir / "long.wav"), std::string::npos) << message;
    EXPECT_NE(message.find("limit"), std::string::npos) << message;
}

TEST(AudioDecode, BadFilesNameTheFileAndTheProblem) {
    test::ScratchDir dir;
    auto problemOf = [&](const std::string& file) {
        const std::string message = test::runtimeErrorOf([&] { decodeAudioFile(file); });
        EXPECT_EQ(message.rfind(file + ": ", 0), 0u) << message;
        return message;
    };
    std::ofstream(dir / "empty.wav").close();
    EXPECT_NE(problemOf(dir / "empty.wav").find("empty"), std::string::npos);
    EXPECT_NE(problemOf(dir / "missing.wav").find("no such file"), std::string::npos);

    writeFileAtomically(dir / "text.wav", "this is not a sound file, only words\n");
    EXPECT_NE(problemOf(dir / "text.wav").find("not a readable audio file"), std::string::npos);

    // A truncated WAV: the header declares 1 s, only a tenth of the data is there.
    test::writeSineWav(dir / "full.wav", 440, 8000, 1.0);
    const std::string bytes = readFile(dir / "full.wav");
    writeFileAtomically(dir / "cut.wav", bytes.substr(0, 44 + 1600));
    EXPECT_NE(problemOf(dir / "cut.wav").find("truncated"), std::string::npos);
    // A header claiming 654 MHz (found by fuzz_audio_decode: resampling from it took 20 s and
    // 1.2 GB) is refused before decoding.
    std::string fast = bytes;
    const uint32_t absurd_rate = 654327424;
    for (int i = 0; i < 4; ++i)
        fast[24 + i] = static_cast<char>((absurd_rate >> (8 * i)) & 0xff);
    writeFileAtomically(dir / "fast.wav", fast);
    EXPECT_NE(problemOf(dir / "fast.wav").find("sample rate of 654327424 Hz is outside 1000..384000 Hz"), std::string::npos);
    // Cut inside the header.
    writeFileAtomically(dir / "header.wav", bytes.substr(0, 20));
    EXPECT_FALSE(problemOf(dir / "header.wav").empty());

    // An image has a stream, but no audio one.
    writeFrameGridPng(dir / "picture.png", torch::rand({1, 1, 3, 16, 16}));
    std::filesystem::rename(dir / "picture.png", dir / "picture.wav");
    const std::string picture = problemOf(dir / "picture.wav");
    EXPECT_TRUE(picture.find("no audio stream") != std::string::npos ||
                picture.find("not a readable audio file") != std::string::npos)
        << picture;
}

TEST(WavWriter, WritesPcm16MonoAndClips) {
    test::ScratchDir dir;
    writeWav(dir / "c.wav", {0.0f, 0.5f, 2.0f, -3.0f, -0.25f}, 12000);
    const std::string bytes = readFile(dir / "c.wav");
    ASSERT_EQ(bytes.size(), 44u + 10u);
    EXPECT_EQ(bytes.substr(0, 4), "RIFF");
    EXPECT_EQ(bytes.substr(8, 8), "WAVEfmt ");
    EXPECT_EQ(bytes.substr(36, 4), "data");
    DecodedAudio back = decodeAudioFile(dir / "c.wav", {12000, 10});
    ASSERT_EQ(back.samples.size(), 5u);
    EXPECT_NEAR(back.samples[1], 0.5f, 1e-4);
    EXPECT_NEAR(back.samples[2], 1.0f, 1e-4);
    EXPECT_NEAR(back.samples[3], -1.0f, 1e-4);
    // Atomic: only the target is left in the folder.
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.str()))
        ++files;
    EXPECT_EQ(files, 1);
    EXPECT_NE(test::runtimeErrorOf([&] { writeWav(dir / "bad.wav", {0.0f}, 0); }).find("bad.wav"), std::string::npos);
}

TEST(WavWriter, SpectrogramsComeBackAsSoundOfTheSamePitch) {
    test::ScratchDir dir;
    SpectrogramOptions o;
    const std::vector<float> tone = test::sineSamples(600, 16000, 0.5);
    torch::Tensor spectrograms = chunkSpectrograms(torch::tensor(tone), o);  // [3, 20, 201]
    const std::vector<float> written = writeSpectrogramWav(dir / "tone.wav", spectrograms, o, 16000, {32, 0.99, 1});
    EXPECT_EQ(written.size(), 3u * 3200u);
    DecodedAudio back = decodeAudioFile(dir / "tone.wav", {16000, 10});
    ASSERT_EQ(back.samples.size(), written.size());
    back.samples.resize(tone.size());  // the padded tail of the last chunk is silence
    // Within half an STFT bin (40 Hz): independent phases per chunk smear the tone slightly
    // (measured 594 Hz), a wrong rate or bin mapping would be off by far more.
    EXPECT_NEAR(dominantFrequency(back.samples, 16000), 600.0, 20.0);
    EXPECT_NE(test::runtimeErrorOf([&] { writeSpectrogramWav(dir / "x.wav", torch::zeros({20, 201}), o, 16000); })
                  .find("[chunks, frames, bins]"),
              std::string::npos);
}
