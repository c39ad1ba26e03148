// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/media/audio_datasets.h"

#include "core/data/spec_options.h"
#include "core/util/file_error.h"
#include "core/util/text_split.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace dbse {
namespace {

const std::set<std::string>& audioExtensions() {
    static const std::set<std::string> extensions{".wav", ".flac", ".ogg", ".oga", ".opus", ".mp3", ".m4a",
                                                  ".aac", ".wma", ".aif", ".aiff", ".au", ".mka", ".webm"};
    return extensions;
}

bool isAudioFile(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return audioExtensions().count(ext) != 0;
}

void requireFolder(const std::string& dir) {
    std::error_code ec;
    if (dir.empty())
        throw std::invalid_argument("the dataset needs a folder: KIND:DIR");
    if (!fs::is_directory(dir, ec))
        throwFileError(dir, "not a folder");
}

// Reads the options every audio kind shares (decoding and STFT); the defaults are the
// published TIMIT features (PROTOCOLS 1.4). The default rate is 16 kHz for every kind, so an
// 8 kHz corpus such as FSDD is resampled and a chunk keeps the published 200 ms, 25 ms FFT and
// ~10 ms hop; ?rate=8000 keeps the native rate instead (chunks then span 400 ms).
AudioDatasetRecipe readRecipe(SpecOptions& o, const std::string& kind) {
    AudioDatasetRecipe r;
    r.kind = kind;
    r.source = o.path();
    r.decode.sample_rate = o.integer("rate", 16000, 1000, 192000);
    r.decode.max_seconds = o.real("max_seconds", 600.0, 0.01, 86400.0);
    r.spectrogram.chunk_samples = o.integer("chunk", 3200, 16, 1 << 22);
    r.spectrogram.n_fft = o.integer("n_fft", 400, 4, 65536);
    r.spectrogram.win_length = o.integer("win", r.spectrogram.n_fft < 320 ? r.spectrogram.n_fft : 320, 2, 65536);
    r.spectrogram.hop_length = o.integer("hop", 165, 1, 65536);
    r.spectrogram.power = o.real("power", 1.0, 0.1, 4.0);
    try {
        validate(r.spectrogram);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(kind + ":" + o.text() + ": " + e.what());
    }
    return r;
}

// Deterministic choice of test files: a fixed-seed Fisher-Yates shuffle of the sorted list
// (std::shuffle's algorithm is implementation-defined; mt19937_64's output is not).
void markTestFiles(std::vector<AudioSource>& sources, double test_fraction) {
    std::vector<size_t> order(sources.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::mt19937_64 random(20240612);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);
    const auto test_count = static_cast<size_t>(std::lround(test_fraction * static_cast<double>(sources.size())));
    for (size_t i = 0; i < test_count && i < order.size(); ++i)
        sources[order[i]].test = true;
}

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> cells = splitText(line, ',');
    for (auto& c : cells) {
        while (!c.empty() && std::isspace(static_cast<unsigned char>(c.back())))
            c.pop_back();
        c.erase(0, std::min(c.size(), c.find_first_not_of(" \t")));
    }
    return cells;
}

// Manifest CSV: a header "file,static[,dynamic]", then one row per file (relative to DIR).
std::vector<AudioSource> readManifest(const std::string& dir, const std::string& manifest) {
    std::ifstream in(manifest);
    if (!in)
        throwFileError(manifest, "cannot open the manifest");
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> header = splitCsvLine(line);
    if (header.size() < 2 || header.size() > 3 || header[0] != "file" || header[1] != "static" ||
        (header.size() == 3 && header[2] != "dynamic"))
        throwFileError(manifest, "the first line must be 'file,static' or 'file,static,dynamic'");
    std::vector<AudioSource> sources;
    for (int row = 2; std::getline(in, line); ++row) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        const std::vector<std::string> cells = splitCsvLine(line);
        if (cells.size() != header.size() || cells[0].empty())
            throwFileError(manifest, "line " + std::to_string(row) + ": expected " + std::to_string(header.size()) +
                                         " cells, got '" + line + "'");
        sources.push_back({(fs::path(dir) / cells[0]).string(), cells[1], header.size() == 3 ? cells[2] : "", false});
    }
    return sources;
}

// Labels from the layout: DIR/<static>/<file>, DIR/<static>/<dynamic>/<file>; files directly
// in DIR are unlabelled. Deeper files are ignored.
std::vector<AudioSource> scanLayout(const std::string& dir) {
    std::vector<AudioSource> sources;
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied);
         it != fs::recursive_directory_iterator(); ++it) {
        if (it.depth() >= 2)
            it.disable_recursion_pending();
        if (!it->is_regular_file() || !isAudioFile(it->path()))
            continue;
        const fs::path relative = it->path().lexically_relative(dir);
        std::vector<std::string> parts;
        for (const auto& p : relative.parent_path())
            parts.push_back(p.string());
        sources.push_back(
            {it->path().string(), parts.size() >= 1 ? parts[0] : "", parts.size() >= 2 ? parts[1] : "", false});
    }
    std::sort(sources.begin(), sources.end(), [](const AudioSource& a, const AudioSource& b) { return a.file < b.file; });
    return sources;
}

}  // namespace

// The options of readRecipe, in its order.
std::vector<DatasetOptionInfo> recipeOptions() {
    return {integerOption("rate", 16000, 1000, 192000, "sample rate in Hz the audio is resampled to"),
            realOption("max_seconds", "600", 0.01, 86400.0, "seconds read at most from each file"),
            integerOption("chunk", 3200, 16, 1 << 22, "samples per sequence (files are cut into chunks)"),
            integerOption("n_fft", 400, 4, 65536, "FFT size in samples"),
            derivedIntegerOption("win", 2, 65536, "window length in samples (default: the smaller of n_fft and 320)"),
            integerOption("hop", 165, 1, 65536, "samples between two spectrogram frames"),
            realOption("power", "1", 0.1, 4.0, "exponent of the magnitude")};
}

DatasetForm fsddDatasetForm() { return {DatasetPathType::Folder, "", {}, recipeOptions()}; }

DatasetForm audioFolderDatasetForm() {
    DatasetForm form{DatasetPathType::Folder, "", {}, recipeOptions()};
    form.options.push_back(realOption("test", "0.1", 0.0, 1.0, "fraction of the files kept for testing"));
    form.options.push_back(textOption("manifest", "CSV naming each file's labels and split, relative to the folder"));
    return form;
}

DatasetSplits loadFsddDataset(const std::string& path, const DatasetOptions& options) {
    SpecOptions o(path);
    AudioDatasetRecipe recipe = readRecipe(o, "fsdd");
    o.finish();
    recipe.options = o.canonical();
    recipe.static_name = "speaker";
    recipe.dynamic_name = "digit";
    requireFolder(o.path());
    const fs::path recordings = fs::path(o.path()) / "recordings";
    std::error_code ec;
    if (!fs::is_directory(recordings, ec))
        throwFileError(recordings.string(), "not a folder (FSDD keeps its clips in recordings/)");
    // <digit>_<speaker>_<index>.wav; the official split: index 0-4 test, 5-49 train.
    static const std::regex name(R"(([0-9])_([A-Za-z0-9-]+)_([0-9]+)\.wav)");
    std::vector<AudioSource> sources;
    for (const auto& entry : fs::directory_iterator(recordings)) {
        std::smatch m;
        const std::string file = entry.path().filename().string();
        if (!entry.is_regular_file() || !std::regex_match(file, m, name))
            continue;
        sources.push_back({entry.path().string(), m[2].str(), m[1].str(), std::stoi(m[3].str()) <= 4});
    }
    std::sort(sources.begin(), sources.end(), [](const AudioSource& a, const AudioSource& b) { return a.file < b.file; });
    if (sources.empty())
        throwFileError(recordings.string(), "no <digit>_<speaker>_<index>.wav recordings");
    return buildAudioDataset(recipe, sources, options);
}

DatasetSplits loadAudioFolderDataset(const std::string& path, const DatasetOptions& options) {
    SpecOptions o(path);
    AudioDatasetRecipe recipe = readRecipe(o, "audio");
    const double test_fraction = o.real("test", 0.1, 0.0, 1.0);
    const std::string manifest = o.text("manifest", "");
    o.finish();
    recipe.options = o.canonical();
    recipe.static_name = "static";
    recipe.dynamic_name = "dynamic";
    requireFolder(o.path());
    std::vector<AudioSource> sources;
    if (!manifest.empty()) {
        sources = readManifest(o.path(), (fs::path(o.path()) / manifest).string());
    } else {
        sources = scanLayout(o.path());
    }
    if (sources.empty())
        throwFileError(o.path(), "no audio files (looked for .wav, .flac, .ogg, .mp3, ... up to <static>/<dynamic>/<file>)");
    markTestFiles(sources, test_fraction);
    return buildAudioDataset(recipe, sources, options);
}

}  // namespace dbse
