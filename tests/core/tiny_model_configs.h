// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tiny model configurations shared by the core tests and the fuzz targets (no GoogleTest here).

#include "core/model/config.h"

namespace dbse::test {

// The video architecture at a tiny width: fast enough for many forward/backward passes.
inline ModelConfig tinyModelConfig(int frames = 8) {
    ModelConfig c;
    c.frames = frames;
    c.base_channels = 4;
    c.g_dim = 16;
    c.rnn_size = 12;
    c.f_dim = 6;
    c.z_dim = 5;
    return c;
}

// A small series model: 12 steps in 4 windows of 3, 5 features.
inline ModelConfig tinySeriesConfig() {
    ModelConfig c;
    c.modality = "series";
    c.frames = 12;
    c.window = 3;
    c.features = 5;
    c.encoder_sizes = {8, 6};
    c.decoder_sizes = {6, 7};
    c.rnn_size = 9;
    c.f_dim = 4;
    c.z_dim = 3;
    c.subtract_anchor = false;
    c.init = InitScheme::LibraryDefault;
    return c;
}

}  // namespace dbse::test
