// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/latent_map_job.h"

#include "core/api/opened_dataset.h"
#include "core/api/run_model.h"

#include <exception>

namespace dbse::widgets {

LatentMapJob::LatentMapJob(QObject* parent) : QObject(parent) {}

LatentMapJob::~LatentMapJob() {
    if (cancel_)
        cancel_->store(true);
}

void LatentMapJob::cancel() {
    ++generation_;
    running_ = false;
    if (cancel_)
        cancel_->store(true);
}

void LatentMapJob::start(std::shared_ptr<api::RunModel> model, std::shared_ptr<const api::OpenedDataset> dataset,
                         const api::LatentMapRequest& request) {
    cancel();
    const quint64 generation = generation_;
    running_ = true;
    reported_ = 0;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    auto error = std::make_shared<QString>();  // written by the worker, read after it finished
    LatentMapJob* self = this;  // outlives the worker: workers_ joins it
    auto work = [self, model, dataset, request, generation, error, cancel = cancel_] {
        // Each layout is posted to the GUI thread (self->workers_ outlives this job).
        auto report = [&](const api::LatentLayout& layout) {
            QVector<QPointF> points(static_cast<qsizetype>(layout.xy.size() / 2));
            for (qsizetype i = 0; i < points.size(); ++i)
                points[i] = QPointF(layout.xy[2 * i], layout.xy[2 * i + 1]);
            self->workers_.post([self, generation, code = layout.code, iteration = layout.iteration,
                                 iterations = layout.iterations, final = layout.final, points = std::move(points)] {
                if (self->generation_ != generation)
                    return;
                ++self->reported_;
                Q_EMIT self->layoutReady(code, points, iteration, iterations, final);
            });
        };
        try {
            api::computeLatentMap(*model, *dataset, request, report, cancel.get());
        } catch (const std::exception& e) {
            *error = QString::fromLocal8Bit(e.what());
            if (error->isEmpty())
                *error = QStringLiteral("?");
        } catch (...) {
            *error = QStringLiteral("unknown error");
        }
    };
    workers_.start(QStringLiteral("dbse-latent-map"), std::move(work), [this, generation, error] {
        if (generation != generation_)
            return;
        running_ = false;
        if (error->isEmpty())
            Q_EMIT finished();
        else
            Q_EMIT failed(*error);
    });
}

}  // namespace dbse::widgets
