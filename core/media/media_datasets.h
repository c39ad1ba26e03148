// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dataset kinds that need FFmpeg or OpenCV (target dbse_media). Torch-free header: the CLI
// and the GUI call this once at start-up, before parsing any --dataset.

namespace dbse {

// Adds every media dataset kind (sprites, video, audio, fsdd, ...) to the registry of
// core/data/dataset_spec.h. Idempotent and thread-safe.
void registerMediaDatasetKinds();

}  // namespace dbse
