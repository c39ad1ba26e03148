// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tiny audio DBSE configuration (PROTOCOLS 1.4 layers at small widths) for fast tests.

#include "core/model/config.h"

namespace dbse::test {

inline ModelConfig tinyAudioConfig(int frames = 6, int features = 9) {
    ModelConfig c;
    c.modality = "audio";
    c.frames = frames;
    c.features = features;
    c.g_dim = 9;
    c.rnn_size = 8;
    c.f_dim = 4;
    c.z_dim = 3;
    c.init = InitScheme::LibraryDefault;
    c.static_head_leaky_relu = true;
    return c;
}

// The published audio loss weights: 20 recon + 100 static recon (decoder(0, s) over the whole
// sequence) + KL_s + KL_d.
inline LossConfig audioLoss() {
    LossConfig l;
    l.w_seq = 20;
    l.w_frame = 100;
    l.static_recon = StaticRecon::WholeSequence;
    return l;
}

}  // namespace dbse::test
