// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExploreSession: what the exploration tabs (Latent map, Swap, Resample, Evaluation) work on —
// the current run's model (api::RunModel, a snapshot of its checkpoint) and the run's dataset
// (api::OpenedDataset, both splits). MainWindow owns one and points it at the run the user
// opened or is training; the tabs read it and follow its signals.
//
// Loading runs on a worker thread; a newer setRun()/refresh() supersedes an older one (only
// the newest reports). The dataset is reused when the spec is unchanged (refreshing a
// snapshot reloads the model only) or when offerDataset() gave one with the same spec (the
// Datasets dock's), so a dataset is not held twice. GUI thread only.

#include "core/api/opened_dataset.h"
#include "core/api/run_model.h"
#include "widgets/worker_threads.h"

#include <QObject>
#include <QString>

#include <memory>

namespace dbse::studio {

class ExploreSession : public QObject {
    Q_OBJECT

public:
    explicit ExploreSession(QObject* parent = nullptr);
    ~ExploreSession() override;  // waits for a load in flight

    // Opens the run in `folder` (model at its checkpoint + its dataset); "" closes it.
    void setRun(const QString& folder);
    // Reloads the model from the run's newest checkpoint (a run that is still training).
    void refresh();
    // A dataset opened elsewhere; used instead of opening the run's own when the specs match.
    void offerDataset(std::shared_ptr<const api::OpenedDataset> dataset);

    QString runFolder() const { return folder_; }
    bool isLoading() const { return loading_; }
    // Both null until ready() (and after a failure or setRun("")).
    std::shared_ptr<api::RunModel> model() const { return model_; }
    std::shared_ptr<const api::OpenedDataset> dataset() const { return dataset_; }

Q_SIGNALS:
    void loadingStarted(const QString& folder);
    // model() and dataset() are set (a new run, or a newer snapshot of the same run).
    void ready();
    // The run could not be opened (no checkpoint yet, a corrupt file, a dataset that fails to
    // load); model() and dataset() are null.
    void failed(const QString& message);
    void closed();

private:
    void load(bool keepDataset);

    QString folder_;
    bool loading_ = false;
    quint64 generation_ = 0;
    std::shared_ptr<api::RunModel> model_;
    std::shared_ptr<const api::OpenedDataset> dataset_;
    std::shared_ptr<const api::OpenedDataset> offered_;
    widgets::WorkerThreads threads_;  // declared last: destroyed first, waiting for the load
};

}  // namespace dbse::studio
