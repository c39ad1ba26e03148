// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewLoader: runs a blocking preview job (by default api::previewDataset) on a worker
// thread and reports the result on the loader's own thread (the GUI thread).
//
// Each start() supersedes the previous one: only the newest job reports. Jobs cannot be
// interrupted, so the destructor waits for running ones (about a second for builtin:shapes).

#include "core/api/dataset_preview.h"
#include "widgets/worker_threads.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

namespace dbse::widgets {

class PreviewLoader : public QObject {
    Q_OBJECT

public:
    // Runs on the worker thread; may throw (std::exception's what() becomes the message).
    using Job = std::function<api::DatasetPreview()>;

    explicit PreviewLoader(QObject* parent = nullptr);
    ~PreviewLoader() override;

    // Previews the first `count` sequences of `split` of `dataset` (e.g. "builtin:shapes").
    void start(const QString& dataset, const QString& split, int count);
    void start(Job job);
    // True from start() until loaded() or failed() has been emitted.
    bool isLoading() const;

Q_SIGNALS:
    // Exactly one of these follows each start() that is not superseded.
    void loaded(const dbse::api::DatasetPreview& preview);
    void failed(const QString& message);

private:
    quint64 generation_ = 0;
    bool loading_ = false;
    WorkerThreads threads_;  // declared last: destroyed first, waiting for the jobs
};

}  // namespace dbse::widgets

Q_DECLARE_METATYPE(dbse::api::DatasetPreview)
