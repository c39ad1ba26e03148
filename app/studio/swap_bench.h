// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `dbse-studio --run RUN --bench swap`: the latency from a drop on the Swap tab's target B to
// the first swapped frame on screen (the paint of the row "static A + dynamic B"), over
// `repeats` drops of different sequences after one warm-up swap. Prints one JSON object on
// stdout (median, min, max, every sample, in ms) and quits. GUI thread only.

#include <QString>

namespace dbse::studio {

class MainWindow;

// Starts the benchmark once `window` (showing the Swap tab) has its run open; the application
// exits with 0 when it is done, 1 when the run fails to open or a swap fails.
void scheduleSwapBench(MainWindow& window, int repeats);

}  // namespace dbse::studio
