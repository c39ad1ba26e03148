// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The QSettings keys of dbse-studio, and the values that have defaults. Settings live where
// QSettings() puts them for the application's organisation and name.

#include <QDir>
#include <QSettings>
#include <QString>

namespace dbse::studio::settings {

inline const QString kLanguage = QStringLiteral("ui/language");              // LanguageSwitcher::code()
inline const QString kRunsDirectory = QStringLiteral("runs/directory");      // absolute path
inline const QString kRecentDatasets = QStringLiteral("recent/datasets");    // QStringList of KIND:PATH
inline const QString kRecentRuns = QStringLiteral("recent/runs");            // QStringList of folders
inline const QString kWindowGeometry = QStringLiteral("window/geometry");    // QMainWindow::saveGeometry()
inline const QString kWindowState = QStringLiteral("window/state");          // QMainWindow::saveState()

// The folder that the Runs dock lists: the saved one, else ./runs of the working directory.
inline QString runsDirectory() {
    return QSettings().value(kRunsDirectory, QDir::current().absoluteFilePath(QStringLiteral("runs"))).toString();
}

}  // namespace dbse::studio::settings
