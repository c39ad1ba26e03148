// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// guessDatasetSpec: which dataset kind a file or folder dropped on the window (or picked in a
// file dialog) is, as a "KIND:PATH" spec. Looks at names and at most a few thousand directory
// entries, three levels deep; never reads file contents. Pure function, any thread.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dbse::studio {

struct DatasetGuess {
    Q_DECLARE_TR_FUNCTIONS(DatasetGuess)

public:
    QString spec;   // "KIND:PATH" when the kind was recognised and this build can read it
    QString error;  // otherwise why not, naming the path, for the user
    bool ok() const { return !spec.isEmpty(); }
};

// `availableKinds`: the registered kind names (api::datasetKinds()). Rules, first match wins:
//   *.npy -> npy; ETTh1*.csv -> etth1; other *.csv -> csv; a folder with
//   PRSA_Data_*.csv -> air-quality; with set-a/ and Outcomes-a.txt (or named physionet*) ->
//   physionet; with ETTh1.csv -> etth1 of that file; named like FSDD (fsdd, free-spoken-digit)
//   or holding recordings/ -> fsdd; with body/ and hair/ layer folders -> sprites; holding
//   video clips or frame folders -> video; holding sound files -> audio.
DatasetGuess guessDatasetSpec(const QString& path, const QStringList& availableKinds);

// The registered kind names of this build.
QStringList availableDatasetKinds();

}  // namespace dbse::studio
