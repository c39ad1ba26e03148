// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/dataset_build_job.h"

#include <QMetaObject>
#include <QThread>

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
    // Written by the worker before it ends; read after QThread::finished.
    std::optional<api::DatasetBuildSummary> summary;
    bool was_cancelled = false;
    QString error;
};

DatasetBuildJob::DatasetBuildJob(QObject* parent) : QObject(parent) {}

DatasetBuildJob::~DatasetBuildJob() {
    if (!thread_) return;
    shared_->cancel = true;
    thread_->disconnect(this);
    thread_->wait();
    delete thread_;
}

bool DatasetBuildJob::start(api::DatasetBuildRequest request) {
    if (thread_) return false;
    auto shared = std::make_shared<Shared>();
    shared_ = shared;
    request.cancel = &shared->cancel;
    request.progress = [shared, this](double fraction, const std::string& what) {
        std::lock_guard<std::mutex> lock(shared->mutex);
        shared->fraction = fraction;
        shared->what = what;
        if (shared->pending) return;
        shared->pending = true;
        // `this` outlives the worker (the destructor joins it); a call still queued when the
        // job dies is dropped by Qt.
        QMetaObject::invokeMethod(this, [this] { deliverProgress(); }, Qt::QueuedConnection);
    };
    thread_ = QThread::create([shared, request = std::move(request)] {
        try {
            shared->summary = api::buildDataset(request);
        } catch (const Cancelled&) {
            shared->was_cancelled = true;
        } catch (const std::exception& e) {
            shared->error = QString::fromStdString(e.what());
        } catch (...) {
            shared->error = tr("Unknown error while building the dataset.");
        }
    });
    thread_->setObjectName(QStringLiteral("dbse-dataset-build"));
    connect(thread_, &QThread::finished, this, &DatasetBuildJob::threadFinished);
    thread_->start();
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

void DatasetBuildJob::threadFinished() {
    const std::shared_ptr<Shared> shared = shared_;
    thread_->deleteLater();
    thread_ = nullptr;
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
