// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/media_datasets.h"

#include "core/data/dataset_spec.h"
#include "core/media/audio_datasets.h"
#include "core/media/lpc_sprites.h"
#include "core/media/sequence_media.h"
#include "core/media/video_dataset.h"

#include <mutex>

namespace dbse {

void registerMediaDatasetKinds() {
    static std::once_flag once;
    std::call_once(once, [] {
        registerDatasetKind({"fsdd", "fsdd:DIR", "Free Spoken Digit Dataset: speaker (static), digit (dynamic)", loadFsddDataset, fsddDatasetForm()});
        registerDatasetKind({"audio", "audio:DIR", "any folder of sound files, labels from <static>/<dynamic>/<file> or a manifest", loadAudioFolderDataset, audioFolderDatasetForm()});
        registerDatasetKind({"sprites", "sprites:DIR", "the LPC Sprites benchmark built from sprite-sheet layers",
                             loadLpcSprites, lpcSpritesForm()});
        registerDatasetKind({"video", "video:DIR", "a folder of clips or frame folders (labels from <label>/ or a manifest)",
                             loadVideoDataset, videoDatasetForm()});
        installSequenceMediaHooks();
    });
}

}  // namespace dbse
