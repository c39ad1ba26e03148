// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Training progress on stderr: a live bar with ETA on a terminal, one line per epoch always.

#include "core/train/trainer.h"

namespace dbse::cli {

class ProgressPrinter {
public:
    ProgressPrinter();
    void onStep(const StepProgress& progress);
    void onEpoch(const EpochSummary& summary);

private:
    bool terminal_;
    bool bar_visible_ = false;
};

// "1:02:03" or "02:03".
std::string formatDuration(double seconds);

}  // namespace dbse::cli
