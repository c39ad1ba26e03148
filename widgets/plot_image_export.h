// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saving QCustomPlots side by side, each under its title, as one PNG or SVG file (vector
// shapes, when the build has Qt SVG). Written atomically (QSaveFile). GUI thread only.

#include <QList>
#include <QString>

class QCustomPlot;

namespace dbse::widgets {

struct TitledPlot {
    QString title;
    QCustomPlot* plot = nullptr;
};

// True when saveTitledPlots can write SVG in this build.
bool canSaveSvg();

// Writes `plots` left to right at their on-screen size (at least `minimumSide` pixels each
// way) to `path`: ".png" or ".svg" by its suffix. Returns "" on success, else a message
// naming the file and the problem.
QString saveTitledPlots(const QString& path, const QList<TitledPlot>& plots, int minimumSide = 480);

}  // namespace dbse::widgets
