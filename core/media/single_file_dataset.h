// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One media file dropped by a user, decoded as the sequences of a dataset are: a clip with the
// preprocessing options of a video:DIR dataset (frames, size, crop, sampling), a sound file
// with those of an audio:DIR or fsdd:DIR dataset (rate, chunk, STFT). Only the file's first
// sequence is kept (a long sound gives several chunks). Blocking: call it off the GUI thread.

#include "core/data/sequence_dataset.h"

#include <string>

namespace dbse {

// `spec`: the dataset the file must match, "KIND:PATH?options". Throws std::invalid_argument
// naming the kind when its sequences are not made from single media files (builtin, sprites,
// series...), std::runtime_error "<file>: <problem>" when the file cannot be decoded.
SequenceDataset decodeSingleMediaFile(const std::string& spec, const std::string& file);

}  // namespace dbse
