// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Command-line helpers of dbse-studio for the Swap and Resample tabs: choosing their sequences
// (--swap A,B and --resample I).

#include <QString>

namespace dbse::studio {

class MainWindow;

// Sequences as "N" (test split) or "SPLIT:N"; "A,B" for the swap. False (with `error` set) when
// the text does not parse; the indices are checked when the run's dataset is open.
bool applySwapOption(MainWindow& window, const QString& text, QString& error);
bool applyResampleOption(MainWindow& window, const QString& text, QString& error);

}  // namespace dbse::studio
