// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The clips of a video:DIR dataset and their labels, from the folder layout or a CSV manifest.
// Torch-free; nothing is decoded here.

#include <string>
#include <vector>

namespace dbse {

struct VideoClipSource {
    std::string path;      // the clip (video file or frame folder) as found
    std::string relative;  // path relative to DIR, '/'-separated: messages, seeds, cache keys
    std::string static_label, dynamic_label;  // class names; empty when the dataset has no such label
    enum class Split { Any, Train, Test } split = Split::Any;  // a manifest's split column
};

struct VideoSources {
    std::vector<VideoClipSource> clips;
    std::string static_name, dynamic_name;  // label names; empty: no such label
    bool has_split_column = false;
};

// Clips directly in `dir` (video files, frame folders = folders of images only) carry no label;
// clips in `<label>/` folders (videos, or frame folders one level below) carry that label,
// named "class", as their dynamic label (label_is_dynamic) or static label. Throws
// std::runtime_error "<dir>: <problem>" for a missing folder, one holding no clip, or one with
// clips both at the top level and in label folders.
VideoSources listLayoutClips(const std::string& dir, bool label_is_dynamic);

// A CSV manifest with a header row: file, static label, dynamic label[, split]. The header names
// the labels (e.g. "file,subject,emotion,split"); split values are "train" or "test". File paths
// are relative to `dir` unless absolute. Throws std::runtime_error "<manifest>:<line>: <problem>".
VideoSources readVideoManifest(const std::string& dir, const std::string& manifest);

}  // namespace dbse
