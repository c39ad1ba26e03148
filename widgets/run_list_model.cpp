// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/run_list_model.h"

#include "widgets/bidi_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dbse::widgets {
namespace {

constexpr qint64 kMaxConfigBytes = 1 << 20;
constexpr qint64 kMetricsTailBytes = 64 << 10;

// The "epoch" of the last complete JSON line of `path` that has one, looking only at the
// file's last kMetricsTailBytes; 0 when there is none.
int lastEpoch(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 start = qMax<qint64>(0, file.size() - kMetricsTailBytes);
    file.seek(start);
    QList<QByteArray> lines = file.readAll().split('\n');
    if (start > 0 && !lines.isEmpty())
        lines.removeFirst();  // probably cut in the middle
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QJsonDocument doc = QJsonDocument::fromJson(line->trimmed());
        const QJsonValue epoch = doc.object().value(QStringLiteral("epoch"));
        if (epoch.isDouble())
            return epoch.toInt();
    }
    return 0;
}

// A folder name that stays one folder directly inside the runs directory.
bool isPlainFolderName(const QString& name) {
    return !name.isEmpty() && name != QStringLiteral(".") && name != QStringLiteral("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) && name.trimmed() == name;
}

}  // namespace

RunSummary readRunSummary(const QString& path) {
    RunSummary run;
    const QFileInfo folder(path);
    run.name = folder.fileName();
    run.path = folder.absoluteFilePath();
    QFile config(QDir(path).filePath(QStringLiteral("config.json")));
    if (!config.open(QIODevice::ReadOnly)) {
        run.error = RunListModel::tr("%1: cannot be read (%2)").arg(config.fileName(), config.errorString());
        return run;
    }
    if (config.size() > kMaxConfigBytes) {
        run.error = RunListModel::tr("%1: too large for a run configuration").arg(config.fileName());
        return run;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(config.readAll(), &parseError);
    if (!doc.isObject()) {
        run.error = RunListModel::tr("%1: not a JSON object (%2)").arg(config.fileName(), parseError.errorString());
        return run;
    }
    const QJsonObject root = doc.object();
    const QJsonObject preset = root.value(QStringLiteral("preset")).toObject();
    run.dataset = root.value(QStringLiteral("dataset")).toString();
    run.preset = preset.value(QStringLiteral("name")).toString();
    run.epochsPlanned = preset.value(QStringLiteral("train")).toObject().value(QStringLiteral("epochs")).toInt();
    run.epochsDone = lastEpoch(QDir(path).filePath(QStringLiteral("metrics.jsonl")));
    return run;
}

RunListModel::RunListModel(QObject* parent) : QAbstractListModel(parent), watcher_(new QFileSystemWatcher(this)) {
    connect(watcher_, &QFileSystemWatcher::directoryChanged, this, &RunListModel::refresh);
}

void RunListModel::setRunsDirectory(const QString& dir) {
    if (!watcher_->directories().isEmpty())
        watcher_->removePaths(watcher_->directories());
    dir_ = QFileInfo(dir).absoluteFilePath();
    if (QFileInfo(dir_).isDir())
        watcher_->addPath(dir_);
    refresh();
}

void RunListModel::refresh() {
    QList<RunSummary> runs;
    const QDir dir(dir_);
    if (!dir_.isEmpty()) {
        for (const QFileInfo& entry : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase)) {
            if (QFileInfo::exists(QDir(entry.absoluteFilePath()).filePath(QStringLiteral("config.json"))))
                runs << readRunSummary(entry.absoluteFilePath());
        }
    }
    beginResetModel();
    runs_ = runs;
    endResetModel();
}

void RunListModel::retranslate() {
    if (!runs_.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(runs_.size()) - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int RunListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(runs_.size());
}

QString RunListModel::displayText(const RunSummary& run) const {
    if (!run.error.isEmpty())
        return tr("%1\nunreadable configuration").arg(run.name);
    const QString epochs = run.epochsPlanned > 0 ? tr("%1 of %2 epochs").arg(run.epochsDone).arg(run.epochsPlanned)
                                                 : tr("%1 epochs").arg(run.epochsDone);
    return tr("%1\n%2 · %3\n%4").arg(isolated(run.name), isolated(run.preset), epochs, isolated(run.dataset));
}

QString RunListModel::toolTipText(const RunSummary& run) const {
    return run.error.isEmpty() ? run.path : run.error;
}

QVariant RunListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= runs_.size())
        return {};
    const RunSummary& run = runs_.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(run);
    case Qt::ToolTipRole: return toolTipText(run);
    case NameRole: return run.name;
    case PathRole: return run.path;
    case PresetRole: return run.preset;
    case DatasetRole: return run.dataset;
    case EpochsDoneRole: return run.epochsDone;
    case EpochsPlannedRole: return run.epochsPlanned;
    case ErrorRole: return run.error;
    default: return {};
    }
}

QHash<int, QByteArray> RunListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{NameRole, "name"}, {PathRole, "path"}, {PresetRole, "preset"}, {DatasetRole, "dataset"},
                  {EpochsDoneRole, "epochsDone"}, {EpochsPlannedRole, "epochsPlanned"}, {ErrorRole, "error"}});
    return names;
}

int RunListModel::rowOfPath(const QString& path) const {
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < runs_.size(); ++row)
        if (runs_[row].path == wanted)
            return row;
    return -1;
}

bool RunListModel::rename(int row, const QString& newName, QString* error) {
    if (row < 0 || row >= runs_.size()) {
        *error = tr("No such run.");
        return false;
    }
    if (!isPlainFolderName(newName)) {
        *error = tr("“%1” is not a valid folder name.").arg(newName);
        return false;
    }
    QDir dir(dir_);
    if (dir.exists(newName)) {
        *error = tr("%1: already exists.").arg(dir.filePath(newName));
        return false;
    }
    if (!dir.rename(runs_[row].name, newName)) {
        *error = tr("%1: could not be renamed to “%2”.").arg(runs_[row].path, newName);
        return false;
    }
    refresh();
    return true;
}

bool RunListModel::remove(int row, QString* error) {
    if (row < 0 || row >= runs_.size()) {
        *error = tr("No such run.");
        return false;
    }
    const QString path = runs_[row].path;
    if (!QFileInfo::exists(QDir(path).filePath(QStringLiteral("config.json")))) {
        *error = tr("%1: not a run folder (no config.json); not deleted.").arg(path);
        return false;
    }
    const bool removed = QDir(path).removeRecursively();
    refresh();
    if (!removed)
        *error = tr("%1: could not be deleted completely.").arg(path);
    return removed;
}

}  // namespace dbse::widgets
