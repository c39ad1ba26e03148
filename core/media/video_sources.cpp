// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/video_sources.h"

#include "core/media/frame_folder.h"
#include "core/media/video_decode.h"
#include "core/util/file_error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dbse {
namespace {

namespace fs = std::filesystem;

struct FolderEntries {
    std::vector<fs::path> videos, folders;
    bool has_images = false;
};

FolderEntries entriesOf(const fs::path& dir) {
    FolderEntries found;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code kind_error;
        if (it->is_directory(kind_error)) found.folders.push_back(it->path());
        else if (isVideoFileName(name)) found.videos.push_back(it->path());
        else if (isImageFileName(name)) found.has_images = true;
    }
    if (error) throwFileError(dir.string(), "cannot list the folder (" + error.message() + ")");
    const auto natural = [](const fs::path& a, const fs::path& b) {
        return naturalLess(a.filename().string(), b.filename().string());
    };
    std::sort(found.videos.begin(), found.videos.end(), natural);
    std::sort(found.folders.begin(), found.folders.end(), natural);
    return found;
}

bool isFrameFolder(const FolderEntries& e) { return e.has_images && e.videos.empty() && e.folders.empty(); }

VideoClipSource clipAt(const fs::path& dir, const fs::path& clip) {
    VideoClipSource source;
    source.path = clip.string();
    source.relative = clip.lexically_relative(dir).generic_string();
    return source;
}

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') fields.back() += line[++i];
        else if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) fields.emplace_back();
        else fields.back() += c;
    }
    for (std::string& f : fields) {  // trim spaces and a trailing '\r'
        const auto first = f.find_first_not_of(" \t\r");
        f = first == std::string::npos ? "" : f.substr(first, f.find_last_not_of(" \t\r") - first + 1);
    }
    return fields;
}

}  // namespace

VideoSources listLayoutClips(const std::string& dir, bool label_is_dynamic) {
    std::error_code error;
    if (!fs::is_directory(dir, error)) throwFileError(dir, "no such folder");
    const fs::path root(dir);
    const FolderEntries top = entriesOf(root);
    VideoSources sources;
    for (const fs::path& video : top.videos) sources.clips.push_back(clipAt(root, video));
    for (const fs::path& folder : top.folders) {
        const FolderEntries inside = entriesOf(folder);
        if (isFrameFolder(inside)) {
            sources.clips.push_back(clipAt(root, folder));
            continue;
        }
        std::vector<fs::path> clips = inside.videos;
        clips.insert(clips.end(), inside.folders.begin(), inside.folders.end());
        for (const fs::path& clip : clips) {
            VideoClipSource source = clipAt(root, clip);
            (label_is_dynamic ? source.dynamic_label : source.static_label) = folder.filename().string();
            sources.clips.push_back(source);
        }
    }
    const auto labelled = std::count_if(sources.clips.begin(), sources.clips.end(), [](const VideoClipSource& c) {
        return !c.static_label.empty() || !c.dynamic_label.empty();
    });
    if (sources.clips.empty())
        throwFileError(dir, "no clips (video files such as .mp4/.gif/.avi, or folders of image frames)");
    if (labelled > 0 && labelled < static_cast<long>(sources.clips.size()))
        throwFileError(dir, "clips both at the top level and in <label>/ folders; put every clip in a label "
                            "folder, or list them in a manifest");
    if (labelled > 0) (label_is_dynamic ? sources.dynamic_name : sources.static_name) = "class";
    return sources;
}

VideoSources readVideoManifest(const std::string& dir, const std::string& manifest) {
    std::ifstream in(manifest);
    if (!in) throwFileError(manifest, "cannot open the manifest");
    std::string line;
    if (!std::getline(in, line)) throwFileError(manifest, "empty manifest (expected a header: file,static,dynamic)");
    const std::vector<std::string> header = splitCsvLine(line);
    if (header.size() < 3 || header.size() > 4 || (header.size() == 4 && header[3] != "split"))
        throwFileError(manifest, "header must name 3 columns (file, static label, dynamic label) and optionally "
                                 "a 4th called split; got '" + line + "'");
    VideoSources sources;
    sources.static_name = header[1].empty() ? "static" : header[1];
    sources.dynamic_name = header[2].empty() ? "dynamic" : header[2];
    sources.has_split_column = header.size() == 4;
    for (int number = 2; std::getline(in, line); ++number) {
        const std::string where = manifest + ":" + std::to_string(number);
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::vector<std::string> fields = splitCsvLine(line);
        if (fields.size() != header.size())
            throwFileError(where, "expected " + std::to_string(header.size()) + " fields, found " +
                                      std::to_string(fields.size()));
        if (fields[0].empty() || fields[1].empty() || fields[2].empty())
            throwFileError(where, "empty file name or label");
        VideoClipSource source;
        const fs::path file(fields[0]);
        source.path = (file.is_absolute() ? file : fs::path(dir) / file).string();
        source.relative = file.generic_string();
        source.static_label = fields[1];
        source.dynamic_label = fields[2];
        if (sources.has_split_column) {
            if (fields[3] != "train" && fields[3] != "test")
                throwFileError(where, "split must be train or test, not '" + fields[3] + "'");
            source.split = fields[3] == "train" ? VideoClipSource::Split::Train : VideoClipSource::Split::Test;
        }
        sources.clips.push_back(source);
    }
    if (sources.clips.empty()) throwFileError(manifest, "the manifest lists no clips");
    return sources;
}

}  // namespace dbse
