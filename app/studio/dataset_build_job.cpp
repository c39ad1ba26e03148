// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/dataset_build_job.h"

#include <exception>
#include <mutex>
#include <optional>

namespace dbse::studio {

struct DatasetBuildJob::Shared {
    std::atomic<bool> cancel{false};
    std::mutex mutex;           // guards fraction, what and pending
    double fraction = 0;
    std::string what;
    bool pending = false;       // a deliverProgress() is queued and has not run yet
    // Written by the worker before it ends; read by buildEnded().
    std::optional<api::DatasetBuildSummary> summary;
    bool was_cancelled = false;
    QString error;
};

DatasetBuildJob::DatasetBuildJob(QObject* parent) : QObject(parent) {}

DatasetBuildJob::~DatasetBuildJob() {
    if (isRunning()) shared_->cancel = true;
}

bool DatasetBuildJob::start(api::DatasetBuildRequest request) {
    if (isRunning()) return false;
    auto shared = std::make_shared<Shared>();
    shared_ = shared;
    request.cancel = &shared->cancel;
    request.progress = [shared, this](double fraction, const std::string& what) {
        std::lock_guard<std::mutex> lock(shared->mutex);
        shared->fraction = fraction;
        shared->what = what;
        if (shared->pending) return;
        shared->pending = true;
        // `this` and worker_ outlive the build (the destructor waits for it); a call still
        // waiting when the job dies is dropped.
        worker_.post([this] { deliverProgress(); });
    };
    auto work = [shared, request = std::move(request)] {
        try {
            shared->summary = api::buildDataset(request);
        } catch (const Cancelled&) {
            shared->was_cancelled = true;
        } catch (const std::exception& e) {
            shared->error = QString::fromStdString(e.what());
        } catch (...) {
            shared->error = tr("Unknown error while building the dataset.");
        }
    };
    worker_.start(QStringLiteral("dbse-dataset-build"), std::move(work), [this] { buildEnded(); });
    return true;
}

void DatasetBuildJob::cancel() {
    if (shared_) shared_->cancel = true;
}

void DatasetBuildJob::deliverProgress() {
    double fraction = 0;
    std::string what;
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        fraction = shared_->fraction;
        what = shared_->what;
        shared_->pending = false;
    }
    Q_EMIT progressChanged(fraction, QString::fromStdString(what));
}

void DatasetBuildJob::buildEnded() {
    const std::shared_ptr<Shared> shared = shared_;
    if (shared->summary) {
        summary_ = std::move(*shared->summary);
        Q_EMIT finished(QString::fromStdString(summary_.spec));
    } else if (shared->was_cancelled) {
        Q_EMIT cancelled();
    } else {
        Q_EMIT failed(shared->error.isEmpty() ? tr("The dataset could not be built.") : shared->error);
    }
}

}  // namespace dbse::studio
