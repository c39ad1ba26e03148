// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: audio files through FFmpeg (core/media/audio_io.h), resampled to 16 kHz
// mono, refused above 10 seconds.

#include "core/media/audio_io.h"
#include "fuzz_input.h"

#include <cmath>
#include <exception>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string file = dbse::fuzz::writeInput(data, size, "sound.wav");
    dbse::AudioDecodeOptions options;
    options.max_seconds = 10.0;
    try {
        const dbse::DecodedAudio audio = dbse::decodeAudioFile(file, options);
        double sum = 0;
        for (const float s : audio.samples)
            sum += std::fabs(s);
        (void)sum;
    } catch (const std::exception&) {
    }
    return 0;
}
