// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/swap_bench.h"

#include "app/studio/explore_session.h"
#include "core/api/compute_environment.h"
#include "app/studio/lab_jobs.h"
#include "app/studio/main_window.h"
#include "app/studio/sequence_drop_target.h"
#include "app/studio/swap_tab.h"
#include "widgets/player_rows.h"
#include "widgets/sequence_mime.h"
#include "widgets/sequence_player.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace dbse::studio {
namespace {

constexpr int kSwappedRow = 2;  // "static A + dynamic B"

// The 1-minute load average (/proc/loadavg), -1 when unknown: latencies on a busy machine say little.
double loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double value = QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0).toDouble(&ok);
    return ok ? value : -1;
}

// One benchmark in progress; deletes itself when done.
class SwapBench : public QObject {
public:
    SwapBench(MainWindow& window, SwapTab* tab, int repeats)
        : QObject(&window), window_(window), tab_(tab), repeats_(repeats) {
        connect(tab_, &SwapTab::rowsShown, this, &SwapBench::onRowsShown);
        connect(tab_, &SwapTab::firstLookShown, this, &SwapBench::onRowsShown);
        connect(tab_, &SwapTab::failed, this, [](const QString& message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
        connect(window_.exploreSession(), &ExploreSession::failed, this, [](const QString& message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && watched == watched_ && measuring_) {
            measuring_ = false;
            samples_.push_back(double(clock_.nsecsElapsed()) / 1e6);
            if (complete_.size() == samples_.size())  // complete already (no first look)
                QTimer::singleShot(0, this, &SwapBench::next);
        }
        return false;
    }

private:
    // Rows come as a first look (the swapped rows' first frames) and then complete.
    void onRowsShown() {
        const bool partial = tab_->player()->rows().partial;
        if (!started_) {  // the tab's first swap: warm-up
            if (partial)
                return;
            started_ = true;
            QTimer::singleShot(0, this, &SwapBench::next);
            return;
        }
        const double elapsed = double(clock_.nsecsElapsed()) / 1e6;
        if (!partial)
            complete_.push_back(elapsed);
        if (measuring_) {  // this drop's first swapped frame is not painted yet: watch for it
            if (ready_.size() == samples_.size())
                ready_.push_back(elapsed);
            watched_ = tab_->player()->rowView(kSwappedRow);
            if (watched_)
                watched_->installEventFilter(this);
        } else if (!partial) {
            QTimer::singleShot(0, this, &SwapBench::next);
        }
    }

    void next() {
        if (int(samples_.size()) >= repeats_) {
            report();
            return;
        }
        const auto dataset = window_.exploreSession()->dataset();
        const qint64 count = dataset->count("test");
        // A different B each time (never A, the first test sequence).
        const qint64 b = 1 + qint64(samples_.size()) % std::max<qint64>(1, count - 1);
        auto mime = std::unique_ptr<QMimeData>(widgets::encodeSequences(
            {QString::fromStdString(dataset->spec()), QStringLiteral("test"), {std::min(b, count - 1)}}));
        QWidget* target = tab_->targetB();
        watched_ = nullptr;  // the rows of this drop are not made yet
        measuring_ = true;
        clock_.start();
        // A drag that enters the target and is dropped there, as from the dataset browser.
        QDragEnterEvent enter(target->rect().center(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QDropEvent drop(QPointF(target->rect().center()), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
    }

    static double median(std::vector<double> values) {
        std::sort(values.begin(), values.end());
        const size_t n = values.size();
        return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    void report() {
        std::vector<double> sorted = samples_;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        QJsonArray all;
        for (double s : samples_) all.append(s);
        const auto model = window_.exploreSession()->model();
        const QJsonObject result{{QStringLiteral("bench"), QStringLiteral("swap")},
                                 {QStringLiteral("what"), QStringLiteral("drop on B -> first swapped frame painted")},
                                 {QStringLiteral("run"), QString::fromStdString(model->runDir())},
                                 {QStringLiteral("dataset"), QString::fromStdString(model->datasetSpec())},
                                 {QStringLiteral("modality"), QString::fromStdString(model->modality())},
                                 {QStringLiteral("device"), QStringLiteral("cpu")},
                                 {QStringLiteral("cores"), QThread::idealThreadCount()},
                                 {QStringLiteral("torch_threads"), api::computeDevice().cpu_threads},
                                 {QStringLiteral("load_average_1min"), loadAverage()},
                                 {QStringLiteral("repeats"), int(n)},
                                 {QStringLiteral("median_ms"), median(samples_)},
                                 {QStringLiteral("first_look_ready_median_ms"), median(ready_)},
                                 {QStringLiteral("all_frames_shown_median_ms"), median(complete_)},
                                 {QStringLiteral("min_ms"), sorted.front()},
                                 {QStringLiteral("max_ms"), sorted.back()},
                                 {QStringLiteral("target_ms"), 100},
                                 {QStringLiteral("samples_ms"), all}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    MainWindow& window_;
    SwapTab* tab_;
    int repeats_;
    bool started_ = false;
    bool measuring_ = false;
    QObject* watched_ = nullptr;
    QElapsedTimer clock_;
    std::vector<double> samples_;  // drop -> first swapped frame painted
    std::vector<double> ready_;     // drop -> first look made (model and pictures), before the GUI shows it
    std::vector<double> complete_;  // drop -> complete rows given to the player
};

}  // namespace

void scheduleSwapBench(MainWindow& window, int repeats) {
    auto* tab = window.findChild<SwapTab*>();
    if (!tab) {
        std::fprintf(stderr, "no Swap tab\n");
        QCoreApplication::exit(1);
        return;
    }
    window.showTab(QStringLiteral("swap"));
    new SwapBench(window, tab, std::max(1, repeats));
}

}  // namespace dbse::studio
