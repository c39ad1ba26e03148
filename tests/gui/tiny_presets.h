// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Presets shrunk for tests that need a trained run of audio or series, not a good one: one
// epoch of them takes seconds on 2 cores. Shared by core and GUI tests of the exploration views.

#include "core/model/config.h"

namespace dbse::testing {

// timit, for audio:DIR of a few 16 kHz files (20 frames x 201 bins per chunk).
inline void shrinkAudioPreset(Preset& p) {
    p.train.batch = 4;
    p.train.drop_last = false;
    p.model.rnn_size = 32;
    p.model.f_dim = 16;
    p.model.z_dim = 16;
}

// etth1, for csv:FILE?length=24 with two feature columns.
inline void shrinkSeriesPreset(Preset& p) {
    p.model.frames = 24;
    p.model.features = 2;
    p.model.window = 4;
    p.model.anchor.mode = AnchorMode::Fixed;
    p.model.anchor.index = 1;
    p.loss.mc_samples = 2;
    p.train.batch = 8;
}

}  // namespace dbse::testing
