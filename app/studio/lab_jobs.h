// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LabJobs: the background work of the Swap and Resample tabs on an api::SequenceLab — making
// rows (swap, resample), the Griffin-Lim sound of an audio row, exporting rows — each on a
// worker thread (widgets/worker_threads.h), reported back on the GUI thread. A newer
// computeRows() supersedes an older one: only the newest reports. GUI thread only.

#include "app/studio/explore_session.h"
#include "core/api/row_set.h"
#include "core/api/sequence_lab.h"
#include "widgets/sequence_mime.h"
#include "widgets/worker_threads.h"

#include <QImage>
#include <QObject>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace dbse::studio {

class LabJobs : public QObject {
    Q_OBJECT

public:
    // Follows `session` (not owned; it must outlive this): a new run or snapshot makes a new lab.
    explicit LabJobs(ExploreSession* session, QObject* parent = nullptr);
    ~LabJobs() override;

    // Null until the session is ready.
    std::shared_ptr<const api::SequenceLab> lab() const { return lab_; }
    bool isBusy() const { return busy_; }

    // The sequence a drop names, or nullopt with `error` set when it is not of the run's dataset
    // (or nothing is open).
    std::optional<api::SequenceSource> sourceOf(const widgets::SequenceSelection& selection, QString& error) const;
    // A small picture of a dataset sequence (its thumbnail); null for a file.
    QImage pictureOf(const api::SequenceSource& source) const;
    // The label columns that describe motion, for captions.
    std::vector<std::string> dynamicLabels() const;

    // Runs `work` on the lab off the GUI thread; rowsReady or failed follow (newest only). A
    // first look that `work` hands to its RowsPreview comes as rowsReady (RowSet::partial) first.
    void computeRows(std::function<api::RowSet(const api::SequenceLab&, const api::RowsPreview&)> work);
    // Griffin-Lim of audio row `row` of `rows`; soundReady follows unless newer rows came.
    void computeSound(const api::RowSet& rows, int row);
    // Writes `rows` to `path`; exported or failed follow.
    void exportRows(const api::RowSet& rows, const QString& path);

Q_SIGNALS:
    // A new lab (the session is ready): rows made before no longer match the model.
    void labChanged();
    void busyChanged(bool busy);
    void rowsReady(const dbse::api::RowSet& rows);
    void soundReady(int row, const QVector<float>& samples, int rate);
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void setBusy(bool busy);

    ExploreSession* session_;
    std::shared_ptr<const api::SequenceLab> lab_;
    quint64 generation_ = 0;  // of computeRows
    bool busy_ = false;
    widgets::WorkerThreads threads_;  // declared last: destroyed first, waiting for the jobs
};

}  // namespace dbse::studio
