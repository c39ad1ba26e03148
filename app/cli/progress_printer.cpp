// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/progress_printer.h"

#include <cstdio>
#include <unistd.h>

namespace dbse::cli {

std::string formatDuration(double seconds) {
    const long total = seconds > 0 ? static_cast<long>(seconds + 0.5) : 0;
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, (total / 60) % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%02ld:%02ld", total / 60, total % 60);
    return text;
}

ProgressPrinter::ProgressPrinter() : terminal_(::isatty(STDERR_FILENO) == 1) {}

void ProgressPrinter::onStep(const StepProgress& p) {
    if (!terminal_)
        return;
    constexpr int kWidth = 24;
    const double fraction = p.batches > 0 ? static_cast<double>(p.batch) / static_cast<double>(p.batches) : 0;
    const int filled = static_cast<int>(fraction * kWidth);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.append(static_cast<size_t>(kWidth - filled), '.');
    std::fprintf(stderr, "\repoch %d/%d [%s] %3d%%  loss %.4g  %.1f seq/s  ETA %s   ", p.epoch + 1, p.epochs,
                 bar.c_str(), static_cast<int>(fraction * 100), p.loss, p.seq_per_s,
                 formatDuration(p.eta_seconds).c_str());
    std::fflush(stderr);
    bar_visible_ = true;
}

void ProgressPrinter::onEpoch(const EpochSummary& s) {
    if (bar_visible_)
        std::fputs("\r\033[K", stderr);
    bar_visible_ = false;
    std::fprintf(stderr, "epoch %d: loss %.4g (recon %.4g, frame %.4g, KL s %.4g, KL d %.4g)", s.epoch, s.train.total,
                 s.train.recon_seq, s.train.recon_frame, s.train.kl_f, s.train.kl_z);
    if (s.validation)
        std::fprintf(stderr, "  validation %.4g", s.validation->total);
    std::fprintf(stderr, "  %.1f s, %.1f seq/s\n", s.seconds, s.seq_per_s);
}

}  // namespace dbse::cli
