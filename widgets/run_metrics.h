// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The per-epoch losses of a run folder (its metrics.jsonl, one JSON object per completed epoch,
// as the trainer writes it), read with Qt's JSON parser for the curves of the GUI.

#include "core/api/training_job.h"

#include <QList>
#include <QString>

#include <optional>

namespace dbse::widgets {

struct EpochMetrics {
    int epoch = 0;  // 1-based
    api::LossValues train;
    std::optional<api::LossValues> validation;
};

// The epochs of `runFolder` in file order. Lines that are cut short, not JSON or without an
// "epoch" are skipped; a missing file gives an empty list. Files above 64 MiB are refused
// (empty list and `error` set), as is an unreadable file. Any thread.
QList<EpochMetrics> readRunMetrics(const QString& runFolder, QString* error = nullptr);

}  // namespace dbse::widgets
