// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// dbse_media's side of core/data/media_hooks.h: single-file decoding, Griffin-Lim sound and the
// media formats of sequence rows (core/data/sequence_output.h). Torch-free header.

namespace dbse {

// Installs the hooks; called by registerMediaDatasetKinds().
void installSequenceMediaHooks();

}  // namespace dbse
