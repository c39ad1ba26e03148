// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RunListModel: the run folders directly under a runs directory (a run folder is a folder with
// a config.json; see core/train/run_folder.h). Each row shows the run's name, preset, dataset
// and the epochs done (the last "epoch" in metrics.jsonl). Files are parsed with QJsonDocument
// (no torch); a config.json over 1 MiB or unreadable JSON makes a row with an error, never a
// failure of the model. Only the last 64 KiB of metrics.jsonl are read. GUI thread only.

#include <QAbstractListModel>
#include <QList>
#include <QString>

class QFileSystemWatcher;

namespace dbse::widgets {

struct RunSummary {
    QString name;          // the folder name
    QString path;          // absolute path of the folder
    QString preset;        // preset.name of config.json
    QString dataset;       // dataset of config.json ("KIND:PATH")
    int epochsDone = 0;    // the last epoch in metrics.jsonl, 0 when none
    int epochsPlanned = 0; // preset.train.epochs, 0 when unknown
    QString error;         // why config.json could not be read; empty when it could
};

// Reads the summary of the run folder `path` (which must hold a config.json).
RunSummary readRunSummary(const QString& path);

class RunListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        PathRole,
        PresetRole,
        DatasetRole,
        EpochsDoneRole,
        EpochsPlannedRole,
        ErrorRole,
    };

    explicit RunListModel(QObject* parent = nullptr);

    // Lists the runs under `dir` (which need not exist yet) and follows changes to it.
    void setRunsDirectory(const QString& dir);
    QString runsDirectory() const { return dir_; }
    void refresh();
    // Re-emits every row's texts (after a language change).
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const RunSummary& run(int row) const { return runs_.at(row); }
    int rowOfPath(const QString& path) const;  // -1 when not listed

    // Renames the folder of `row` to `newName` (a plain folder name, not taken). On failure
    // returns false and sets *error to a message for the user.
    bool rename(int row, const QString& newName, QString* error);
    // Deletes the folder of `row` and everything in it. Refuses folders without config.json.
    bool remove(int row, QString* error);

private:
    QString displayText(const RunSummary& run) const;
    QString toolTipText(const RunSummary& run) const;

    QString dir_;
    QList<RunSummary> runs_;
    QFileSystemWatcher* watcher_ = nullptr;  // owned (child)
};

}  // namespace dbse::widgets
