// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/explore_session.h"

#include <exception>

namespace dbse::studio {
namespace {

// Written by the job before it returns, read by its report on the GUI thread (WorkerThreads
// orders the accesses).
struct Loaded {
    std::shared_ptr<api::RunModel> model;
    std::shared_ptr<const api::OpenedDataset> dataset;
    QString error;
};

}  // namespace

ExploreSession::ExploreSession(QObject* parent) : QObject(parent) {}

ExploreSession::~ExploreSession() = default;

void ExploreSession::setRun(const QString& folder) {
    folder_ = folder;
    if (folder.isEmpty()) {
        ++generation_;
        loading_ = false;
        model_.reset();
        dataset_.reset();
        Q_EMIT closed();
        return;
    }
    load(false);
}

void ExploreSession::refresh() {
    if (!folder_.isEmpty())
        load(true);
}

void ExploreSession::offerDataset(std::shared_ptr<const api::OpenedDataset> dataset) { offered_ = std::move(dataset); }

void ExploreSession::load(bool keepDataset) {
    const quint64 generation = ++generation_;
    loading_ = true;
    Q_EMIT loadingStarted(folder_);
    auto loaded = std::make_shared<Loaded>();
    auto work = [loaded, folder = folder_.toStdString(), known = keepDataset ? dataset_ : nullptr, offered = offered_] {
        try {
            loaded->model = api::RunModel::open(folder);
            const std::string& spec = loaded->model->datasetSpec();
            for (const auto& candidate : {known, offered})
                if (!loaded->dataset && candidate && candidate->spec() == spec)
                    loaded->dataset = candidate;
            if (!loaded->dataset)
                loaded->dataset = api::OpenedDataset::open(spec);
        } catch (const std::exception& e) {
            loaded->error = QString::fromLocal8Bit(e.what());
        } catch (...) {
            loaded->error = tr("Unknown error while opening the run.");
        }
    };
    threads_.start(QStringLiteral("dbse-explore-session"), std::move(work), [this, loaded, generation] {
        if (generation != generation_)
            return;
        loading_ = false;
        if (!loaded->error.isEmpty()) {
            model_.reset();
            dataset_.reset();
            Q_EMIT failed(loaded->error);
            return;
        }
        model_ = loaded->model;
        dataset_ = loaded->dataset;
        Q_EMIT ready();
    });
}

}  // namespace dbse::studio
