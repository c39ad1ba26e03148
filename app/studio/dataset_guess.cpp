// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/dataset_guess.h"

#include "core/api/dataset_kinds.h"
#include "widgets/bidi_text.h"

#include <QDir>
#include <QFileInfo>

namespace dbse::studio {
namespace {

constexpr int kMaxDepth = 3;          // <label>/<clip>/<frame>.png below the dropped folder
constexpr int kMaxEntries = 4000;     // directory entries looked at, in all

const QStringList& videoSuffixes() {
    static const QStringList s{QStringLiteral("mp4"), QStringLiteral("avi"), QStringLiteral("mkv"), QStringLiteral("mov"),
                               QStringLiteral("webm"), QStringLiteral("m4v"), QStringLiteral("mpg"), QStringLiteral("mpeg")};
    return s;
}
const QStringList& audioSuffixes() {
    static const QStringList s{QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("mp3"), QStringLiteral("ogg"),
                               QStringLiteral("m4a"), QStringLiteral("opus")};
    return s;
}
const QStringList& imageSuffixes() {
    static const QStringList s{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp")};
    return s;
}

// What a bounded walk of a folder found.
struct FolderContents {
    int clips = 0, sounds = 0, frameFolders = 0;
};

void walk(const QString& dir, int depth, FolderContents& found, int& budget) {
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    int images = 0;
    for (const QFileInfo& entry : entries) {
        if (--budget < 0)
            return;
        const QString suffix = entry.suffix().toLower();
        if (entry.isDir()) {
            if (depth < kMaxDepth)
                walk(entry.filePath(), depth + 1, found, budget);
        } else if (videoSuffixes().contains(suffix)) {
            ++found.clips;
        } else if (audioSuffixes().contains(suffix)) {
            ++found.sounds;
        } else if (imageSuffixes().contains(suffix)) {
            ++images;
        }
    }
    if (depth > 0 && images >= 2)  // a clip stored as numbered frames
        ++found.frameFolders;
}

bool hasFileMatching(const QDir& dir, const QString& pattern) {
    return !dir.entryList({pattern}, QDir::Files, QDir::NoSort).isEmpty();
}

// The kind of a folder, or "" with *error set.
QString folderKind(const QFileInfo& info, QString* path, QString* error) {
    const QDir dir(info.absoluteFilePath());
    const QString name = info.fileName().toLower();
    if (hasFileMatching(dir, QStringLiteral("PRSA_Data_*.csv")))
        return QStringLiteral("air-quality");
    if ((dir.exists(QStringLiteral("set-a")) && dir.exists(QStringLiteral("Outcomes-a.txt"))) || name.startsWith(QStringLiteral("physionet")))
        return QStringLiteral("physionet");
    const QStringList etth = dir.entryList({QStringLiteral("ETTh1.csv")}, QDir::Files);
    if (!etth.isEmpty()) {
        *path = dir.filePath(etth.front());
        return QStringLiteral("etth1");
    }
    if (name.contains(QStringLiteral("fsdd")) || name.contains(QStringLiteral("free-spoken-digit")) ||
        name.contains(QStringLiteral("free_spoken_digit")) || dir.exists(QStringLiteral("recordings")))
        return QStringLiteral("fsdd");
    if (dir.exists(QStringLiteral("body")) && dir.exists(QStringLiteral("hair")))
        return QStringLiteral("sprites");
    FolderContents found;
    int budget = kMaxEntries;
    walk(dir.absolutePath(), 0, found, budget);
    if (found.clips > 0 || found.frameFolders > 0)
        return QStringLiteral("video");
    if (found.sounds > 0)
        return QStringLiteral("audio");
    *error = DatasetGuess::tr("%1: no video clips, frame folders or sound files were found, and the folder is not one of the "
                "known datasets (FSDD, LPC Sprites, PhysioNet 2012, Beijing air quality, ETTh1).")
                 .arg(widgets::isolated(QDir::toNativeSeparators(info.absoluteFilePath())));
    return {};
}

// The kind of a file, or "" with *error set.
QString fileKind(const QFileInfo& info, QString* error) {
    const QString suffix = info.suffix().toLower();
    const QString shown = widgets::isolated(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (suffix == QStringLiteral("npy"))
        return QStringLiteral("npy");
    if (suffix == QStringLiteral("csv"))
        return info.baseName().toLower().startsWith(QStringLiteral("etth")) ? QStringLiteral("etth1") : QStringLiteral("csv");
    if (videoSuffixes().contains(suffix) || audioSuffixes().contains(suffix) || imageSuffixes().contains(suffix)) {
        *error = DatasetGuess::tr("%1: one clip, sound or image is not a dataset; drop the folder that holds them instead.").arg(shown);
        return {};
    }
    *error = DatasetGuess::tr("%1: DBSE Studio does not know this kind of file. It opens folders of video clips, frame folders "
                "or sound files, .npy and .csv files, and the folders of the known datasets.")
                 .arg(shown);
    return {};
}

}  // namespace

DatasetGuess guessDatasetSpec(const QString& path, const QStringList& availableKinds) {
    DatasetGuess guess;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        guess.error = DatasetGuess::tr("%1: does not exist.").arg(widgets::isolated(QDir::toNativeSeparators(path)));
        return guess;
    }
    QString target = info.absoluteFilePath();
    const QString kind = info.isDir() ? folderKind(info, &target, &guess.error) : fileKind(info, &guess.error);
    if (kind.isEmpty())
        return guess;
    if (!availableKinds.contains(kind)) {
        guess.error = DatasetGuess::tr("%1 looks like a “%2” dataset, but this build of DBSE Studio cannot read that kind "
                         "(it was built without media support).")
                          .arg(widgets::isolated(QDir::toNativeSeparators(info.absoluteFilePath())), kind);
        return guess;
    }
    guess.spec = kind + QLatin1Char(':') + target;
    return guess;
}

QStringList availableDatasetKinds() {
    QStringList names;
    for (const api::DatasetKindInfo& kind : api::datasetKinds())
        names << QString::fromStdString(kind.name);
    return names;
}

}  // namespace dbse::studio
