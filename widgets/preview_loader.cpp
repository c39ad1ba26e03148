// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/preview_loader.h"

#include <exception>
#include <memory>
#include <optional>

namespace dbse::widgets {
namespace {

// Written by the job before it returns, read by its report on the GUI thread (WorkerThreads
// orders the accesses).
struct Outcome {
    std::optional<api::DatasetPreview> preview;
    QString error;
};

}  // namespace

PreviewLoader::PreviewLoader(QObject* parent) : QObject(parent) {}

PreviewLoader::~PreviewLoader() = default;

void PreviewLoader::start(const QString& dataset, const QString& split, int count) {
    start([dataset = dataset.toStdString(), split = split.toStdString(), count] {
        return api::previewDataset(dataset, split, count);
    });
}

void PreviewLoader::start(Job job) {
    const quint64 generation = ++generation_;
    loading_ = true;
    auto outcome = std::make_shared<Outcome>();
    threads_.start(QStringLiteral("dbse-preview"),
        [job = std::move(job), outcome] {
            try {
                outcome->preview = job();
            } catch (const std::exception& e) {
                outcome->error = QString::fromLocal8Bit(e.what());
            } catch (...) {
                outcome->error = tr("Unknown error while loading the dataset.");
            }
        },
        [this, outcome, generation] {
            if (generation != generation_)
                return;
            loading_ = false;
            if (outcome->preview)
                Q_EMIT loaded(*outcome->preview);
            else
                Q_EMIT failed(outcome->error.isEmpty() ? tr("The dataset could not be loaded.") : outcome->error);
        });
}

bool PreviewLoader::isLoading() const { return loading_; }

}  // namespace dbse::widgets
